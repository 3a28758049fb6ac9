import { appName, delayedArrivalName, pageTitles, tabLabels } from './labels'
import { phrases } from './phrases'
import { detailLabels } from './report-details'
import { pathText, tapPaths } from './tap-paths'

/**
 * The words the 投诉报警清单, 防范设置, 转账前查骗局 and 依据与隐私 screens put around the advice:
 * headings, captions, button texts and screen-reader names, grouped by the screen or component
 * that shows them. They state no fact of their own (the advice they frame lives in the domain's
 * tables with its sources), so they carry no source ids. `{name}` marks a value filled in at run
 * time with fill().
 */

/** Shared by the folding heads, counts and copy buttons of these screens. */
export const guideCommonUi = {
  /** The arrow text of a folding head, by whether it is open. */
  fold: { open: phrases.fold, closed: phrases.unfold },
  /** How many entries a folded group or section holds. */
  count: '{count} 条',
  copy: '复制',
} as const

export const checklistPageUi = {
  lead: '按顺序做，做完一项勾一项。每一条都写了依据。',
  /** The picked case: its stage and the list it follows. */
  caseTitle: '这笔转账：{stage}（{scenario}）',
  genericNote: '这是“{scenario}”的通用清单，标着条件的项目只在那种情况下要做。',
  progressHint: '勾选只保存在这台手机上。',
  dangerTitle: '小心再被骗一次',
  /** The message templates' section: asking for the money back, or answering a stranger. */
  templatesAskReturn: '请对方还钱：可以复制的消息',
  templatesStranger: '有陌生人说“转错了”时',
  legalRoutesTitle: '几条途径怎么选',
  cautionsTitle: '还要注意',
} as const

export const scenarioPickerUi = {
  myCases: '我的记录',
  whatHappened: '发生了什么',
  /** With saved cases above: the heading and the screen-reader name of the generic lists. */
  orGeneric: '或者看通用清单',
  generic: '通用清单',
} as const

export const checklistGroupUi = {
  progress: phrases.progress,
  allDone: `✓ ${phrases.progress}`,
} as const

export const checklistItemUi = {
  where: '在哪找：',
  why: '为什么：',
  /** Screen-reader name of the copy button: the path read out step by step. */
  copyPathName: `${phrases.copyPath}：{path}`,
  copyNumber: '复制号码',
  copyNumberName: '复制号码 {number}',
  /** What the "copied" toast names. */
  copiedPath: '路径',
  copiedNumber: '号码 {number}',
} as const

export const summaryPanelUi = {
  intro:
    '把转账时间、金额、交易单号和证据清单整理成一段文字，报警或投诉时可以直接粘贴、念给民警听。',
  generic: '现在是通用清单，材料里的转账时间和金额会写“未填写”。',
  addCaseHint: `先到“${pageTitles.status}”记下这笔转账，就能自动带上。`,
  addCase: `去${pageTitles.status}记下这笔转账`,
  makeAgain: `重新${phrases.makeReport}`,
  review: '请核对一遍，再复制：',
} as const

export const detailsFormUi = {
  /** Each single-line field: its label and the placeholder saying where to find it. */
  fields: {
    recipientName: { label: detailLabels.recipientName, hint: '聊天里显示的名字' },
    recipientWechatId: { label: '对方微信号', hint: '对方资料页上的“微信号”' },
    transactionId: {
      label: phrases.transactionId,
      hint: `在 ${pathText(tapPaths.transactionId.steps)} 里`,
    },
  },
  optional: '{label}（选填）',
  storyLabel: '事情经过（选填，{max} 字以内）',
  storyHint: '比如：对方自称快递客服，说要理赔，让我先转钱。',
  save: '保存',
  privacy: '这些内容只保存在这台手机上，不会上传。',
} as const

export const templateListUi = {
  copy: '复制这段话',
  copied: '消息',
  dontDoTitle: '不要这样做',
} as const

/** The four rows every legal route card has, so the routes compare at a glance. */
export const legalRoutesUi = {
  when: '什么时候用',
  cost: '费用',
  time: '时间',
  needs: '要准备',
} as const

const markSet = '已设置'

export const preventionPageUi = {
  familyHeading: `${pageTitles.prevention} · 给家人`,
  /** The way into the scam check on the parents' version (the full guide uses phrases.scamCheckEntry). */
  familyScamCheck: '有人让您转钱？先查是不是骗局',
  familyScamCheckSub: '回答几个“是/不是”，一分钟看清该怎么办。',
  fullScamCheckSub: '对方让你转钱、扫码、共享屏幕时，一分钟对照常见骗局说法。',
  showFull: '看完整的设置步骤',
  showFamily: '给爸爸妈妈看的大字简版',
  lead: `下面 {count} 项能帮你减少下一次损失，但不能保证不被骗。照着步骤在自己的手机上一屏一屏点，设好了就点“标记${markSet}”，会记在这台手机上。`,
  itemsTitle: '逐项设置',
  singlePageHint: '这是从朋友圈打开的预览页：这里打的勾不会记到小程序里。',
} as const

export const preventionItemUi = {
  /** A setting is 已设置; a habit (no tap path) is 已记住. */
  states: { setting: markSet, habit: '已记住' },
  mark: '标记{state}',
  /** Screen-reader name of the mark: what it shows ({shown}), then which setting it is. */
  markName: '{shown}：{title}',
  marked: '✓ {state}',
  limits: '要注意：',
} as const

