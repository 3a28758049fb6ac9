import { storageMessages } from '../content/messages'
import { v } from '../domain'
import { SETTINGS_KEY } from './keys'
import { readValue, writeValue, type StoreContext } from './context'
import { fail, type WriteResult } from './result'

export interface Settings {
  /** 大字模式: larger text on top of WeChat's own font size (FACTS M6). */
  largeText: boolean
}

export const DEFAULT_SETTINGS: Settings = { largeText: false }

// Every field optional on read: a setting added later reads its default from older data.
// Unknown keys are dropped on read, refused on write.
const storedSchema = v.object({ largeText: v.optional(v.boolean()) })
const partialSchema = v.object({ largeText: v.optional(v.boolean()) }, { unknownKeys: 'refuse' })
const codec = { schema: storedSchema }

/** Field by field, so an explicit undefined never replaces a default. */
function withDefaults(stored: Partial<Settings>): Settings {
  return { largeText: stored.largeText ?? DEFAULT_SETTINGS.largeText }
}

export type SettingsResult = WriteResult<{ settings: Settings }>

export interface SettingsArea {
  get(): Settings
  /** Changes only the given settings. */
  set(partial: Partial<Settings>): SettingsResult
}

export function createSettingsArea(ctx: StoreContext): SettingsArea {
  const get = (): Settings => withDefaults(readValue(ctx, SETTINGS_KEY, codec) ?? {})
  return {
    get,
    set(partial) {
      const parsed = v.parse(partialSchema, partial)
      if (!parsed.ok) return fail(storageMessages.settingsBad)
      const current = get()
      const settings: Settings = { largeText: parsed.value.largeText ?? current.largeText }
      const written = writeValue(ctx, SETTINGS_KEY, settings)
      return written.ok ? { ok: true, settings: { ...settings } } : written
    },
  }
}
