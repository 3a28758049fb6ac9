import { fill } from '../content/fill'
import { storageMessages } from '../content/messages'

/**
 * UTF-8 length of a string, counted by hand: WeChat's limits are in bytes, Chinese text takes 3
 * bytes a character, and TextEncoder is not available on every WeChat base library.
 */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Cuts text to at most `max` characters without splitting an emoji's surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  if (isLowSurrogate(text.charCodeAt(end))) end--
  return text.slice(0, end) + fill(storageMessages.cut, { chars: text.length })
}
