/**
 * Screen-reader props for a tappable View (FACTS A3). WeChat reads `aria-role` / `aria-label`
 * (Taro's `ariaRole` / `ariaLabel`). In the H5 build Taro's web components turn `ariaLabel` into
 * `aria-label` but leave `ariaRole` as an attribute no browser reads, so H5 also gets a real
 * `role` (and `aria-pressed` for a toggle).
 */
export interface ControlProps {
  ariaRole: string
  ariaLabel?: string
}

export function controlProps(role: string, label?: string, pressed?: boolean): ControlProps {
  const props: ControlProps = { ariaRole: role }
  if (label) props.ariaLabel = label
  if (process.env.TARO_ENV === 'h5') {
    const web = props as ControlProps & Record<string, string>
    web.role = role
    if (label) web['aria-label'] = label
    if (pressed !== undefined) web['aria-pressed'] = pressed ? 'true' : 'false'
  }
  return props
}
