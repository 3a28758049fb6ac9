import { Text } from '@tarojs/components'
import { CallBar } from '../../components/call-bar'
import { CaseList } from '../../components/case-list'
import { HomeLinks } from '../../components/home-links'
import { HomeStart } from '../../components/home-start'
import { PageShell } from '../../components/page-shell'
import { ScamCheckEntry } from '../../components/scam-check-entry'
import { useHomeCases } from '../../hooks/use-home-cases'
import { useNow } from '../../hooks/use-now'
import { usePageShare } from '../../hooks/use-share'
import { openPage, routes } from '../../platform/navigation'
import './index.scss'
import { pageTitles } from '../../content/labels'
import { phrases } from '../../content/phrases'
import { ui } from '../../content/ui-case'

/** 首页: the first action, the emergency numbers, saved cases counting down, and the way on. */
export default function HomePage() {
  usePageShare('home')
  const { settings, cases, readFailed, quarantined, stuck, readAt, remove } = useHomeCases()
  return (
    <PageShell largeText={settings.largeText}>
      <Text className='page-heading'>{pageTitles.home}</Text>
      <HomeStart onStart={() => openPage(routes.status)} />
      <ScamCheckEntry
        title={phrases.scamCheckEntry}
        subtitle={ui.home.scamCheckSub}
        onOpen={() => openPage(routes.scamCheck)}
      />

      <Text className='section-title'>{ui.home.calls}</Text>
      <CallBar />

      <Text className='section-title'>{ui.home.saved}</Text>
      <CaseList
        cases={cases}
        readAt={readAt}
        readFailed={readFailed}
        onOpen={(id) => openPage(routes.countdown, { id })}
        onDelete={remove}
        useClock={useNow}
      />

      <Text className='section-title'>{ui.home.next}</Text>
      <HomeLinks
        quarantined={quarantined}
        stuck={stuck}
        onChecklist={() => openPage(routes.checklist)}
        onPrevention={() => openPage(routes.prevention)}
        onAbout={() => openPage(routes.about)}
      />
    </PageShell>
  )
}
