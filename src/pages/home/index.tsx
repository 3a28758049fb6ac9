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
        subtitle='有人让你转钱、扫码、报验证码：回答几个“是/不是”，一分钟看清。'
        onOpen={() => openPage(routes.scamCheck)}
      />

      <Text className='section-title'>紧急电话（点一下拨打）</Text>
      <CallBar />

      <Text className='section-title'>我保存的转账</Text>
      <CaseList
        cases={cases}
        readAt={readAt}
        readFailed={readFailed}
        onOpen={(id) => openPage(routes.countdown, { id })}
        onDelete={remove}
        useClock={useNow}
      />

      <Text className='section-title'>接下来</Text>
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
