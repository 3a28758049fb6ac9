import { View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

interface Props {
  id: string
  /** Rows not shown yet. */
  hidden: number
  onMore: () => void
}

/** "查看更早的 N 条" under a list that shows only its newest rows. */
export function ShowMore({ id, hidden, onMore }: Props) {
  if (hidden <= 0) return null
  return (
    <View
      id={id}
      className='btn btn--small show-more'
      style='margin-top:16px'
      {...asButton()}
      onClick={onMore}
    >
      {fill(ui.showMore.more, { count: hidden })}
    </View>
  )
}
