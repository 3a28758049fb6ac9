/**
 * What each page puts on a share card. Cards go into family group chats, so they are fixed texts:
 * no amount, name, WeChat ID or 交易单号 can reach them (issue 7), and `isShareSafe` guards that
 * in tests and at run time.
 */
export type SharePage = 'home' | 'status' | 'countdown' | 'checklist' | 'prevention' | 'about'

export interface ShareCard {
  title: string
  /** Always starts with '/' (FACTS M3). */
  path: string
}

export const shareCards: Readonly<Record<SharePage, ShareCard>> = {
  home: { title: '转错账、被骗了？先用转账急救箱查一查还能做什么', path: '/pages/home/index' },
  // A case is private: sharing the status or countdown page shares the empty tool, not the case.
  status: { title: '转账出问题了？几道题看清现在能做什么', path: '/pages/status/index' },
  countdown: { title: '转错账、被骗了？先用转账急救箱查一查还能做什么', path: '/pages/home/index' },
  checklist: {
    title: '被骗后怎么投诉、怎么报警：一份可以打勾的清单',
    path: '/pages/checklist/index',
  },
  prevention: {
    title: '给家人设置好这几项，转账更安全',
    path: '/pages/prevention/index?mode=family',
  },
  about: { title: '转账急救箱：建议都有出处，数据只存在手机里', path: '/pages/about/index' },
}

/**
 * True when a share text carries nothing personal: no run of 3+ digits (amounts, 交易单号, phone
 * numbers), no currency sign or 元 amount, no '@' or WeChat-ID-like token.
 */
export function isShareSafe(text: string): boolean {
  if (/\d{3,}/.test(text)) return false
  if (/[¥￥]|\d+(\.\d+)?\s*元/.test(text)) return false
  if (/@|wxid_/i.test(text)) return false
  return true
}
