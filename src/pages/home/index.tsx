import { Text } from '@tarojs/components'
import { CallBar } from '../../components/call-bar'
import { PageShell } from '../../components/page-shell'
import { useStored } from '../../hooks/use-stored'
import './index.scss'

export default function HomePage() {
  const { value: settings } = useStored((store) => store.settings.get())
  return (
    <PageShell largeText={settings.largeText}>
      <Text className='page-heading'>转账急救箱</Text>
      <CallBar />
    </PageShell>
  )
}
