import { Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { useCase, useCaseIdQuery } from '../../hooks/use-case'
import { usePageShare } from '../../hooks/use-share'
import { useStored } from '../../hooks/use-stored'
import { CaseCountdown } from './case-countdown'
import { MissingCase } from './missing-case'
import './index.scss'
import { pageTitles } from '../../content/labels'

/**
 * 倒计时: the live countdowns of one saved case (query `id`; the status page opens it after
 * saving). A missing or unknown id gets a calm message instead of a crash. The clock lives in
 * CaseCountdown, so a page with no case runs no ticker.
 */
export default function CountdownPage() {
  const { value: settings } = useStored((s) => s.settings.get())
  const id = useCaseIdQuery()
  const { stored, readFailed, saveTransfer } = useCase(id)
  usePageShare('countdown')

  return (
    <PageShell largeText={settings.largeText}>
      <Text className='page-heading'>{pageTitles.countdown}</Text>
      {stored ? (
        <CaseCountdown stored={stored} onSave={saveTransfer} />
      ) : (
        <MissingCase readFailed={readFailed} />
      )}
    </PageShell>
  )
}
