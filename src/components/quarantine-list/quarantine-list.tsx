import { Text, View } from '@tarojs/components'
import { formatDateTime, UNKNOWN_TIME } from '../../format/time'
import { asButton } from '../../platform/a11y'
import { ShowMore, useRowLimit } from '../show-more'
import './quarantine-list.scss'
import { fill } from '../../content/fill'
import { quarantineListUi as ui } from '../../content/ui-guide'

/** Entries on screen at first; each can hold a long preview, and the page must stay light. */
export const QUARANTINE_ROWS = 10

/** Enough of the raw text to recognise it; the copy button copies all of it. */
const PREVIEW_CHARS = 120

function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : text
}

/** One value storage set aside, as this list shows it (storage's QuarantineEntry has this shape). */
export interface QuarantineListEntry {
  id: string
  /** The key it was read from. */
  key: string
  /** When it was set aside (epoch ms); undefined when that time itself was damaged. */
  at?: number
  reason: string
  /** The start of its raw text, enough to recognise it. */
  preview: string
  /** Length of the full raw text, in characters. */
  chars: number
}

/** An unreadable value that could not be set aside and stays in its key. */
export interface StuckListValue {
  key: string
  reason: string
}

interface Props {
  entries: readonly QuarantineListEntry[]
  /** Unreadable values that could not be set aside and stay in their keys. */
  stuck?: readonly StuckListValue[]
  /** Storage threw while reading: the list may be incomplete. */
  readFailed?: boolean
  onCopy: (id: string) => void
  onDelete: (id: string) => void
}

/**
 * Values storage could not read and set aside instead of deleting (src/storage/quarantine.ts):
 * where they were, when, why, and their raw text to copy (to rescue a case by hand) or delete.
 * Newest first, QUARANTINE_ROWS at a time. 清除所有数据 removes them too.
 */
export function QuarantineList({ entries, stuck = [], readFailed, onCopy, onDelete }: Props) {
  const { limit, showMore } = useRowLimit(QUARANTINE_ROWS)
  const shown = entries.slice(0, limit)
  return (
    <View className='card quarantine-list' id='quarantine'>
      <Text className='card-title'>{ui.title}</Text>
      {readFailed && (
        <Text className='hint quarantine-list__warn' id='quarantine-read-failed'>
          {ui.readFailed}
        </Text>
      )}
      {stuck.length > 0 && (
        <View className='quarantine-list__stuck' id='quarantine-stuck'>
          {stuck.map((s) => (
            <Text key={s.key} className='quarantine-list__line'>
              {`${s.key}：${s.reason}`}
            </Text>
          ))}
        </View>
      )}
      {!entries.length ? (
        <Text className='quarantine-list__none' id='quarantine-none'>
          {readFailed ? ui.noneUnread : ui.none}
        </Text>
      ) : (
        <View className='quarantine-list__entries'>
          <Text className='hint'>{fill(ui.intro, { count: entries.length })}</Text>
          {shown.map((entry) => (
            <View key={entry.id} className='quarantine-list__entry' id={`quarantine-${entry.id}`}>
              <Text className='quarantine-list__key'>{fill(ui.key, { key: entry.key })}</Text>
              <Text className='quarantine-list__line'>
                {fill(ui.at, {
                  time: entry.at === undefined ? UNKNOWN_TIME : formatDateTime(entry.at),
                })}
              </Text>
              <Text className='quarantine-list__line'>
                {fill(ui.reason, { reason: entry.reason })}
              </Text>
              <Text className='quarantine-list__raw' userSelect>
                {shorten(entry.preview)}
              </Text>
              {entry.chars > PREVIEW_CHARS && (
                <Text className='hint'>{fill(ui.longRaw, { chars: entry.chars })}</Text>
              )}
              <View className='btn-row'>
                <View
                  id={`copy-quarantine-${entry.id}`}
                  className='btn btn--small'
                  {...asButton()}
                  onClick={() => onCopy(entry.id)}
                >
                  {ui.copy}
                </View>
                <View
                  id={`delete-quarantine-${entry.id}`}
                  className='btn btn--small btn--danger'
                  {...asButton(ui.deleteName)}
                  onClick={() => onDelete(entry.id)}
                >
                  {ui.delete}
                </View>
              </View>
            </View>
          ))}
          <ShowMore id='quarantine-more' hidden={entries.length - shown.length} onMore={showMore} />
        </View>
      )}
    </View>
  )
}
