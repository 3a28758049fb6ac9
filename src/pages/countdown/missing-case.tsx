import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { openPage, replacePage, routes } from '../../platform/navigation'

/** A deleted case or a stale link: say so plainly and offer the way forward. */
export function MissingCase() {
  return (
    <View id='missing-case' className='card card--info'>
      <Text className='card-title'>没有找到这条记录，可能已被删除</Text>
      <Text className='body-text'>重新回答几道题，就能再看到倒计时和现在能做的事。</Text>
      <View className='btn-row'>
        <View
          id='go-status'
          className='btn btn--primary'
          {...asButton()}
          onClick={() => replacePage(routes.status)}
        >
          重新自查
        </View>
        <View id='go-home' className='btn' {...asButton()} onClick={() => openPage(routes.home)}>
          回到首页
        </View>
      </View>
    </View>
  )
}
