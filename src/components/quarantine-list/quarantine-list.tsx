import { Text, View } from '@tarojs/components'
import { formatDateTime, UNKNOWN_TIME } from '../../format/time'
import { asButton } from '../../platform/a11y'
import { ShowMore, useRowLimit } from '../show-more'
import './quarantine-list.scss'

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
      <Text className='card-title'>无法读取、已放在一边的数据</Text>
      {readFailed && (
        <Text className='hint quarantine-list__warn' id='quarantine-read-failed'>
          读取手机存储时出错了，下面可能没有列全。没有任何数据被删除，请稍后再打开这一页看看。
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
          {readFailed ? '暂时读不出来。' : '没有。保存的数据都能正常读取。'}
        </Text>
      ) : (
        <View className='quarantine-list__entries'>
          <Text className='hint'>
            {`共 ${entries.length} 条。这些数据读取时格式不对（可能写入时被截断，或来自其他版本），应用没有使用，也没有删掉。可以复制原始内容留底，确定不要了再删除；“清除所有数据”会一起删除。`}
          </Text>
          {shown.map((entry) => (
            <View key={entry.id} className='quarantine-list__entry' id={`quarantine-${entry.id}`}>
              <Text className='quarantine-list__key'>位置：{entry.key}</Text>
              <Text className='quarantine-list__line'>
                时间：{entry.at === undefined ? UNKNOWN_TIME : formatDateTime(entry.at)}
              </Text>
              <Text className='quarantine-list__line'>原因：{entry.reason}</Text>
              <Text className='quarantine-list__raw' userSelect>
                {shorten(entry.preview)}
              </Text>
              {entry.chars > PREVIEW_CHARS && (
                <Text className='hint'>{`原始内容共 ${entry.chars} 个字符，复制时会完整复制。`}</Text>
              )}
              <View className='btn-row'>
                <View
                  id={`copy-quarantine-${entry.id}`}
                  className='btn btn--small'
                  {...asButton()}
                  onClick={() => onCopy(entry.id)}
                >
                  复制原始内容
                </View>
                <View
                  id={`delete-quarantine-${entry.id}`}
                  className='btn btn--small btn--danger'
                  {...asButton('删除这条原始内容')}
                  onClick={() => onDelete(entry.id)}
                >
                  删除
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
