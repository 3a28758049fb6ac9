// Collects every sentence the app can show, grouped by where it appears, for docs/CONTENT.md and
// `npm run content:check`. Data the app holds as tables is read directly; sentences the rules put
// together for a case (actions, notes, deadlines, assumptions) are gathered by running the rules
// over a spread of cases, and every distinct wording is listed under its id.
import { emergencyNumbers } from '../../src/content/contacts'
import {
  appName,
  arrivalLabels,
  causeLabels,
  methodLabels,
  pageTitles,
  recipientLabels,
  scenarioLabels,
  stageLabels,
  tabLabels,
} from '../../src/content/labels'
import { phrases } from '../../src/content/phrases'
import {
  familyGuideTexts,
  preventionProgressLabel,
  preventionTexts,
} from '../../src/content/prevention'
import { routes } from '../../src/content/routes'
import { scamSignTexts, scamStepTexts, scamVerdictTexts } from '../../src/content/scam-check'
import { favoriteTitles, shareTitles } from '../../src/content/share'
import { phoneNoPendingNote, statusQuestions } from '../../src/content/status-questions'
import { pathText, tapPaths, type TapPathEntry } from '../../src/content/tap-paths'
import { crossBorderTexts, warningTexts } from '../../src/content/warnings'
import {
  DAY,
  fromSharedLine,
  HEDGE_NOTE,
  HOUR,
  MINUTE,
  STAGES,
  assessTransfer,
  checklistFor,
  dontDoList,
  legalRoutes,
  messageTemplates,
  renderTemplate,
  scamStepActions,
  scenarios,
  sources,
  stageSummary,
} from '../../src/domain'
import { deadlineCaption } from '../../src/domain/timeline'
import {
  BANK_CARD_LINE,
  CALLER_ID_LINE,
  REMINDER_LINE,
  SCREEN_SHARE_STEPS,
} from '../../src/domain/wording'
import { spreadOfCases } from '../../src/domain/__tests__/cases'

export interface Entry {
  /** Stable id of the item (its id in the data, or where it sits). */
  id: string
  /** Every wording of it the app can show, in a stable order. */
  texts: string[]
  sourceIds: string[]
}

export interface Section {
  /** Where the user sees it. */
  where: string
  entries: Entry[]
}

/** Keys whose string values are identifiers, not text. */
const NOT_TEXT = new Set(['id', 'kind', 'sourceIds', 'number', 'tone', 'value', 'path', 'query'])

/** Every user-visible string in a value, labelled with the field it sits in. */
function texts(value: unknown, field = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [field ? `${field}：${value}` : value] : []
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string') && field === 'steps')
      return value.map((v) => `步骤：${v}`)
    return value.flatMap((v) => texts(v, field))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      if (NOT_TEXT.has(k))
        return k === 'path' && Array.isArray(v) && v.length ? [`path：${pathText(v)}`] : []
      return texts(v, k)
    })
  }
  return []
}

