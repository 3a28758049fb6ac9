import { Button, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { shareButtonUi as ui } from '../../content/share'

interface Props {
  id: string
  className: string
  /** Copies the page's share card as a title and a link, where there is no share menu. */
  onCopyLink: () => void
}

// Only WeChat has a share menu for a button to open.
const canShare = process.env.TARO_ENV === 'weapp'

/**
 * 转发给家人. In WeChat an `open-type='share'` button, which opens the share sheet with the page's
 * fixed card (usePageShare). A browser has no share sheet, so there the button says that it
 * copies the card's title and link, and does that: a named button with a visible result, never
 * a dead text. The card carries no amount, name or WeChat ID (FACTS M9).
 */
export function ShareButton({ id, className, onCopyLink }: Props) {
  if (canShare) {
    return (
      <Button id={id} className={className} openType='share'>
        {ui.forward}
      </Button>
    )
  }
  return (
    <View id={id} className={className} {...asButton()} onClick={onCopyLink}>
      {ui.copyLink}
    </View>
  )
}
