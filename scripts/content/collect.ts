// Collects every sentence the app can show, grouped by where it appears, for docs/CONTENT.md and
// `npm run content:check`. The content tables are read directly: every entry, and every variant of
// an entry the rules choose among, with its key and its sources. Sentences still put together by
// the rules for a case are gathered by running the rules, and every distinct wording is listed.
import { actionTexts, type ActionEntry } from '../../src/content/actions'
import {
  checklistConditions,
  checklistGroups,
  checklistItems,
  checklistProgressLabel,
  type ChecklistItemText,
} from '../../src/content/checklist'
import { emergencyNumbers } from '../../src/content/contacts'
import { fill } from '../../src/content/fill'
import { timeWords } from '../../src/content/formats'
import {
  actionMessages,
  calendarMessages,
  caseMessages,
  formMessages,
  pickedMoments,
  quickTimeLabels,
  storageMessages,
  timeFieldNames,
} from '../../src/content/messages'
import {
  arrivalRangeLine,
  calendarTexts,
  clockTexts,
  deadlineTexts,
  rangeCaptions,
  timelineLabels,
  type DeadlineEntry,
} from '../../src/content/deadlines'
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
import { legalRouteTexts } from '../../src/content/legal-routes'
import {
  CALLER_ID_LINE,
  REAL_96110_LINE,
  REFUND_TIMING,
  REMINDER_LINE,
  SCREEN_SHARE_STEPS,
} from '../../src/content/lines'
import { noteTexts, type NoteEntry } from '../../src/content/notes'
import { phrases } from '../../src/content/phrases'
import { detailLabels, detailMessages } from '../../src/content/report-details'
import { familyGuideTexts, preventionTexts } from '../../src/content/prevention'
import { routes } from '../../src/content/routes'
import { scamSignTexts, scamStepTexts, scamVerdictTexts } from '../../src/content/scam-check'
import { favoriteTitles, shareTitles } from '../../src/content/share'
import { assumptionTexts, headlines, stageSummaries } from '../../src/content/stages'
import {
  alipayNote,
  otherMethodNote,
  phoneNoPendingNote,
  statusQuestions,
} from '../../src/content/status-questions'
import { summaryLines } from '../../src/content/summary'
import { pathText, tapPaths, type TapPathEntry } from '../../src/content/tap-paths'
import { dontDoTexts, messageTemplateTexts, templateFallbacks } from '../../src/content/templates'
import { captionSources, ui as caseUi } from '../../src/content/ui-case'
import { crossBorderTexts, warningTexts } from '../../src/content/warnings'
import {
  aboutNotesUi,
  aboutPageUi,
  checklistGroupUi,
  checklistItemUi,
  checklistPageUi,
  detailsFormUi,
  familyGuideUi,
  guideCommonUi,
  legalRoutesUi,
  preventionItemUi,
  preventionPageUi,
  preventionTapPathUi,
  privacyDataUi,
  quarantineListUi,
  scamCheckPageUi,
  scamResultUi,
  scenarioPickerUi,
  sourceListUi,
  sourceNoteUi,
  summaryPanelUi,
  templateListUi,
} from '../../src/content/ui-guide'
import { HEDGE_NOTE, scamStepActions, sources } from '../../src/domain'

