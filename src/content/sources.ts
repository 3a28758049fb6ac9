/**
 * The app's 依据/来源 list: every rule and every sentence of advice in src/content cites one of these
 * ids. The ids are the row ids of the researched fact sheet the project was built from (T = transfer
 * lifecycle, D = delayed arrival, C = contacts and complaint routes, L = law, P = prevention,
 * S = recovery scams, F = scam signs, M = mini-program platform), so other modules and reviewers can cross-check.
 * Sources the app added later carry their own prefix (R = statutes), never a fact-sheet id.
 *
 * Confidence mapping from the fact sheet: H → 'high', M → 'medium', L → 'low'. Rows rated M-H are
 * stored as 'medium' on purpose: anything below high is shown to the user with a hedge
 * (HEDGE_TEXT), and a fact that is only "medium to high" should be hedged too.
 */
export type Confidence = 'high' | 'medium' | 'low'

export interface Source {
  /** The fact, stated briefly in Chinese. */
  title: string
  /** Who said it (site, newspaper, court, statute). */
  publisher: string
  /** As given by the source; '—' when the source carries no date. */
  date: string
  url?: string
  confidence: Confidence
}

/** Shown next to any advice that rests on a fact below high confidence. */
export const HEDGE_TEXT = '以微信客户端实际显示为准'

/** The full hedge sentence used by the `hedge` note of an assessment. */
export const HEDGE_NOTE = `部分说明来自媒体报道，可能随微信版本变化，${HEDGE_TEXT}。`

const STATUTE_DATE = '民法典（2021-01-01 施行）'
const CIVIL_CODE = '《中华人民共和国民法典》'
const BJYB_URL = 'https://fonow.com/view/211380'
const WXPAY_URL = 'https://pay.weixin.qq.com'

