import { Text, View } from '@tarojs/components'
import { pathText } from '../../domain'
import { useAppServices } from '../app-services'
import { TapPath } from '../tap-path'
import { asButton } from '../../platform/a11y'
import './prevention-tap-path.scss'
import { phrases } from '../../content/phrases'
import { fill } from '../../content/fill'
import { preventionTapPathUi as ui } from '../../content/ui-guide'

interface Props {
  /** Used for the copy button's id: `copy-path-<itemId>`. */
  itemId: string
  path: readonly string[]
  pathNote?: string
}

/**
 * A tap path drawn as numbered steps, one per screen the user will see on their own phone
 * (我 → 服务 → ··· → 支付设置 → 转账到账时间, FACTS D1), with a button that copies it as text so a
 * family member can paste it into a chat.
 */
export function PreventionTapPath({ itemId, path, pathNote }: Props) {
  const { copyText } = useAppServices()
  if (!path.length) return null
  return (
    <View className='prevention-tap-path'>
      <Text className='prevention-tap-path__lead'>{ui.lead}</Text>
      <TapPath steps={path} numbered />
      {pathNote && <Text className='hint'>{pathNote}</Text>}
      <View
        id={`copy-path-${itemId}`}
        className='btn btn--small prevention-tap-path__copy'
        {...asButton(fill(ui.copyName, { path: pathText(path) }))}
        onClick={() => copyText(pathText(path), ui.copied)}
      >
        {phrases.copyPath}
      </View>
    </View>
  )
}