export interface Entry {
  /** Stable id of the item (its id in the data, or where it sits). */
  id: string
  /** Every wording of it the app can show, in a stable order. */
  texts: string[]
  sourceIds: string[]
  /** The app's own guidance: no source states it, and the document says so. */
  guidance?: boolean
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
    if (!have) byId.set(e.id, { ...e, texts: [...e.texts], sourceIds: [...e.sourceIds] })
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

/**
 * A message table's entries. A `{name}` gap whose values are a fixed list is listed once per value
 * (each wording the app can show); other gaps (counts, versions) stay as written.
 */
const messageEntries = (
  prefix: string,
  table: Record<string, string>,
  lists: Record<string, readonly string[]> = {},
) =>
  Object.entries(table).map(([k, v]) => {
    const gap = Object.keys(lists).find((name) => v.includes(`{${name}}`))
    return item(`${prefix}.${k}`, gap ? lists[gap].map((x) => fill(v, { [gap]: x })) : v)
  })

/**
 * A table of page captions, one entry per sentence, keyed by its path in the table
 * (`ui.checklistItem.where`, `ui.aboutNotes.privacy.lines.0`). `sourceIds` names the few captions
 * that spell a fact from elsewhere (a tap path).
 */
function captionEntries(
  tables: Record<string, unknown>,
  sourceIds: Record<string, readonly string[]> = {},
): Entry[] {
  const walk = (id: string, value: unknown): Entry[] =>
    typeof value === 'string'
      ? [item(id, value, sourceIds[id])]
      : Object.entries(value as object).flatMap(([k, v]) => walk(`${id}.${k}`, v))
  return Object.entries(tables).flatMap(([name, table]) => walk(`ui.${name}`, table))
}

type Variants = string | readonly string[] | Readonly<Record<string, string | readonly string[]>>

/** A field's wordings: one, a list of steps, or a table of variants labelled with their keys. */
function fieldTexts(field: string, value: Variants): string[] {
  // A note is all text: its wordings go unlabelled, or with their variant key only.
  const name = field === 'steps' ? '步骤' : field === 'text' ? '' : field
  const one = (v: string | readonly string[], key?: string) => {
    const label = key ? `${name}（${key}）` : name
    const line = (t: string) => (label ? `${label}：${t}` : t)
    return typeof v === 'string' ? [line(v)] : v.map(line)
  }
  if (typeof value === 'string' || Array.isArray(value)) return one(value as string | string[])
  return Object.entries(value).flatMap(([key, v]) => one(v, key))
}

/**
 * An entry of a content table whose fields may vary (actions, notes, deadlines): every wording of
 * every field with its variant key, and the sources; where the sources vary too, the entry cites
 * all of them and a line per variant says which ones it rests on ('依据（chat）：D3、D2').
 */
function variantItem(
  id: string,
  entry: ActionEntry | NoteEntry | DeadlineEntry,
  fields: readonly string[],
): Entry {
  const e = entry as unknown as Record<string, Variants | undefined>
  const lines = fields.flatMap((f) => (e[f] === undefined ? [] : fieldTexts(f, e[f]!)))
  const ids = entry.sourceIds
  if (Array.isArray(ids)) return { id, texts: lines, sourceIds: [...ids] }
  const byKey = Object.entries(ids as Record<string, readonly string[]>)
  const all = [...new Set(byKey.flatMap(([, v]) => v))]
  return {
    id,
    texts: [...lines, ...byKey.map(([key, v]) => `依据（${key}）：${v.join('、')}`)],
    sourceIds: all,
  }
}

export function collect(): Section[] {
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
      Object.entries(tapPaths as Record<string, TapPathEntry>).map(([id, p]) => ({
        ...item(
          `tap-path.${id}`,
          p.older ? [pathText(p.steps), `旧版微信：${pathText(p.older)}`] : pathText(p.steps),
          p.sourceIds,
        ),
        ...(p.unsourced ? { guidance: true } : {}),
      })),
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
      item('status-question.other-method', otherMethodNote.text, otherMethodNote.sourceIds),
      item('status-question.alipay', alipayNote.text, alipayNote.sourceIds),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：阶段（一句话）',
    entries: merge([
      ...Object.entries(stageSummaries).map(([k, v]) =>
        item(`stage-summary.${k}`, v.text, v.sourceIds),
      ),
      ...Object.entries(headlines).map(([k, v]) => item(`headline.${k}`, v.text, v.sourceIds)),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：时间窗口（倒计时卡片）',
    entries: merge(
      Object.entries(deadlineTexts).map(([k, d]) =>
        variantItem(`deadline.${k}`, d, ['label', 'atZero']),
      ),
    ),
  })

  sections.push({
    where: '页面文字：倒计时、时间轴和日历提醒',
    entries: merge([
      item('countdown.passed', clockTexts.passed),
      item('countdown.about-days', clockTexts.aboutDays),
      item('countdown.with-days', clockTexts.withDays),
      ...Object.entries(rangeCaptions).map(([k, v]) => item(`countdown.range.${k}`, v)),
      item('countdown.arrival-range', arrivalRangeLine),
      ...Object.entries(timelineLabels).map(([k, v]) => item(`timeline-label.${k}`, v)),
      item('calendar.title', calendarTexts.titles),
      item('calendar.range', { earliest: calendarTexts.earliest, latest: calendarTexts.latest }),
      item('calendar.description', {
        description: calendarTexts.description,
        hedgeGap: calendarTexts.hedgeGap,
      }),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：现在可以做的',
    entries: merge(
      Object.entries(actionTexts).map(([id, a]) =>
        variantItem(`action.${id}`, a, ['title', 'detail', 'steps']),
      ),
    ),
  })

  sections.push({
    where: '状态自查结果与倒计时：做不到的、还要知道的',
    entries: merge([
      ...Object.entries(noteTexts).map(([id, n]) => variantItem(`note.${id}`, n, ['text'])),
      item('note.hedge', HEDGE_NOTE),
    ]),
  })

  sections.push({
    where: '状态自查结果与倒计时：推算时的假设',
    entries: merge(Object.entries(assumptionTexts).map(([k, v]) => item(`assumption.${k}`, v))),
  })

  sections.push({
    where: '投诉清单：分组',
    entries: merge([
      ...Object.entries(checklistGroups).map(([id, g]) => item(`checklist-group.${id}`, g)),
      item('checklist.progress', checklistProgressLabel),
    ]),
  })
  sections.push({
    where: '投诉清单：条目',
    entries: merge(
      (Object.entries(checklistItems) as [string, ChecklistItemText][]).map(([id, i]) =>
        item(
          `checklist.${id}`,
          {
            title: i.title,
            detail: i.detail,
            where: i.where,
            why: i.why,
            path: i.path,
            call: i.call?.label,
            ...Object.fromEntries(
              Object.entries(i.byScenario ?? {}).flatMap(([scenario, w]) => [
                [`${scenarioLabels[scenario as keyof typeof scenarioLabels]}时的标题`, w.title],
                [`${scenarioLabels[scenario as keyof typeof scenarioLabels]}时的说明`, w.detail],
              ]),
            ),
          },
          i.sourceIds,
        ),
      ),
    ),
  })
  sections.push({
    where: '投诉清单：不知道转账阶段时，条目旁的适用条件',
    entries: merge(
      Object.entries(checklistConditions).map(([id, t]) => item(`checklist-condition.${id}`, t)),
    ),
  })
  sections.push({
    where: '投诉清单：提醒和警告',
    entries: merge([
      ...Object.entries(warningTexts).map(([id, w]) => item(`warning.${id}`, w, w.sourceIds)),
      item('cross-border.intro', { title: crossBorderTexts.title, intro: crossBorderTexts.intro }),
      ...Object.entries(crossBorderTexts.points).map(([id, p]) =>
        item(`cross-border.${id}`, { title: p.title, text: p.text }, p.sourceIds),
      ),
    ]),
  })
  sections.push({
    where: '投诉清单：消息模板（复制给对方）',
    entries: merge([
      ...Object.entries(messageTemplateTexts).map(([id, t]) =>
        item(`template.${id}`, t, t.sourceIds),
      ),
      item('template.gaps', [
        `{when}：用户填了时间时为“${templateFallbacks.whenAt}”，没填时为“${templateFallbacks.when}”`,
        `{amount}：用户填的金额，没填时为“${templateFallbacks.amount}”`,
      ]),
      ...Object.entries(dontDoTexts).map(([id, d]) => ({
        ...item(`dont-do.${id}`, d, d.sourceIds),
        ...('guidance' in d && d.guidance ? { guidance: true } : {}),
      })),
    ]),
  })
  sections.push({
    where: '投诉清单：法律途径',
    entries: merge(
      Object.entries(legalRouteTexts).map(([id, r]) => item(`legal-route.${id}`, r, r.sourceIds)),
    ),
  })
  sections.push({
    where: '投诉清单：报案材料（复制的文字，{…} 处填入用户自己的内容）',
    entries: merge(Object.entries(summaryLines).map(([id, t]) => item(`summary.${id}`, t))),
  })
  sections.push({
    where: '投诉清单：补充信息的字段名和检查提示',
    entries: merge([
      ...Object.entries(detailLabels).map(([id, t]) => item(`detail-label.${id}`, t)),
      ...Object.entries(detailMessages).map(([id, t]) => item(`detail-message.${id}`, t)),
    ]),
  })
  sections.push({
    where: '防范设置：完整版和给家人的简短版',
    entries: merge([
      ...Object.entries(preventionTexts).flatMap(([id, p]) => {
        // A side note carries its own sources (and so its own confidence), apart from the advice.
        const { aside, ...main } = p as typeof p & {
          aside?: { text: string; sourceIds: readonly string[] }
        }
        return [
          item(`prevention.${id}`, main, p.sourceIds),
          ...(aside ? [item(`prevention.${id}.aside`, aside.text, aside.sourceIds)] : []),
        ]
      }),
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
    where: '页面文字：投诉清单、防范设置、转账前查骗局、依据与隐私（共用）',
    entries: merge(captionEntries({ guideCommon: guideCommonUi })),
  })
  sections.push({
    where: '页面文字：投诉清单',
    entries: merge(
      captionEntries(
        {
          checklistPage: checklistPageUi,
          scenarioPicker: scenarioPickerUi,
          checklistGroup: checklistGroupUi,
          checklistItem: checklistItemUi,
          summaryPanel: summaryPanelUi,
          detailsForm: detailsFormUi,
          templateList: templateListUi,
          legalRoutes: legalRoutesUi,
        },
        { 'ui.detailsForm.fields.transactionId.hint': tapPaths.transactionId.sourceIds },
      ),
    ),
  })
  sections.push({
    where: '页面文字：防范设置',
    entries: merge(
      captionEntries({
        preventionPage: preventionPageUi,
        preventionItem: preventionItemUi,
        preventionTapPath: preventionTapPathUi,
        familyGuide: familyGuideUi,
      }),
    ),
  })
  sections.push({
    where: '页面文字：转账前查骗局',
    entries: merge(captionEntries({ scamCheckPage: scamCheckPageUi, scamResult: scamResultUi })),
  })
  sections.push({
    where: '页面文字：依据与隐私（每条建议下的“依据”也在这里）',
    entries: merge(
      captionEntries({
        aboutPage: aboutPageUi,
        aboutNotes: aboutNotesUi,
        privacyData: privacyDataUi,
        quarantineList: quarantineListUi,
        sourceList: sourceListUi,
        sourceNote: sourceNoteUi,
      }),
    ),
  })
  sections.push({
    where: '几处共用的句子',
    entries: merge([
      ...Object.entries(phrases).map(([k, v]) => item(`phrase.${k}`, v)),
      item('line.reminder', REMINDER_LINE.text, REMINDER_LINE.sourceIds),
      item('line.caller-id', CALLER_ID_LINE.text, CALLER_ID_LINE.sourceIds),
      item('line.real-96110', REAL_96110_LINE.text, REAL_96110_LINE.sourceIds),
      item('line.screen-share', SCREEN_SHARE_STEPS, SCREEN_SHARE_STEPS.sourceIds),
      item('line.refund-timing', REFUND_TIMING, ['T1']),
    ]),
  })
  sections.push({
    where: '页面文字：首页、状态自查、倒计时',
    entries: Object.entries(caseUi).flatMap(([group, words]) =>
      Object.entries(words).map(([key, text]) =>
        item(
          `ui.${group}.${key}`,
          text,
          (captionSources as Record<string, readonly string[]>)[`${group}.${key}`],
        ),
      ),
    ),
  })
  sections.push({
    where: '分享卡片、朋友圈和收藏的标题',
    entries: merge([
      ...Object.entries(shareTitles).map(([k, t]) => item(`share.${k}`, t)),
      ...Object.entries(favoriteTitles).map(([k, t]) => item(`favorite.${k}`, t)),
    ]),
  })
  sections.push({
    where: '提示与出错信息：填写和检查转账信息（状态自查、更新状态、读取记录）',
    entries: merge([
      ...messageEntries('message.case', caseMessages, { label: Object.values(timeFieldNames) }),
      ...messageEntries('message.form', formMessages, { what: Object.values(pickedMoments) }),
      ...labelEntries('quick-time', quickTimeLabels),
    ]),
  })

  sections.push({
    where: '提示与出错信息：保存和读取（读不出的数据放在一边时记下的原因、保存失败）',
    entries: merge(messageEntries('message.storage', storageMessages)),
  })

  sections.push({
    where: '提示与出错信息：添加到日历、拨号、复制、删除和确认框',
    entries: merge([
      ...messageEntries('message.calendar', calendarMessages),
      ...messageEntries('message.action', actionMessages),
    ]),
  })

  sections.push({
    where: '页面文字：时间的写法',
    entries: merge(messageEntries('time-words', timeWords)),
  })
  return sections
}

export { sources }
