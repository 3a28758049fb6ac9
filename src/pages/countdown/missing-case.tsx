import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { openPage, replacePage, routes } from '../../platform/navigation'
import { phrases } from '../../content/phrases'

/**
 * A deleted case or a stale link: say so plainly and offer the way forward. When storage threw
 * while reading, the record may well be there: say it could not be read, not that it is gone.
 */
export function MissingCase({ readFailed = false }: { readFailed?: boolean }) {
  return (
    <View
      id={readFailed ? 'case-unreadable' : 'missing-case'}
      className={`card ${readFailed ? 'card--warn' : 'card--info'}`}
    >
      {readFailed ? (
        <>
          <Text className='card-title'>暂时读不出这条记录</Text>
          <Text className='body-text'>
            读取手机存储时出错了。记录没有被删除，仍然保存在这台手机上。请稍后关掉小程序再打开看看；着急的话，也可以先重新自查一遍。
          </Text>
        </>
      ) : (
        <>
          <Text className='card-title'>{phrases.caseMissing}</Text>
          <Text className='body-text'>重新回答几道题，就能再看到倒计时和现在能做的事。</Text>
        </>
      )}
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