/** Merges entries with the same id: their wordings and sources, without repeats. */
function merge(entries: Entry[]): Entry[] {
  const byId = new Map<string, Entry>()
  for (const e of entries) {
    const have = byId.get(e.id)
    if (!have) byId.set(e.id, { id: e.id, texts: [...e.texts], sourceIds: [...e.sourceIds] })
    else {
      for (const t of e.texts) if (!have.texts.includes(t)) have.texts.push(t)
      for (const s of e.sourceIds) if (!have.sourceIds.includes(s)) have.sourceIds.push(s)
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const item = (id: string, value: unknown, sourceIds: readonly string[] = []): Entry => ({
  id,
  texts: texts(value),
  sourceIds: [...sourceIds],
})

const labelEntries = (prefix: string, labels: Record<string, string>) =>
  Object.entries(labels).map(([k, v]) => item(`${prefix}.${k}`, v))

/** Assessments over every kind of case at many moments, as the rules tests use them. */
function assessments() {
  const offsets = [-4 * MINUTE, 10 * MINUTE, 40 * MINUTE, 90 * MINUTE, 3 * HOUR, 23 * HOUR]
  const more = [2 * DAY, 400 * DAY, 4 * 365 * DAY]
  return spreadOfCases([...offsets, ...more]).map(({ c, now }) => ({
    c,
    now,
    a: assessTransfer(c, now),
  }))
}

export function collect(): Section[] {
  const runs = assessments()
  const sections: Section[] = []

  sections.push({
    where: '全局：小程序名、标签页、页面标题',
    entries: merge([
      item('app.name', appName),
      ...labelEntries('tab', tabLabels),
      ...labelEntries('page-title', pageTitles),
      ...Object.entries(routes).map(([k, v]) => item(`route.${k}`, `页面路径：${v}`)),
    ]),
  })

  sections.push({
    where: '标签：转账方式、到账设置、收款状态、发生了什么、清单场景、阶段',
    entries: merge([
      ...labelEntries('method', methodLabels),
      ...labelEntries('arrival', arrivalLabels),
      ...labelEntries('recipient', recipientLabels),
      ...labelEntries('cause', causeLabels),
      ...labelEntries('scenario', scenarioLabels),
      ...labelEntries('stage', stageLabels),
    ]),
  })

  sections.push({
    where: '微信操作路径（点哪里）',
    entries: merge(
      Object.entries(tapPaths as Record<string, TapPathEntry>).map(([id, p]) =>
        item(
          `tap-path.${id}`,
          p.older ? [pathText(p.steps), `旧版微信：${pathText(p.older)}`] : pathText(p.steps),
          p.sourceIds,
        ),
      ),
    ),
  })

  sections.push({
    where: '一键拨打（状态自查结果、倒计时、首页、清单、防范设置）',
    entries: merge(
      emergencyNumbers.map((n) =>
        item(`call.${n.number}`, [`${n.number} ${n.label}`, n.hint], n.sourceIds),
      ),
    ),
  })

  sections.push({
    where: '状态自查：问题和提示',
    entries: merge([
      ...Object.entries(statusQuestions).map(([id, q]) =>
        item(
          `status-question.${id}`,
          { label: q.label, hint: q.hint },
          'sourceIds' in q ? q.sourceIds : [],
        ),
      ),
      item('status-question.phone-no-pending', phoneNoPendingNote, ['T5']),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：阶段（一句话）',
    entries: merge([
      ...STAGES.map((s) => item(`stage-summary.${s}`, stageSummary(s))),
      ...runs.map(({ a }) => item(`headline.${a.stage}`, a.headline)),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：时间窗口（倒计时卡片）',
    entries: merge(
      runs.flatMap(({ a, now }) =>
        a.deadlines.map((d) =>
          item(
            `deadline.${d.kind}`,
            { label: d.label, atZero: d.atZero, caption: deadlineCaption(d, now) },
            d.sourceIds,
          ),
        ),
      ),
    ),
  })

  sections.push({
    where: '状态自查结果与倒计时：现在可以做的',
    entries: merge(
      runs.flatMap(({ a }) =>
        a.actions.map((x) =>
          item(`action.${x.id}`, { title: x.title, detail: x.detail, steps: x.steps }, x.sourceIds),
        ),
      ),
    ),
  })

  sections.push({
    where: '状态自查结果与倒计时：做不到的、还要知道的',
    entries: merge([
      ...runs.flatMap(({ a }) => a.notes.map((n) => item(`note.${n.id}`, n.text, n.sourceIds))),
      item('note.hedge', HEDGE_NOTE),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：推算时的假设',
    entries: merge(
      runs.flatMap(({ a }) => a.assumptions.map((t) => item(`assumption.${a.stage}`, t))),
    ),
  })

  const groups = scenarios.flatMap((scenario) =>
    [undefined, ...STAGES].flatMap((stage) =>
      [false, true].flatMap((cb) => checklistFor({ scenario, stage, crossBorder: cb })),
    ),
  )
  sections.push({
    where: '投诉清单：分组',
    entries: merge(
      groups.map((g) => item(`checklist-group.${g.id}`, { title: g.title, intro: g.intro })),
    ),
  })
  sections.push({
    where: '投诉清单：条目',
    entries: merge(
      groups.flatMap((g) =>
        g.items.map((i) =>
          item(
            `checklist.${i.id}`,
            {
              title: i.title,
              detail: i.detail,
              where: i.where,
              why: i.why,
              path: i.path,
              call: i.call?.label,
              condition: i.condition,
            },
            i.sourceIds,
          ),
        ),
      ),
    ),
  })
  sections.push({
    where: '投诉清单：提醒和警告',
    entries: merge([
      ...Object.entries(warningTexts).map(([id, w]) =>
        'sharedLine' in w
          ? item(
              `warning.${id}`,
              { level: w.level, ...fromSharedLine(w) },
              fromSharedLine(w).sourceIds,
            )
          : item(`warning.${id}`, w, w.sourceIds),
      ),
      item('cross-border.intro', { title: crossBorderTexts.title, intro: crossBorderTexts.intro }),
      ...Object.entries(crossBorderTexts.points).map(([id, p]) =>
        item(`cross-border.${id}`, { title: p.title, text: p.text }, p.sourceIds),
      ),
    ]),
  })
  sections.push({
    where: '投诉清单：消息模板（复制给对方）',
    entries: merge([
      ...messageTemplates.map((t) =>
        item(
          `template.${t.id}`,
          { ...t, body: undefined, text: renderTemplate(t.id) },
          t.sourceIds,
        ),
      ),
      ...dontDoList.map((d) => item(`dont-do.${d.id}`, d, d.sourceIds)),
    ]),
  })
  sections.push({
    where: '投诉清单：法律途径',
    entries: merge(legalRoutes.map((r) => item(`legal-route.${r.id}`, r, r.sourceIds))),
  })
  sections.push({
    where: '防范设置：完整版和给家人的简短版',
    entries: merge([
      ...Object.entries(preventionTexts).map(([id, p]) => item(`prevention.${id}`, p, p.sourceIds)),
      item('prevention.progress', preventionProgressLabel),
      ...Object.entries(familyGuideTexts).map(([id, f]) =>
        item(`family.${id}`, f.text, f.sourceIds),
      ),
    ]),
  })
  sections.push({
    where: '转账前查骗局：问题、结论和步骤',
    entries: merge([
      ...Object.entries(scamSignTexts).map(([id, x]) => item(`scam-sign.${id}`, x, x.sourceIds)),
      ...Object.entries(scamVerdictTexts).map(([k, v]) =>
        item(`scam-verdict.${k}`, v, v.sourceIds),
      ),
      ...Object.entries(scamStepTexts).map(([k, v]) => {
        const action = (scamStepActions as Record<string, { label: string } | undefined>)[k]
        return item(`scam-step.${k}`, { ...v, action: action?.label }, v.sourceIds)
      }),
    ]),
  })
  sections.push({
    where: '几处共用的句子',
    entries: merge([
      ...Object.entries(phrases).map(([k, v]) => item(`phrase.${k}`, v)),
      item('line.reminder', REMINDER_LINE.text, REMINDER_LINE.sourceIds),
      item('line.caller-id', CALLER_ID_LINE.text, CALLER_ID_LINE.sourceIds),
      item('line.bank-card', BANK_CARD_LINE.text, BANK_CARD_LINE.sourceIds),
      item('line.screen-share', SCREEN_SHARE_STEPS, SCREEN_SHARE_STEPS.sourceIds),
    ]),
  })
  sections.push({
    where: '分享卡片、朋友圈和收藏的标题',
    entries: merge([
      ...Object.entries(shareTitles).map(([k, t]) => item(`share.${k}`, t)),
      ...Object.entries(favoriteTitles).map(([k, t]) => item(`favorite.${k}`, t)),
    ]),
  })
  return sections
}

export { sources }