export const catalogue = {
  // Transfer lifecycle (微信转账 to a friend in a chat)
  T1: {
    title:
      '对方未收款的聊天转账约 24 小时后自动退回（显示“好友1天内未确认，将退还给你”）；零钱支付的立即退回零钱，银行卡支付的 0-3 个工作日退回',
    publisher: '羊城晚报（转引微信帮助中心）；兰州晚报',
    date: '2014-06-26',
    confidence: 'high',
  },
  T2: {
    title:
      '付款人没有自助撤回的按钮，只能点“提醒对方收款”或长按转账消息重新发送（不会重复扣款）；转账不能取消，客服也不会退款',
    publisher: '羊城晚报（转引微信帮助中心）；北京青年报',
    date: '2018',
    url: BJYB_URL,
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  T3: {
    title: '收款方可以在未收款的转账上点“退还”，钱直接退回付款人',
    publisher: '多篇一致的操作指南',
    date: '—',
    confidence: 'high',
  },
  T4: {
    title: '实时到账的转账被收款后，钱即在对方零钱里；要回需要对方退还，或走投诉、报警、起诉途径',
    publisher: '北京青年报；法院文章（见 L3）',
    date: '2018',
    url: BJYB_URL,
    confidence: 'high',
  },
  T5: {
    title:
      '手机号转账需要对方已开启该功能，没有确认收款这一步：立即到账或按付款人的延时设置到账，不能撤销',
    publisher: 'ttnews',
    date: '2019-2020',
    confidence: 'medium',
  },
  T6: {
    title: '收款账户有风险时，微信会提醒或拦截，并可能对付款人设置 15 分钟转账冷静期',
    publisher: '微信安全中心（新华社报道）',
    date: '2022-07',
    confidence: 'high',
  },

  // Delayed arrival (转账到账时间)
  D1: {
    title:
      '我 → 服务（旧版：支付）→ 右上角 ··· → 支付设置（旧版：支付管理）→ 转账到账时间：实时到账（默认）、2小时到账、24小时到账；这是账户的长期设置，不是每次转账时选择',
    publisher: 'xazmhbgc.com（微信 7.0.16）；江苏警方（yuneu 转载）；hainanwel',
    date: '—',
    confidence: 'high',
  },
  D2: {
    title:
      '聊天转账的延时从对方确认收款时开始计算：对方看到“已确认待入账”，付款人看到“资金将在2小时后存入对方零钱”；从未被收款的转账仍按约 24 小时的规则退回',
    publisher: '羊城晚报（转引微信帮助中心）；xazmhbgc.com',
    date: '—',
    confidence: 'medium',
  },
  D3: {
    title:
      '延时期间付款人不能自己取消；可在 我 → 服务 → 钱包 → 账单 → 待入账的转账 → 底部“投诉”，写明原因并上传截图，由微信审核，可能退回，不保证',
    publisher: 'yczyjg；referchina',
    date: '2020',
    confidence: 'medium',
  },
  D4: {
    title: '找不到转账到账时间设置时，可以问微信内的客服机器人“怎样设置转账延迟到账”，它会发来链接',
    publisher: '江苏警方（yuneu 转载）',
    date: '—',
    confidence: 'medium',
  },
  D5: {
    title: '延时到账是否适用于红包或扫码、商户付款，没有官方说明，不作判断',
    publisher: '无官方来源',
    date: '—',
    confidence: 'low',
  },
  D6: {
    title: '收款方注意：“2小时后到账”的截图不是已付款的证明；也有付款人滥用延时投诉对付商家',
    publisher: '极目新闻（fensifuwu 转载）；yd166',
    date: '2018',
    confidence: 'medium',
  },

  // Contacts and complaint routes
  C1: {
    title:
      '95017 是微信支付客服电话，微信支付也会用 95017 外呼；请自己拨打，不要听从来电“客服”的指示',
    publisher: '微信支付帮助中心',
    date: '—',
    url: WXPAY_URL,
    confidence: 'high',
  },
  C2: {
    title:
      '投诉个人：聊天 → 右上角 ···（或对方资料页）→ 投诉 → 存在欺诈骗钱行为 → 选择类型 → 提交证据',
    publisher: '微信安全中心（9158app、qqtn 转载）',
    date: '—',
    confidence: 'high',
  },
  C3: {
    title: '“腾讯110”小程序：我要举报 → 选择类型 → 填写金额、对象、平台并上传截图',
    publisher: '71t.com.cn；中国新闻网',
    date: '2020-01-10',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  C4: {
    title:
      '冻结被盗账号：我 → 设置 → 账号与安全 → 微信安全中心 → 冻结账号；也可用“腾讯客服”小程序（微信冻结）、“微信安全中心”公众号或 95017',
    publisher: '金投网',
    date: '2021-09-30',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  C5: {
    title: '商户投诉的处理时限和退款流程只适用于投诉商户，不适用于个人之间的转账',
    publisher: '微信支付商户投诉文档',
    date: '—',
    url: WXPAY_URL,
    confidence: 'high',
  },
  C6: {
    title:
      '报警请拨 110；96110 是全国反诈预警劝阻和咨询专线（以“区号+96110”来电），不是报警电话，部分地方仅在工作时间有人接听',
    publisher: '中国地质大学保卫处；江苏广电',
    date: '2021-03-26',
    confidence: 'high',
  },
  C7: {
    title:
      '国家反诈中心 App（公安部）：我要举报（可匿名）、报案助手（实名，对接派出所）、诈骗预警、身份验真、风险查询',
    publisher: '长江日报',
    date: '2021-03-25',
    confidence: 'high',
  },
  C8: {
    title:
      '报警需准备：身份证、付款账户、准确的转账时间和金额、对方账户或姓名、交易单号/转账单号（账单 → 转账详情）和截图；警方提示最初 30 分钟对紧急止付最关键',
    publisher: '泸州日报',
    date: '—',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  C9: {
    title:
      '网上流传的部分“客服电话”、举报邮箱和仿冒网址是假的；12377、12321 受理的是网上不良内容和垃圾信息举报，网警官网是 cyberpolice.cn，遇到犯罪请拨 110',
    publisher: '多方来源比对',
    date: '—',
    confidence: 'high',
  },

  // Law
  L1: {
    title:
      '民法典第 985 条：没有法律根据取得不当利益的，受损失的人可以请求返还（履行道德义务、提前清偿债务、明知无给付义务而给付的除外）；第 986、987 条：善意得利人利益已不存在的不再返还，恶意得利人应返还并赔偿',
    publisher: CIVIL_CODE,
    date: STATUTE_DATE,
    confidence: 'high',
  },
  L2: {
    title:
      '民法典第 188 条：诉讼时效 3 年，自知道或者应当知道权利受到损害以及义务人之日起计算；最长不超过 20 年',
    publisher: CIVIL_CODE,
    date: STATUTE_DATE,
    confidence: 'high',
  },
  L3: {
    title:
      '起诉转错账的收款人：向被告住所地法院提起不当得利返还之诉，需要对方真实姓名、身份证号和住址；电子回单只显示部分姓名时，可申请调查令向财付通调取；保留转账、对方资料页和要求退还的截图',
    publisher: '宿松县人民法院；嘉鱼县人民法院',
    date: '2025-09-26',
    confidence: 'high',
  },
  L4: {
    title:
      '小额诉讼（2022-01-01 起施行的民事诉讼法）：简单金钱纠纷在本省上年度平均工资一半以下的适用，一审终审；标准各省每年不同',
    publisher: '浙江省高级人民法院',
    date: '2022-01-13',
    confidence: 'high',
  },
  L5: {
    title:
      '电信网络诈骗 3000 元以上为数额较大、3 万元以上为数额巨大、50 万元以上为数额特别巨大；金额更少也应报警，警方可按治安案件处理',
    publisher: '最高人民法院、最高人民检察院、公安部意见',
    date: '2016-12-20',
    confidence: 'high',
  },
  L6: {
    title: '大额转账会显示对方部分实名进行验证；忽视验证的付款人可能要承担部分过错',
    publisher: '北京青年报',
    date: '2018',
    url: BJYB_URL,
    confidence: 'medium',
  },

  // Prevention settings
  P1: {
    title: '开启延时到账（设置路径见 D1），可以在钱到账前留出投诉或报警的时间',
    publisher: 'xazmhbgc.com；江苏警方（yuneu 转载）；hainanwel',
    date: '—',
    confidence: 'high',
  },
  P2: {
    title:
      '亲属卡：赠送方设每月额度（0.01-3000 元），可随时修改；不能用于红包、转账、理财和自动扣费',
    publisher: '3533.com；gucheng',
    date: '2018-06',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  P3: {
    title:
      '青少年模式（我 → 设置 → 青少年模式）：监护人可设置每日和单笔支付限额，并隐藏部分金融入口',
    publisher: '微信青少年模式家长手册',
    date: '2024-06',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  P4: {
    title: '支付安全：支付密码加指纹或面容；账号与安全 → 微信安全中心 可开启登录提醒、冻结账号',
    publisher: '微信设置',
    date: '—',
    confidence: 'high',
  },
  P5: {
    title:
      '给陌生人或发文字找你借钱的“熟人”付款前，先用已知号码打电话核实：转账前核实身份、转账中检查收款方、转账后保存凭证',
    publisher: '公安机关防范提示',
    date: '—',
    confidence: 'high',
  },
  P6: {
    title:
      '支付宝也有延时到账（2 小时/24 小时），支付宝转账没有确认收款步骤；报警后可在账单 → 投诉 → “我被骗了，钱是我付的”',
    publisher: '江苏警方；loan78',
    date: '2018',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },

  // Recovery-service scams
  S1: {
    title:
      '被骗的人常被“追回服务”再骗一次：保证追回或要求先交费的都是骗局；只找警方、平台和正规律师（可在司法局网站查询执业信息）',
    publisher: '消费者协会提示',
    date: '—',
    confidence: 'high',
  },
  S2: {
    title: '陌生人说“转错账”让你转回时，不要自己转钱给他，请对方通过微信的退还途径或客服处理',
    publisher: '星岛',
    date: '2026-02',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },

  // Scam signs (before a transfer)
  F1: {
    title:
      '公安部公布十类高发电信网络诈骗，约占发案总数的八成：刷单返利（发案最多）、虚假网络投资理财（损失最大）、虚假网络贷款、冒充电商物流客服、冒充公检法、虚假征信、虚假购物服务、冒充领导熟人、网络游戏产品虚假交易、网络婚恋交友',
    publisher: '公安部（澎湃新闻报道）',
    date: '2023-06-15',
    confidence: 'high',
  },
  F2: {
    title:
      '五类高发电诈防骗要点：贷款要先交手续费、保证金、解冻费的是诈骗；有偿刷单、刷信誉是诈骗；自称客服要给你理赔、退钱，却要你先付钱或扫码的是诈骗；低价交易要私下先付订金、手续费的是诈骗；自称公检法要你转账的是诈骗',
    publisher: '公安部五类高发电诈案防骗指南（平顶山市公安局网站）',
    date: '2022-05-11',
    confidence: 'high',
  },
  F3: {
    title: '公检法不会通过电话或聊天软件办案，也没有所谓“安全账户”，不要向它转账',
    publisher: '中央宣传部、公安部“全民反诈在行动”；公安机关防范提示',
    date: '2025-06',
    confidence: 'high',
  },
  F4: {
    title:
      '屏幕共享（视频会议、共享屏幕、远程协助）会让对方看到你的密码和验证码：不要和陌生人共享屏幕；要在会议 App 里点“结束共享”才会停止，切到别的 App 不会停止',
    publisher: '国家反诈中心（央视新闻报道）',
    date: '2023-06-02',
    confidence: 'high',
  },
  F5: {
    title: '短信验证码和支付密码不要告诉任何人，无论对方自称是谁',
    publisher: '公安机关防范提示；“全民反诈在行动”',
    date: '2025-06',
    confidence: 'high',
  },
  F6: {
    title: '冒充熟人、领导：新账号或新号码急着要钱或让你“帮忙转账”时，打你原来存的号码或当面确认',
    publisher: '公安部（冒充领导熟人类诈骗）',
    date: '2023-06-15',
    confidence: 'high',
  },
  F7: {
    title: '虚假征信：自称你的征信有问题、要注销“校园贷”账户的来电是诈骗；没有人能花钱删除征信记录',
    publisher: '公安部',
    date: '2023-06-15',
    confidence: 'high',
  },
  F8: {
    title:
      '可用的反诈工具：国家反诈中心 App、96110 预警劝阻来电、12381 涉诈预警劝阻短信、一证通查、云闪付一键查卡、工信部跨境来电提醒',
    publisher: '“全民反诈在行动”',
    date: '2025-06',
    confidence: 'medium', // M-H in the fact sheet: treated as medium so it is hedged
  },
  F9: {
    title: '对照清单只能指出已知的诈骗迹象，不能证明一个要求是安全的',
    publisher: '本应用的设计原则',
    date: '—',
    confidence: 'high',
  },

  // Mini-program platform (cited by the app's engineering notes, not shown as advice)
  M1: {
    title:
      '小程序主包和每个分包不超过 2 MB，总计不超过 30 MB（服务商代开发 20 MB）；tabBar 页面在主包',
    publisher: '微信开放文档（分包加载）',
    date: '—',
    confidence: 'high',
  },
  M2: {
    title:
      '本地缓存单个 key 不超过 1 MB、总计不超过 10 MB，系统可能清理；读取不存在的 key 返回空字符串',
    publisher: '微信开放文档（wx.setStorage）',
    date: '—',
    confidence: 'high',
  },
  M3: {
    title:
      '分享给朋友与分享到朋友圈的参数；朋友圈打开为单页模式（不能跳转、无 tabBar、缓存独立）；Taro 页面需开启 enableShareAppMessage / enableShareTimeline',
    publisher: '微信开放文档（分享）；Taro 文档',
    date: '—',
    confidence: 'high',
  },
  M4: {
    title:
      '小程序没有本地通知接口；wx.addPhoneCalendar（基础库 2.15.0，须由点击触发并声明隐私）可写入带提醒的系统日历事件',
    publisher: '微信开放文档（wx.addPhoneCalendar）',
    date: '—',
    confidence: 'high',
  },
  M5: {
    title:
      '深色模式：darkmode: true 加 themeLocation 指向 theme.json；样式中使用 prefers-color-scheme',
    publisher: '微信开放文档（DarkMode 适配）',
    date: '—',
    confidence: 'high',
  },
  M6: {
    title: '适老化：跟随微信字号设置，文字可换行、页面可滚动，不要固定高度',
    publisher: '微信开放文档（适老化设计指南）',
    date: '—',
    url: 'https://developers.weixin.qq.com/miniprogram/design/elderly',
    confidence: 'high',
  },
  M7: {
    title: '自 2023-09-15 起，日历写入、相册写入等隐私接口须声明用户隐私保护指引并经用户同意',
    publisher: '微信开放文档（隐私协议开发指南）',
    date: '2023-09-15',
    confidence: 'high',
  },
  M8: {
    title: '页面栈超过 10 层会失败：流程内用 redirectTo，切换标签用 switchTab',
    publisher: '微信开放文档；Taro 文档',
    date: '—',
    confidence: 'high',
  },

  // Sources added by the app after the fact sheet (R = statute researched for the legal-routes
  // comparison). Only what the statute text itself says is used, so these are high confidence.
  R1: {
    title:
      '人民调解法：人民调解委员会调解民间纠纷，不收取任何费用（第四条）；当事人可以向人民调解委员会申请调解，一方明确拒绝调解的，不得调解（第十七条）；经调解达成的调解协议具有法律约束力（第三十一条）；双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，确认有效后一方不履行的，对方可以向人民法院申请强制执行（第三十三条）',
    publisher: '《中华人民共和国人民调解法》（全国人大常委会）',
    date: '2010-08-28 通过，2011-01-01 施行',
    confidence: 'high',
  },
  R2: {
    title:
      '诉讼费用交纳办法：适用简易程序审理的案件减半交纳案件受理费（第十六条）；案件受理费由原告预交（第二十条）；诉讼费用由败诉方负担，胜诉方自愿承担的除外（第二十九条）',
    publisher: '《诉讼费用交纳办法》（国务院令第481号）',
    date: '2007-04-01 施行',
    confidence: 'high',
  },
} satisfies Record<string, Source>

/** An id that resolves in `sources`; typing ids as SourceId lets the compiler catch a typo. */
export type SourceId = keyof typeof catalogue

export const sources: Readonly<Record<string, Source>> = catalogue
