// Accessibility measurements of the page open in a Chromium tab (H5 build): axe-core's serious and
// critical violations, text below its contrast minimum, tap targets below their minimum size, the
// share of characters under 18 px, and tap targets the accessibility tree cannot name as a
// control. The figures follow FACTS A1 (MIIT 适老化: contrast 4.5:1 / 3:1 for large text, targets
// 44×44, 60×60 and main text 18 px in an elder mode) and A3 (every control has a role and a name).
const { AxeBuilder } = require('@axe-core/playwright')

/**
 * axe-core rules that ship disabled (tagged experimental) and that this audit turns on: a control
 * whose accessible name does not begin with its visible caption cannot be pressed by a
 * voice-control user who says what they see (WCAG 2.5.3).
 */
const ENABLED_AXE_RULES = ['label-content-name-mismatch']

/** Roles a screen reader announces as something to tap or fill in. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'radio',
  'switch',
  'link',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'textbox',
  'searchbox',
  'combobox',
  'spinbutton',
  'slider',
])
const CHECKABLE_ROLES = new Set([
  'checkbox',
  'radio',
  'switch',
  'menuitemcheckbox',
  'menuitemradio',
])

/**
 * Runs in the page. Marks every visible tap target with data-audit-tap and returns text and target
 * measurements. A tap target is an element with a React click handler, a native form control, a
 * Taro form component or an element that already claims a control role.
 */
function measureInPage(controlRoleList) {
  const controlRoles = new Set(controlRoleList)
  const visible = (el) =>
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    el.getBoundingClientRect().width > 0 &&
    el.getBoundingClientRect().height > 0

  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/)
    if (!m) return [0, 0, 0, 0]
    const p = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number)
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]
  }
  const over = (top, bottom) => {
    const a = top[3]
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1)
  }
  const luminance = (rgb) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (l1 + 0.05) / (l2 + 0.05)
  }
  /** The colour behind an element: its own and its ancestors' backgrounds, composited. */
  const backgroundOf = (el) => {
    const layers = []
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const bg = parse(getComputedStyle(n).backgroundColor)
      if (bg[3] > 0) layers.push(bg)
      if (bg[3] >= 1) break
    }
    let colour = [255, 255, 255, 1]
    for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour)
    return colour
  }
  const opacityOf = (el) => {
    let o = 1
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      o *= Number(getComputedStyle(n).opacity)
    }
    return o
  }

  // Text: every visible text node, weighted by its characters.
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = node.textContent.replace(/\s/g, '').length
    const el = node.parentElement
    if (!chars || !el || el.closest('script,style,noscript') || !visible(el)) continue
    const css = getComputedStyle(el)
    const size = parseFloat(css.fontSize)
    const bold = Number(css.fontWeight) >= 700
    const large = size >= 24 || (size >= 18.66 && bold)
    const bg = backgroundOf(el)
    const fg = parse(css.color)
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg)
    const contrast = ratio(shown, bg)
    texts.push({
      text: node.textContent.trim().slice(0, 30),
      chars,
      size,
      contrast: Math.round(contrast * 100) / 100,
      minimum: large ? 3 : 4.5,
      where: el.id || el.className || el.tagName,
    })
  }

  // Tap targets. Taro's H5 components keep their handlers in el.__events (not as React props).
  const listens = (el) =>
    Boolean(el.__events) && ['click', 'tap', 'longpress'].some((k) => el.__events[k])
  const nativeControl = 'input:not([type=hidden]),textarea,select,button,a[href]'
  // Taro's Button is a custom element: with openType (share and the like) it has no click handler
  // in H5, yet it looks and is placed like a button, so it is a tap target too.
  const taroControl =
    'taro-switch-core,taro-picker-core,taro-checkbox-core,taro-radio-core,taro-button-core,' +
    '.weui-tabbar__item'
  // The caption a sighted user reads on a control: its first visible text, without decoration
  // hidden from screen readers (arrows, bullets), spaces, punctuation or symbols (✓).
  const captionOf = (el) => {
    const tw = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let n = tw.nextNode(); n; n = tw.nextNode()) {
      const parent = n.parentElement
      if (!parent || parent.closest('[aria-hidden=true]') || !visible(parent)) continue
      const words = n.textContent.replace(/[\s\p{P}\p{S}]+/gu, '')
      if (words) return words
    }
    return ''
  }
  const targets = []
  document
    .querySelectorAll('[data-audit-tap]')
    .forEach((el) => el.removeAttribute('data-audit-tap'))
  const all = document.body.querySelectorAll('*')
  for (const el of all) {
    const role = el.getAttribute('role')
    const isTarget =
      listens(el) ||
      el.matches(nativeControl) ||
      el.matches(taroControl) ||
      (role && controlRoles.has(role))
    if (!isTarget || !visible(el)) continue
    // A Taro component's inner native control is the same target as the component itself.
    if (targets.some((t) => t.el.contains(el) && t.el.matches(taroControl))) continue
    const r = el.getBoundingClientRect()
    const i = targets.length
    el.setAttribute('data-audit-tap', String(i))
    targets.push({
      el,
      index: i,
      width: Math.round(r.width * 10) / 10,
      height: Math.round(r.height * 10) / 10,
      where: el.id || String(el.className || el.tagName).slice(0, 60),
      caption: captionOf(el),
      text: String(el.innerText || (typeof el.value === 'string' ? el.value : ''))
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 30),
    })
  }
  return { texts, targets: targets.map(({ el, ...t }) => t) }
}

