import { pageTitles, recipientLabels, tabLabels } from './labels'
import { phrases } from './phrases'
import { pathText, tapPaths } from './tap-paths'

/**
 * The words of the pages that follow one transfer (首页, 状态自查, 倒计时) and of the components they
 * are built from: section titles, button texts, what a screen reader announces, short notes. They
 * state no fact, so they carry no source ids (except the few in captionSources); the advice
 * itself comes from the rules.
 * `{name}` marks a value the screen fills in when it shows the text (a time, a count, a label).
 */

/** Said by the home list and the countdown page when storage threw while reading. */
const READ_FAILED =
  '读取手机存储时出错了。记录没有被删除，仍然保存在这台手机上。请稍后关掉小程序再打开看看'
const SAVE_CASE = '保存并开始倒计时'
const SUBMIT = '查看结果'
const OPEN_CASE = '查看倒计时和下一步'
const SEE_ABOUT = `详见${pageTitles.about} ›`
const OFF_SCALE = '更远的时间点（未按比例画出）：'
const FONT_FOLLOWS = '也会跟随微信里设置的字体大小。'
const COLLAPSE = '收起'

/**
 * The phone's own settings (not WeChat's) for automatic time. On Android the 系统 step names its
 * alternative in brackets, and the arrow follows the bracket directly.
 */
const IOS_AUTO_TIME = pathText(['设置', '通用', '日期与时间', '打开“自动设置”'])
const ANDROID_AUTO_TIME = `${pathText(['设置', '系统'])}（或“更多设置”）→ ${pathText(['日期和时间', '打开“自动确定日期和时间”'])}`

/**
 * The few captions here that do state a fact: the home page's scam card and the 30-minute card's
 * call line (C8: the first 30 minutes matter most; C6: 110 takes crime reports; L5: police judge).
 */
export const captionSources = {
  'homeStart.fraudTitle': ['C6'],
  'homeStart.fraudSub': ['C8', 'C6', 'L5'],
  'deadline.callNow': ['C8', 'C6'],
} as const

