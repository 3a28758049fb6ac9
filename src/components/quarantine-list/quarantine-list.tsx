import { Text, View } from '@tarojs/components'
import type { QuarantineEntry } from '../../storage'
import { formatDateTime } from '../../format/time'
import { copyText } from '../../platform/phone'
import { asButton } from '../../platform/a11y'
import './quarantine-list.scss'

/** Enough of the raw text to recognise it; the copy button copies all that was kept. */
const PREVIEW_CHARS = 120

function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : text
}

/**
 * Values storage could not read and set aside instead of deleting (src/storage/quarantine.ts):
 * where they were, when, why, and their raw text to copy. 清除所有数据 removes them too.
 */
export function QuarantineList({ entries }: { entries: readonly QuarantineEntry[] }) {
  return (
    <View className='card quarantine-list' id='quarantine'>
      <Text className='card-title'>无法读取、已放在一边的数据</Text>
      {!entries.length ? (
        <Text className='quarantine-list__none' id='quarantine-none'>
          没有。保存的数据都能正常读取。
        </Text>
      ) : (
        <View className='quarantine-list__entries'>
          <Text className='hint'>
            这些数据读取时格式不对（可能写入时被截断，或来自其他版本），应用没有使用，也没有删掉。可以复制原始内容留底；“清除所有数据”会一起删除。
          </Text>
          {entries.map((entry, i) => (
            <View key={`${entry.key}-${entry.at}-${i}`} className='quarantine-list__entry'>
              <Text className='quarantine-list__key'>位置：{entry.key}</Text>
              <Text className='quarantine-list__line'>时间：{formatDateTime(entry.at)}</Text>
              <Text className='quarantine-list__line'>原因：{entry.reason}</Text>
              <Text className='quarantine-list__raw' userSelect>
                {shorten(entry.raw)}
              </Text>
              <View
                id={`copy-quarantine-${i}`}
                className='btn btn--small'
                {...asButton()}
                onClick={() => copyText(entry.raw, '原始数据')}
              >
                复制原始内容
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
