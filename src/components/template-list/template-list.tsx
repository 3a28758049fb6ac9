import { Text, View } from '@tarojs/components'
import {
  dontDoList,
  renderTemplate,
  templatesFor,
  type Scenario,
  type Stage,
  type TemplateFill,
} from '../../domain'
import { useAppServices } from '../app-services'
import { SourceNote } from '../source-note'
import { asButton } from '../../platform/a11y'
import './template-list.scss'
import { templateListUi as ui } from '../../content/ui-guide'

interface Props {
  scenario: Scenario
  stage?: Stage
  /** The case's amount and time, filled into the messages when there is a case. */
  fill: TemplateFill
  linked: boolean
}

/** Messages to copy (asking for the money back where that is the advice), then what not to do. */
export function TemplateList({ scenario, stage, fill, linked }: Props) {
  const { copyText } = useAppServices()
  return (
    <View className='template-list'>
      {templatesFor(scenario, stage).map((t) => {
        const body = renderTemplate(t.id, fill)
        return (
          <View key={t.id} id={`template-${t.id}`} className='card template-list__card'>
            <Text className='card-title'>{t.title}</Text>
            <Text className='hint'>{t.useWhen}</Text>
            <Text className='template-list__body' userSelect>
              {body}
            </Text>
            <View className='btn-row'>
              <View
                id={`copy-template-${t.id}`}
                className='btn btn--small'
                {...asButton()}
                onClick={() => copyText(body, ui.copied)}
              >
                {ui.copy}
              </View>
            </View>
            <SourceNote sourceIds={t.sourceIds} linked={linked} />
          </View>
        )
      })}
      <View className='card card--warn template-list__card' id='dont-do'>
        <Text className='card-title'>{ui.dontDoTitle}</Text>
        {dontDoList.map((d) => (
          <View key={d.id} className='template-list__dont'>
            <Text className='template-list__dont-text'>✕ {d.text}</Text>
            <Text className='template-list__dont-why'>{d.why}</Text>
            <SourceNote sourceIds={d.sourceIds} linked={linked} guidance={d.guidance} />
          </View>
        ))}
      </View>
    </View>
  )
}
