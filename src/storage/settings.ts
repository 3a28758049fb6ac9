import * as z from 'zod/mini'
import { storageMessages } from '../content/messages'
import { recordOnly } from '../domain'
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
const shape = { largeText: z.optional(z.boolean()) }
const storedSchema = recordOnly(z.object(shape))
const partialSchema = recordOnly(z.strictObject(shape))
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
      const parsed = z.safeParse(partialSchema, partial)
      if (!parsed.success) return fail(storageMessages.settingsBad)
      const current = get()
      const settings: Settings = { largeText: parsed.data.largeText ?? current.largeText }
      const written = writeValue(ctx, SETTINGS_KEY, settings)
      return written.ok ? { ok: true, settings: { ...settings } } : written
    },
  }
}