/**
 * Runs fn with the whole page on screen: Taro's H5 page scrolls inside its own container, and
 * axe-core skips what that container clips (text out of view is neither checked for contrast nor
 * for label-in-name), so the viewport grows to the content's height meanwhile. The viewport and the
 * scroll position are put back afterwards.
 */
async function withWholePageOnScreen(page, fn) {
  const size = page.viewportSize()
  const saved = await page.evaluate(() => {
    const scrollers = [...document.querySelectorAll('.taro_page')].filter((e) =>
      e.checkVisibility(),
    )
    const tops = scrollers.map((e) => e.scrollTop)
    const height = Math.max(
      document.documentElement.scrollHeight,
      ...scrollers.map((e) => e.scrollHeight),
    )
    scrollers.forEach((e) => (e.scrollTop = 0))
    return { tops, height }
  })
  await page.setViewportSize({
    width: size.width,
    height: Math.min(Math.max(size.height, saved.height), 16000),
  })
  try {
    return await fn()
  } finally {
    await page.setViewportSize(size)
    await page.evaluate((tops) => {
      const scrollers = [...document.querySelectorAll('.taro_page')].filter((e) =>
        e.checkVisibility(),
      )
      scrollers.forEach((e, i) => (e.scrollTop = tops[i] || 0))
    }, saved.tops)
  }
}

/**
 * Runs axe-core (through @axe-core/playwright, from node_modules) on the whole document, with the
 * rules above turned on and the whole page on screen, and keeps the serious and critical violations.
 */
async function runAxe(page) {
  const rules = Object.fromEntries(ENABLED_AXE_RULES.map((id) => [id, { enabled: true }]))
  const result = await withWholePageOnScreen(page, () =>
    new AxeBuilder({ page }).options({ resultTypes: ['violations'], rules }).analyze(),
  )
  return result.violations
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary || '').split('\n').slice(0, 2).join(' '),
      })),
    }))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Role, name and checked state of each marked tap target, from Chromium's accessibility tree. */
async function accessibleControls(page, count) {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    const byIndex = {}
    const visit = (node) => {
      const attrs = node.attributes || []
      for (let i = 0; i < attrs.length; i += 2) {
        if (attrs[i] === 'data-audit-tap') byIndex[attrs[i + 1]] = node.backendNodeId
      }
      for (const c of node.children || []) visit(c)
      for (const c of node.shadowRoots || []) visit(c)
      if (node.contentDocument) visit(node.contentDocument)
    }
    visit(root)
    const out = []
    for (let i = 0; i < count; i++) {
      const backendNodeId = byIndex[String(i)]
      if (!backendNodeId) {
        out.push({ role: '', name: '', checked: undefined })
        continue
      }
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        backendNodeId,
        fetchRelatives: false,
      })
      const ax = nodes.find((n) => n.backendDOMNodeId === backendNodeId) || nodes[0] || {}
      const prop = (name) => (ax.properties || []).find((p) => p.name === name)
      const checked = prop('checked')
      out.push({
        role: ax.role ? ax.role.value : '',
        name: ax.name ? String(ax.name.value).trim() : '',
        checked: checked ? checked.value.value : undefined,
        ignored: Boolean(ax.ignored),
      })
    }
    return out
  } finally {
    await cdp.detach()
  }
}

/**
 * Audits the open page. `large` is true in 大字模式 (targets must then be 60×60, and at most 10%
 * of characters under 18 px). Returns every failing item so a failing assertion shows what broke.
 */
async function auditPage(page, { large = false } = {}) {
  const axe = await runAxe(page)
  const { texts, targets } = await page.evaluate(measureInPage, [...CONTROL_ROLES])
  const ax = await accessibleControls(page, targets.length)
  const minTap = large ? 60 : 44
  const lowContrast = texts.filter((t) => t.contrast < t.minimum)
  const smallTargets = targets.filter((t) => t.width < minTap - 0.5 || t.height < minTap - 0.5)
  const unnamed = targets
    .map((t, i) => ({ ...t, ...ax[i] }))
    .filter(
      (t) =>
        !CONTROL_ROLES.has(t.role) ||
        !t.name ||
        t.ignored ||
        (CHECKABLE_ROLES.has(t.role) && t.checked === undefined),
    )
  // WCAG 2.5.3: a voice-control user says what they see, so a control's name begins with its
  // caption. Stricter than axe's rule, which accepts the caption anywhere in the name (and leaves
  // Chinese names undecided).
  const words = (text) => text.replace(/[\s\p{P}\p{S}]+/gu, '')
  const misnamed = targets
    .map((t, i) => ({ ...t, ...ax[i] }))
    .filter((t) => t.caption && t.name && !words(t.name).startsWith(t.caption))
  const chars = texts.reduce((s, t) => s + t.chars, 0)
  const smallChars = texts.filter((t) => t.size < 17.95).reduce((s, t) => s + t.chars, 0)
  return {
    axe,
    axeNodes: axe.reduce((s, v) => s + v.nodes.length, 0),
    lowContrast,
    smallTargets,
    unnamed,
    misnamed,
    targets: targets.map((t, i) => ({ ...t, ...ax[i] })),
    chars,
    smallShare: chars ? smallChars / chars : 0,
    smallText: texts.filter((t) => t.size < 17.95),
  }
}

module.exports = { auditPage, CONTROL_ROLES }