export const preventionTapPathUi = {
  lead: '在手机上依次点：',
  /** Screen-reader name of the copy button: its caption first, then the path step by step. */
  copyName: checklistItemUi.copyPathName,
  copied: '操作路径',
} as const

export const familyGuideUi = {
  intro: '写给爸爸妈妈：记住下面几句话。',
} as const

const paidQuestion = '钱已经转出去了吗？'

export const scamCheckPageUi = {
  /** The navigation bar. */
  title: '转账前查骗局',
  heading: '转账前先停一下',
  lead: '有人让你转钱、扫码或说出验证码时，照实回答下面的问题，一分钟就能做完。你的回答不会保存，也不会离开这台手机。',
  paid: { question: paidQuestion, yes: '已经转了', no: '还没转' },
  paidMissing: `请先回答第 1 题：${paidQuestion}转了和没转，要做的事不一样。`,
  signsTitle: '对方有没有这样说、这样做？',
  showResult: '看结果',
  unanswered: '还有 {count} 题没选。没选的不算作骗局迹象，结果可能漏掉提醒。',
  footnote:
    '这份自查只能发现常见的骗局说法，不能证明对方可信。分享出去的只是空白的自查，不带你的回答。',
} as const

export const scamResultUi = {
  firstStep: '第一步：{title}',
  then: '接着：{title}',
  /** Where nothing can be tapped (opened from Moments), the actions become instructions. */
  offlineCall: '请用手机拨打 {number}',
  offlineCheck: `打开${appName}小程序，用首页的“先查状态”查这笔钱`,
  matchesTitle: '你选的说法，像这些骗局',
  stepsTitle: '现在这样做',
} as const

export const aboutPageUi = {
  sourcesTitle: '所有依据（共 {count} 条）',
} as const

/** What the app is and is not, and what it does with the user's data: facts about the app itself. */
export const aboutNotesUi = {
  disclaimer: {
    title: '先说清楚',
    lines: [
      '本应用不是法律意见，也不代表微信、公安机关或法院。',
      '钱能不能退回、怎么处理，以微信、公安机关和法院等官方渠道的处理结果为准。',
      '内容整理自下面列出的公开资料。微信的界面和规则会变，可信度为“中”或“低”的内容都注明了“以微信客户端实际显示为准”。',
      '少数几条是本应用自己的建议，没有公开资料支持，旁边写着“来源：无（本应用的建议）”，不标可信度。',
    ],
  },
  privacy: {
    title: '隐私承诺',
    lines: [
      '你填的内容只保存在这台手机的微信本地存储里。',
      '应用没有服务器，不联网，不上传任何数据。',
      '分享卡片只有固定的标题和页面，不含金额、姓名、微信号或交易单号。',
      '只有你点按钮时，才会复制到剪贴板，或把截止时间写入手机日历（只写入，不读取）。',
      '微信在手机空间不足等情况下可能清理本地数据。重要的证据请另外截图保存。',
    ],
  },
} as const

export const privacyDataUi = {
  title: '这台手机上保存的数据',
  empty: '没有保存转账记录、防范设置标记或设置。',
  cases: '转账记录：{count} 笔',
  preventionDone: '防范设置已标记：{count} 项',
  largeText: '大字模式：{state}',
  on: phrases.switchOn,
  off: phrases.switchOff,
  quarantined: '放在一边的无法读取的数据：{count} 条',
  clearAlso: '清除时也会删除投诉报警清单的打勾进度和填过的报案材料。',
  clearWarn: '会删除上面全部内容，删除后不能恢复。不影响微信里的聊天和账单。',
} as const

export const quarantineListUi = {
  title: '无法读取、已放在一边的数据',
  readFailed:
    '读取手机存储时出错了，下面可能没有列全。没有任何数据被删除，请稍后再打开这一页看看。',
  /** No entry: because reading failed, or because everything reads fine. */
  noneUnread: '暂时读不出来。',
  none: '没有。保存的数据都能正常读取。',
  intro: `共 {count} 条。这些数据读取时格式不对（可能写入时被截断，或来自其他版本），应用没有使用，也没有删掉。可以复制原始内容留底，确定不要了再删除；“${phrases.clearAll}”会一起删除。`,
  key: '位置：{key}',
  at: '时间：{time}',
  reason: '原因：{reason}',
  longRaw: '原始内容共 {chars} 个字符，复制时会完整复制。',
  copy: '复制原始内容',
  deleteName: '删除这条原始内容',
  delete: phrases.remove,
} as const

export const sourceListUi = {
  /** The catalogue's id letters (src/content/sources.ts) and their headings, in the order shown. */
  groups: {
    T: '微信转账的过程',
    D: delayedArrivalName,
    C: '联系方式与投诉途径',
    L: '法律',
    R: '法规补充',
    P: tabLabels.prevention,
    S: '“追回服务”骗局',
    F: '转账前识别骗局',
    M: '小程序平台',
  },
  /** Sources whose id letter has no group above. */
  other: '其他',
  confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低' },
  active: '你刚才点的依据',
  publisher: '来源：{publisher}（{date}）',
  publisherUndated: '来源：{publisher}（未注明日期）',
} as const

export const sourceNoteUi = {
  line: '依据：{line}',
  /** A source whose publisher is known only by a site handle or domain. */
  unknownPublisher: '网络报道',
  several: '{first} 等 {count} 个来源',
  /** Advice of the app's own that no source in the catalogue states: no badge, no hedge. */
  none: '来源：无（本应用的建议）',
} as const
