// The source catalogue is content (src/content/sources.ts); the rules that read it live here.
import { catalogue, type SourceId } from '../content/sources'

export {
  HEDGE_NOTE,
  HEDGE_TEXT,
  sources,
  type Confidence,
  type Source,
  type SourceId,
} from '../content/sources'

export function isSourceId(id: string): id is SourceId {
  return Object.prototype.hasOwnProperty.call(catalogue, id)
}

/** True when any of the ids is below high confidence (or unknown), so the UI must hedge. */
export function isHedged(sourceIds: readonly string[]): boolean {
  return sourceIds.some((id) => !isSourceId(id) || catalogue[id].confidence !== 'high')
}