export const ui = {
  /** Words several of these components share. */
  shared: {
    collapse: COLLAPSE,
    /** Before a countdown to an exact moment. */
    left: '还剩',
  },

  /** 首页. */
  home: {
    scamCheckSub: '有人让你转钱、扫码、报验证码：回答几个“是/不是”，一分钟看清。',
    calls: '紧急电话（点一下拨打）',
    saved: '我保存的转账',
    next: '接下来',
  },
  /**
   * The first actions of 首页: for a scam, 110 before any question (FACTS C8: the first 30 minutes
   * after the transfer matter most); for everything else, the status check.
   */
  homeStart: {
    fraudTitle: '被骗了？先打 110 报警',
    fraudSub:
      '转账后最初 30 分钟最关键，打完再来查状态。拿不准是不是被骗，也先打 110，由警察判断。',
    title: '转错人或其他情况？先查状态',
    sub: '回答几个问题，看清钱现在在哪一步、还能做什么 ›',
  },
  /** The links at the foot of 首页, and the notes on records storage set aside. */
  homeLinks: {
    checklist: `${tabLabels.checklist} ›`,
    checklistSub: '保存证据、平台投诉、报警、起诉，一项项打勾，还能生成报案材料。',
    prevention: `${tabLabels.prevention} ›`,
    preventionSub: '延时到账等防护设置的操作路径，适合转发给家人。',
    quarantined: `有 {count} 条无法读取的记录已被单独保存，${SEE_ABOUT}`,
    stuck: `另有 {count} 条无法读取的记录，因为手机存储空间不足，暂时留在原处，没有删除。清理手机空间后会自动放到一边，${SEE_ABOUT}`,
  },
  /** 首页's saved transfers. */
  caseList: {
    unreadableSome: '有些转账记录暂时读不出来',
    unreadableAll: '暂时读不出保存的转账记录',
    unreadable: `${READ_FAILED}。`,
    empty: '还没有保存的转账记录。',
    emptyHint: `查完状态后点“${SAVE_CASE}”，这里会显示每笔转账还剩多少时间。记录只保存在这台手机上。`,
  },
  /** One saved transfer on 首页; `{case}` is its label, `{stage}` its stage in a few words. */
  caseCard: {
    openLabel: '{case}，{stage}，打开倒计时',
    wrongClock: '手机时间比这笔转账还早，可能不对：倒计时先停下，请打开查看怎么改',
    /** The ~3-year limitation period: a date, never a countdown. */
    limitation: '{label}：约 {date} 前',
    more: `${OPEN_CASE} ›`,
    moreLabel: `${OPEN_CASE}：{case}`,
    delete: phrases.remove,
    deleteLabel: '删除记录：{case}',
  },

  /** 状态自查. */
  status: {
    lead: '回答下面几个问题，看清这笔钱现在在哪一步、还能做什么。填写的内容不会离开你的手机。',
  },
  /** The questions of 状态自查 (the questions themselves are in status-questions.ts). */
  statusForm: {
    amountPlaceholder: '输入金额',
    /** The amount box's screen-reader name, which stays when the placeholder is gone. */
    amountName: '{question}（单位：元）',
    yuan: '元',
    pathWhere: '在哪里看：',
    pathOlder: '旧版微信：',
    changed: `你改了上面的信息，请再点一次“${SUBMIT}”。`,
    submit: SUBMIT,
  },
  /** The answer of 状态自查, under the form. */
  stageResult: {
    title: '结果',
    calls: '需要时一键拨打：',
    windows: '时间窗口',
    scamCheck: '对照常见骗局说法查一查',
    scamCheckSub: '看清像哪一类骗局、先打哪个电话；对方再要钱、要验证码时也能用。',
    assumptions: '推算时的假设',
    save: SAVE_CASE,
    savedWhere: '记录只保存在这台手机上，可以随时在首页删除。',
  },

  /** 倒计时. */
  countdown: {
    deadlines: '时间点',
  },
  /** 倒计时 opened for a record that is gone or could not be read. */
  missingCase: {
    unreadableTitle: '暂时读不出这条记录',
    unreadable: `${READ_FAILED}；着急的话，也可以先重新自查一遍。`,
    missing: '重新回答几道题，就能再看到倒计时和现在能做的事。',
    checkAgain: '重新自查',
    home: '回到首页',
  },
  /** Instead of the countdowns when the phone's clock is before the transfer. */
  clockWarning: {
    title: '手机时间好像不对，倒计时先不显示',
    behind: '手机现在显示 {now}，比这笔转账的时间 {sentAt} 还早。按这个时间算出的剩余时间不可信。',
    fix: `请把手机改成自动时间：苹果手机：${IOS_AUTO_TIME}；安卓手机：${ANDROID_AUTO_TIME}（各品牌的名称略有不同）。改好后回到这一页，倒计时会自动恢复。`,
    meanwhile:
      '在那之前，下面的情况和建议按保存这笔记录时的时间给出；真实时间可能已经更晚，能做的事请现在就做，不要等。',
  },
  /** Which transfer the countdown is for. */
  countdownStage: {
    stage: '现在：{stage}',
    transfer: '{method} {amount} · {sentAt} 转出',
  },
  /** "更新状态" on 倒计时: recording that the recipient accepted or returned the money. */
  updateStatus: {
    doneTitle: '状态',
    title: '对方有新动静？',
    hint: '在账单里看到对方收款或退还了，在这里记一下，倒计时和建议会跟着变。',
    open: '更新状态',
    accepted: recipientLabels.accepted,
    changeAccepted: '改对方收款时间',
    when: '对方什么时候收的款？',
    exactTitle: '知道准确时间：按账单填写',
    exactHint: `打开 ${pathText(tapPaths.bill.steps)}，点开这笔转账：详情里如果写了对方收款的时间，就按它选择日期和时间；没有写的，点下面的“${phrases.acceptedTimeUnknown}”。`,
    date: '日期：{value}',
    time: '时间：{value}',
    save: '保存收款时间',
    unknownHint:
      '只记下“现在已经收款”。到账时间会按最早和最晚两种可能显示，请按最早的时间抓紧投诉。',
    recordedAt: '已记录：对方在 {time} 收款。',
    recordedBy:
      '已记录：对方在 {time} 前已点收款，具体时间不知道；到账时间按最早和最晚两种可能显示。',
    updated: '已更新',
    // Says "the record", never 撤销: on a transfer's page that word would read as the transfer
    // being taken back, which a payer cannot do (T2, D3).
    undone: '已改回原来的记录',
    undo: '记错了，改回原来的记录',
  },

  /** The first screen of a result: the stage, the nearest window, the first thing to do. */
  firstScreen: {
    step: '第一步 ',
    explain: '说明',
    howTo: '怎么做',
  },
  /** One-tap calls (the numbers and their labels are in contacts.ts). */
  call: {
    dial: '拨打 {number} {label}',
    /** A call button's name: what it shows (number, label, hint), then what a tap does. */
    name: '{number} {label}：{hint}。点按拨打',
    group: '一键拨打',
  },
  /** The deadline cards, on the status result and on 倒计时. */
  deadline: {
    none: '这笔转账现在没有需要倒计时的时间点。',
    /** The limitation period's end is an estimate: a date, never a minute. */
    aboutDate: '约 {date}',
    passed: '{time}（已过）',
    estimateEnds: '{time} 到期（估算）',
    latestUntil: '最晚到 {time} 为止',
    until: '到 {time} 为止',
    atZero: '到点时：{text}',
    atZeroPassed: '已经到点：{text}',
    calendar: '添加到手机日历',
    /** On the 30-minute police window's card, instead of a reminder (C8). */
    callNow: '现在就打 110，不要等提醒。',
    /** On the row the first screen already counts down: one deadline, shown twice. */
    sameAsFirstScreen: '与页面最上方的倒计时是同一个',
  },
  /** The picture of the case's life on 倒计时. */
  timeline: {
    title: '时间线',
    now: '现在',
    nowBeyond: '现在 →',
    /** An arrival whose acceptance time is unknown: from its earliest to its latest moment. */
    range: '{from} 至 {to}',
    offScale: `${OFF_SCALE}{label} {date}`,
    offScaleApprox: `${OFF_SCALE}{label} 约 {date}`,
  },
  /** The actions of a result, after the first. */
  actions: {
    now: '现在可以做的',
    next: '接下来可以做的',
  },
  /** The notes of a result. */
  notes: {
    cannot: '做不到的',
    others: '还要知道的',
  },

  /** Form controls. `{question}` is the question the control answers. */
  field: {
    optional: '（可不填）',
    /** Names a choice that is not inside a question. */
    chooseOne: '选择一项',
    /**
     * The name of a quick answer or a picker: what it shows ({shown}: 刚刚, 选择日期, or the date
     * chosen), then the question it answers.
     */
    answerName: '{shown}，{question}',
    clear: phrases.clear,
  },
  /** A yes/no question (the 是 label is yesNoLabels.yes). */
  yesNo: {
    no: '不是',
    /** An answer's name: its caption first, then its question. */
    answer: '{label}，第 {number} 题',
    answerChosen: '{label}，第 {number} 题，已选',
    example: '比如：{example}',
  },
  /** A folded section's head. */
  fold: {
    open: phrases.unfold,
    close: phrases.fold,
  },
  /** Under a list that shows only its newest rows. */
  showMore: {
    more: '查看更早的 {count} 条',
  },
  /** 大字模式. */
  largeText: {
    label: '大字模式',
    hintOn: `已开启：字更大。${FONT_FOLLOWS}`,
    hintOff: `看不清可以打开。${FONT_FOLLOWS}`,
    on: phrases.switchOn,
    off: phrases.switchOff,
  },
} as const
