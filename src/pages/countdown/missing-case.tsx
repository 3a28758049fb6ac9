import { Text, View } from '@tarojs/components'
import { asButton } from '../../platform/a11y'
import { openPage, replacePage, routes } from '../../platform/navigation'
import { phrases } from '../../content/phrases'
import { ui } from '../../content/ui-case'

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
          <Text className='card-title'>{ui.missingCase.unreadableTitle}</Text>
          <Text className='body-text'>{ui.missingCase.unreadable}</Text>
        </>
      ) : (
        <>
          <Text className='card-title'>{phrases.caseMissing}</Text>
          <Text className='body-text'>{ui.missingCase.missing}</Text>
        </>
      )}
      <View className='btn-row'>
        <View
          id='go-status'
          className='btn btn--primary'
          {...asButton()}
          onClick={() => replacePage(routes.status)}
        >
          {ui.missingCase.checkAgain}
        </View>
        <View id='go-home' className='btn' {...asButton()} onClick={() => openPage(routes.home)}>
          {ui.missingCase.home}
        </View>
      </View>
    </View>
  )
}
