import { tabLabels } from './labels'
import { phrases } from './phrases'

/**
 * The titles of the share cards (chat, Moments and 收藏). Cards go into family group chats, so they
 * are fixed texts: no amount, name, WeChat ID or 交易单号 can reach them (FACTS M9). Some pages share
 * one card; domain/share.ts says which page uses which title.
 */
export const shareTitles = {
  home: '转错账、被骗了？先用转账急救箱查一查还能做什么',
  status: '转账出问题了？几道题看清现在能做什么',
  checklist: '被骗后怎么投诉、怎么报警：一份可以打勾的清单',
  /** The prevention guide, opened in its short version for parents. */
  family: '给家人设置好这几项，转账更安全',
  about: '转账急救箱：建议都有出处，数据只存在手机里',
  'scam-check': '有人让你转钱？转账前先查是不是骗局',
} as const

/** 收藏 titles where a page's favorite is not simply its share card's title. */
export const favoriteTitles = {
  prevention: `${tabLabels.prevention}：${shareTitles.family}`,
  'scam-check': '转账前先停一下：查查是不是骗局',
} as const

/** The 转发给家人 button; where there is no share menu (a browser) it copies the card instead. */
export const shareButtonUi = {
  forward: phrases.forwardToFamily,
  copyLink: `复制链接，${phrases.forwardToFamily}`,
  /** What is copied: the card's title, then the link on its own line. */
  linkText: '{title}\n{link}',
  /** What the "copied" toast names. */
  copied: '分享链接',
} as const
