/**
 * What a screen reader announces for a control (FACTS A1, A3). WeChat reads `aria-role` /
 * `aria-label` on its components (the weapp-a11y build passes them to the templates); a browser
 * reads `role` / `aria-*` from the DOM and needs a tabindex to reach a control by keyboard. The
 * helpers return the props for the platform being built, to spread on a View, Text or Input.
 */
export type ControlRole = 'button' | 'link' | 'checkbox' | 'radio' | 'switch'
export type GroupRole = 'radiogroup' | 'group' | 'list' | 'listitem' | 'region'

export type A11yProps = Record<string, string | number>

interface Described {
  role?: ControlRole | GroupRole | 'img' | 'heading' | 'timer' | 'status'
  label?: string
  checked?: boolean
  expanded?: boolean
  pressed?: boolean
  disabled?: boolean
}

// Only WeChat reads aria-role; everything else (H5, component tests in jsdom) is a DOM.
const isWeb = process.env.TARO_ENV !== 'weapp'
const focusable = new Set(['button', 'link', 'checkbox', 'radio', 'switch'])

function describe({ role, label, checked, expanded, pressed, disabled }: Described): A11yProps {
  const props: A11yProps = {}
  if (role) props[isWeb ? 'role' : 'aria-role'] = role
  if (label) props['aria-label'] = label
  if (checked !== undefined) props['aria-checked'] = String(checked)
  if (expanded !== undefined) props['aria-expanded'] = String(expanded)
  if (pressed !== undefined) props['aria-pressed'] = String(pressed)
  if (disabled) props['aria-disabled'] = 'true'
  if (isWeb && role && focusable.has(role)) props.tabIndex = disabled ? -1 : 0
  return props
}

/**
 * A button. Without `label` the screen reader reads its visible text; give one when that text
 * alone does not say what the tap does, and begin it with that text so voice control can say
 * what it sees ("复制路径" → "复制路径：我 → 服务 → …").
 */
export const asButton = (label?: string, disabled?: boolean) =>
  describe({ role: 'button', label, disabled })

/** Opens another page. */
export const asLink = (label?: string) => describe({ role: 'link', label })

/** A tap that shows or hides more. */
export const asDisclosure = (label: string | undefined, expanded: boolean) =>
  describe({ role: 'button', label, expanded })

export const asCheckbox = (label: string, checked: boolean) =>
  describe({ role: 'checkbox', label, checked })

/** One option of a single choice; put the options inside an `asRadioGroup`. */
export const asRadio = (label: string, checked: boolean) =>
  describe({ role: 'radio', label, checked })

export const asRadioGroup = (label: string) => describe({ role: 'radiogroup', label })

export const asSwitch = (label: string, checked: boolean) =>
  describe({ role: 'switch', label, checked })

/** A named group of related things (a card, a list of calls). */
export const asGroup = (label: string) => describe({ role: 'group', label })

/** A live countdown: read on demand, not every second. */
export const asTimer = (label: string) => describe({ role: 'timer', label })

/** Names a form field (Input, Textarea, Picker) for the screen reader. */
export const labelled = (label: string): A11yProps => ({ 'aria-label': label })

/**
 * Names a text box (Input, Textarea) with a name that stays once the user types, unlike its
 * placeholder. WeChat reads the component's aria-label; in a browser Taro renders the component
 * around a native <input>, and only `nativeProps` reach that input.
 */
export const fieldName = (label: string) =>
  isWeb ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label }

/** Decoration a screen reader should skip (arrows, bullets). */
export const decorative: A11yProps = { 'aria-hidden': 'true' }

/** A control by role name, with `pressed` for a toggle button (aria-pressed). */
export const controlProps = (role: ControlRole, label?: string, pressed?: boolean) =>
  describe({ role, label, pressed })
