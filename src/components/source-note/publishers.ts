import { sources, type SourceId } from '../../domain'
import { fill } from '../../content/fill'
import { sourceNoteUi } from '../../content/ui-guide'

/** A bare site handle or domain ("xazmhbgc.com", "yczyjg") says nothing to a reader. */
const RAW_NAME = /^[\w.\-\s]+$/
/** "江苏警方（yuneu 转载）" → "江苏警方": the reposting site's handle is noise in a short line. */
const HANDLE_NOTE = /（[^）]*[A-Za-z][^）]*）/g

/**
 * The publishers behind some sources, by name and each once, in the order given: newspapers,
 * courts, police, statutes. Raw domains and site handles are left out (the 依据与隐私 page lists
 * them in full with their addresses).
 */
export function publisherNames(ids: readonly SourceId[]): string[] {
  const names = ids.flatMap((id) =>
    sources[id].publisher
      .split('；')
      .filter((p) => !RAW_NAME.test(p.replace(/（[^）]*）/g, '').trim()))
      .map((p) => p.replace(HANDLE_NOTE, '').trim())
      .filter(Boolean),
  )
  return Array.from(new Set(names))
}

/** "泸州日报", "羊城晚报 等 3 个来源", or "网络报道" when only site handles are known. */
export function shortSourceLine(ids: readonly SourceId[]): string {
  const names = publisherNames(ids)
  if (!names.length) return sourceNoteUi.unknownPublisher
  return names.length > 1
    ? fill(sourceNoteUi.several, { first: names[0], count: names.length })
    : names[0]
}
