import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { preventionItems, preventionModeFromQuery, type PreventionMode } from '../../domain'
import { CallBar } from '../../components/call-bar'
import { FamilyGuide } from '../../components/family-guide'
import { LargeTextSwitch } from '../../components/large-text-switch'
import { PageShell } from '../../components/page-shell'
import { PreventionItemCard } from '../../components/prevention-item'
import { ScamCheckEntry } from '../../components/scam-check-entry'
import { ShareButton } from '../../components/share-button'
import { ProgressSummary } from '../../components/progress-summary'
import { usePageQuery } from '../../hooks/use-page-query'
import { usePreventionGuide } from '../../hooks/use-prevention-guide'
import { scrollPage } from '../../platform/scroll'
import { useCopyShareLink, usePageShare, usePageTimeline } from '../../hooks/use-share'
import { useSinglePageMode } from '../../hooks/use-single-page-mode'
import { openPage, routes } from '../../platform/navigation'
import { asButton } from '../../platform/a11y'
import './index.scss'
import { pageTitles } from '../../content/labels'
import { phrases } from '../../content/phrases'
import { fill } from '../../content/fill'
import { preventionPageUi as ui } from '../../content/ui-guide'

export default function PreventionPage() {
  const query = usePageQuery()
  // A share card opens `?mode=family`; anything else in the query falls back to the full guide.
  const [mode, setMode] = useState<PreventionMode>(() => preventionModeFromQuery(query))
  // Moments opens this page alone: no navigation, no app storage (FACTS M3).
  const singlePage = useSinglePageMode()
  const guide = usePreventionGuide()

  // Share to chat and 收藏 (usePageShare answers both), and Moments.
  usePageShare('prevention')
  usePageTimeline('prevention')
  const copyShareLink = useCopyShareLink('prevention')

  const switchMode = (next: PreventionMode) => {
    setMode(next)
    scrollPage({ scrollTop: 0 })
  }

  return (
    <PageShell largeText={guide.largeText} className='prevention-page'>
      <LargeTextSwitch value={guide.largeText} onChange={guide.setLargeText} />

      {mode === 'family' ? (
        <View className='prevention-page__family' id='family-mode'>
          <Text className='page-heading prevention-page__family-heading'>{ui.familyHeading}</Text>
          <FamilyGuide noLinks={singlePage} />
          {!singlePage && (
            <ScamCheckEntry
              title={ui.familyScamCheck}
              subtitle={ui.familyScamCheckSub}
              onOpen={() => openPage(routes.scamCheck)}
            />
          )}
          {!singlePage && <CallBar />}
          <View
            id='show-full-guide'
            className='btn'
            {...asButton()}
            onClick={() => switchMode('full')}
          >
            {ui.showFull}
          </View>
        </View>
      ) : (
        <View className='prevention-page__full' id='full-guide'>
          <Text className='page-heading'>{pageTitles.prevention}</Text>
          <Text className='body-text prevention-page__lead'>
            {fill(ui.lead, { count: preventionItems.length })}
          </Text>
          {!singlePage && (
            <ScamCheckEntry
              title={phrases.scamCheckEntry}
              subtitle={ui.fullScamCheckSub}
              onOpen={() => openPage(routes.scamCheck)}
            />
          )}
          <ProgressSummary progress={guide.progress} />
          <View
            id='show-family-guide'
            className='btn'
            {...asButton()}
            onClick={() => switchMode('family')}
          >
            {ui.showFamily}
          </View>
          <Text className='section-title'>{ui.itemsTitle}</Text>
          {preventionItems.map((item) => (
            <PreventionItemCard
              key={item.id}
              item={item}
              done={guide.done.includes(item.id)}
              onToggle={guide.toggleDone}
              noLinks={singlePage}
            />
          ))}
        </View>
      )}

      {!singlePage && (
        <View className='btn-row prevention-page__links'>
          <ShareButton
            id='share-to-family'
            className='btn btn--primary prevention-page__share'
            onCopyLink={copyShareLink}
          />
          <View
            id='open-about'
            className='btn'
            {...asButton()}
            onClick={() => openPage(routes.about)}
          >
            {pageTitles.about}
          </View>
        </View>
      )}
      {singlePage && (
        <Text className='hint' id='single-page-hint'>
          {ui.singlePageHint}
        </Text>
      )}
    </PageShell>
  )
}
