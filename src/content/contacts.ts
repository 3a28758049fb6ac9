import type { SourceId } from './sources'

/** The numbers the call bar offers, each labelled for what it is for. */
export interface EmergencyNumberEntry {
  number: string
  label: string
  hint: string
  tone: 'danger' | 'plain'
  sourceIds: readonly SourceId[]
}

export const emergencyNumbers = [
  // FACTS C6: 110 takes crime reports.
  {
    number: '110',
    label: '报警',
    hint: '被骗、账号被盗：报案打这个',
    tone: 'danger',
    sourceIds: ['C6'],
  },
  // FACTS C6: 96110 warns and advises; it is not where a crime is reported.
  {
    number: '96110',
    label: '反诈咨询',
    hint: '咨询和劝阻，不是报案电话',
    tone: 'plain',
    sourceIds: ['C6'],
  },
  // FACTS C1: 95017 also calls out, so users dial it themselves. C4: it can freeze an account;
  // T2: customer service will not refund a transfer.
  {
    number: '95017',
    label: '微信支付客服',
    hint: '请自己拨打；可以咨询、冻结账号，转账本身客服不会退款；来电自称客服让你转钱的是骗子',
    tone: 'plain',
    sourceIds: ['C1', 'C4', 'T2'],
  },
] as const satisfies readonly EmergencyNumberEntry[]
