import { Button, Text, View } from '@tarojs/components'
import { scamSigns } from '../../domain'
import { LargeTextSwitch } from '../../components/large-text-switch'
import { PageShell } from '../../components/page-shell'
import { ScamResult } from '../../components/scam-result'
import { YesNoQuestion } from '../../components/yes-no-question'
import { useScamCheck } from '../../hooks/use-scam-check'
import { usePageShare, usePageTimeline } from '../../hooks/use-share'
import { useSinglePageMode } from '../../hooks/use-single-page-mode'
import { controlProps } from '../../platform/a11y'
import { openPage, routes } from '../../platform/navigation'
import { callNumber } from '../../platform/phone'
import './index.scss'
import { phrases } from '../../content/phrases'

/**
 * 转账前先停一下: one yes/no question per row, then a verdict that leads with the first thing to
 * do. Opened cold from a share card or from Moments it needs nothing stored; the answers never
 * leave this page.
 */
export default function ScamCheckPage() {
  const check = useScamCheck()
  // Moments opens this page alone: no navigation, no app storage (FACTS M3).
  const singlePage = useSinglePageMode()

  // Share to chat and 收藏 (usePageShare answers both), and Moments: always the empty check.
  usePageShare('scam-check')
  usePageTimeline('scam-check')

  return (
    <PageShell largeText={check.largeText} className='scam-check-page'>
      <LargeTextSwitch value={check.largeText} onChange={check.setLargeText} />
      <Text className='page-heading'>转账前先停一下</Text>
      <Text className='body-text scam-check-page__lead'>
        有人让你转钱、扫码或说出验证码时，照实回答下面的问题，一分钟就能做完。你的回答不会保存，也不会离开这台手机。
      </Text>

      <YesNoQuestion
        id='paid'
        number={1}
        question='钱已经转出去了吗？'
        yesLabel='已经转了'
        noLabel='还没转'
        value={check.paid === undefined ? undefined : check.paid ? 'yes' : 'no'}
        onAnswer={check.answerPaid}
      />
      {check.paidMissing && (
        <Text id='paid-missing' className='error-text scam-check-page__error'>
          请先回答第 1 题：钱已经转出去了吗？转了和没转，要做的事不一样。
        </Text>
      )}

      <Text className='section-title'>对方有没有这样说、这样做？</Text>
      {scamSigns.map((sign, i) => (
        <YesNoQuestion
          key={sign.id}
          id={sign.id}
          number={i + 2}
          question={sign.question}
          example={sign.example}
          value={check.answers[sign.id]}
          onAnswer={(value) => check.answer(sign.id, value)}
        />
      ))}

      <View
        id='show-result'
        className='btn btn--primary scam-check-page__submit'
        {...controlProps('button', '看结果')}
        onClick={check.showResult}
      >
        <Text>看结果</Text>
      </View>
      {check.unanswered > 0 && (
        <Text id='unanswered' className='hint'>
          还有 {check.unanswered} 题没选，没选的按“不是”算。
        </Text>
      )}

      {check.result && (
        <ScamResult
          result={check.result}
          linked={!singlePage}
          onCall={callNumber}
          onCheckTransfer={() => openPage(routes.status)}
        />
      )}

      <View className='btn-row scam-check-page__links'>
        <View
          id='reset-answers'
          className='btn'
          {...controlProps('button', phrases.answerAgain)}
          onClick={check.reset}
        >
          <Text>{phrases.answerAgain}</Text>
        </View>
        {!singlePage && (
          <Button id='share-scam-check' className='btn scam-check-page__share' openType='share'>
            {phrases.forwardToFamily}
          </Button>
        )}
      </View>
      <Text className='hint'>
        这份自查只能发现常见的骗局说法，不能证明对方可信。分享出去的只是空白的自查，不带你的回答。
      </Text>
    </PageShell>
  )
}
