import { Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { StageResult } from '../../components/stage-result'
import { StatusForm } from '../../components/status-form'
import { usePageShare } from '../../hooks/use-share'
import { useNow } from '../../hooks/use-now'
import { useStatusForm } from '../../hooks/use-status-form'
import { useStored } from '../../hooks/use-stored'
import { openPage, routes } from '../../platform/navigation'
import './index.scss'
import { pageTitles } from '../../content/labels'
import { ui } from '../../content/ui-case'

/**
 * 状态自查: a short form, then where the money is, what to do now, what cannot be done and the
 * windows that are closing. Works opened cold (no query, nothing stored needed).
 */
export default function StatusPage() {
  usePageShare('status')
  const { value: settings, store } = useStored((s) => s.settings.get())
  const form = useStatusForm(store)
  return (
    <PageShell largeText={settings.largeText}>
      <Text className='page-heading'>{pageTitles.status}</Text>
      <Text className='body-text status-page__lead'>{ui.status.lead}</Text>
      <StatusForm form={form} />
      {form.result && (
        <StageResult
          transfer={form.result}
          onSave={form.save}
          saveError={form.saveError}
          useClock={useNow}
          onScamCheck={() => openPage(routes.scamCheck, { paid: 'yes' })}
        />
      )}
    </PageShell>
  )
}
