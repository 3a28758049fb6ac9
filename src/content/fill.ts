/**
 * Fills `{name}` placeholders in a content sentence. Sentences that carry a value (a time, an
 * amount, a count) are written whole in src/content with named gaps, so docs/CONTENT.md shows the
 * sentence a reviewer will read; the code that knows the value fills the gaps. A gap with no value
 * is left as written, so a missing value shows up in tests instead of vanishing silently.
 */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (gap, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : gap,
  )
}
