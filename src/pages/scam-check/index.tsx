import { Text, View } from '@tarojs/components'
import { scamSigns } from '../../domain'
import { LargeTextSwitch } from '../../components/large-text-switch'
import { PageShell } from '../../components/page-shell'
import { ScamResult } from '../../components/scam-result'
import { ShareButton } from '../../components/share-button'
import { YesNoQuestion } from '../../components/yes-no-question'
import { useScamCheck } from '../../hooks/use-scam-check'
import { useCopyShareLink, usePageShare, usePageTimeline } from '../../hooks/use-share'
import { useSinglePageMode } from '../../hooks/use-single-page-mode'
import { controlProps } from '../../platform/a11y'
import { openPage, routes } from '../../platform/navigation'
import { callNumber } from '../../platform/phone'
import './index.scss'
import { phrases } from '../../content/phrases'
import { fill } from '../../content/fill'
import { scamCheckPageUi as ui } from '../../content/ui-guide'

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
  const copyShareLink = useCopyShareLink('scam-check')

  return (
    <PageShell largeText={check.largeText} className='scam-check-page'>
      <LargeTextSwitch value={check.largeText} onChange={check.setLargeText} />
      <Text className='page-heading'>{ui.heading}</Text>
      <Text className='body-text scam-check-page__lead'>{ui.lead}</Text>

      <YesNoQuestion
        id='paid'
        number={1}
        question={ui.paid.question}
        yesLabel={ui.paid.yes}
        noLabel={ui.paid.no}
        value={check.paid === undefined ? undefined : check.paid ? 'yes' : 'no'}
        onAnswer={check.answerPaid}
      />
      {check.paidMissing && (
        <Text id='paid-missing' className='error-text scam-check-page__error'>
          {ui.paidMissing}
        </Text>
      )}

      <Text className='section-title'>{ui.signsTitle}</Text>
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
        {...controlProps('button', ui.showResult)}
        onClick={check.showResult}
      >
        <Text>{ui.showResult}</Text>
      </View>
      {check.unanswered > 0 && (
        <Text id='unanswered' className='hint'>
          {fill(ui.unanswered, { count: check.unanswered })}
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
          <ShareButton
            id='share-scam-check'
            className='btn scam-check-page__share'
            onCopyLink={copyShareLink}
          />
        )}
      </View>
      <Text className='hint'>{ui.footnote}</Text>
    </PageShell>
  )
}
