import { Text } from '@tarojs/components'
import { sourceIdFromQuery, sources } from '../../domain'
import { AboutDisclaimer, PrivacyPromise } from '../../components/about-notes'
import { LargeTextSwitch } from '../../components/large-text-switch'
import { PageShell } from '../../components/page-shell'
import { PrivacyData } from '../../components/privacy-data'
import { QuarantineList } from '../../components/quarantine-list'
import { SourceList } from '../../components/source-list'
import { useAboutData } from '../../hooks/use-about-data'
import { usePageQuery } from '../../hooks/use-page-query'
import { useScrollIntoView } from '../../hooks/use-scroll'
import { usePageShare } from '../../hooks/use-share'
import './index.scss'
import { pageTitles } from '../../content/labels'
import { fill } from '../../content/fill'
import { aboutPageUi } from '../../content/ui-guide'

export default function AboutPage() {
  // `?source=<id>` comes from a SourceNote tap; an unknown id is ignored.
  const activeSource = sourceIdFromQuery(usePageQuery())
  const about = useAboutData()
  usePageShare('about')
  useScrollIntoView(activeSource && `#source-${activeSource}`)

  return (
    <PageShell largeText={about.largeText} className='about-page'>
      <LargeTextSwitch value={about.largeText} onChange={about.setLargeText} />
      <Text className='page-heading'>{pageTitles.about}</Text>
      <AboutDisclaimer />
      <PrivacyPromise />
      <PrivacyData summary={about.summary} onClear={about.clearAll} />
      <QuarantineList
        entries={about.quarantined}
        stuck={about.stuck}
        readFailed={about.quarantineReadFailed}
        onCopy={about.copyEntry}
        onDelete={about.removeEntry}
      />
      <Text className='section-title' id='sources'>
        {fill(aboutPageUi.sourcesTitle, { count: Object.keys(sources).length })}
      </Text>
      <SourceList activeId={activeSource} />
    </PageShell>
  )
}
