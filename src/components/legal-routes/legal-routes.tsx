import { Text, View } from '@tarojs/components'
import { legalRoutes } from '../../domain'
import { SourceNote } from '../source-note'
import './legal-routes.scss'
import { legalRoutesUi as ui } from '../../content/ui-guide'

/**
 * Police report, platform complaint, civil suit and mediation side by side: the same four rows on
 * every card (when, cost, time limits, what it needs), so they compare at a glance on a narrow
 * screen. No success rates: no real source gives one (FACTS "must NOT" 4).
 */
export function LegalRouteList({ linked }: { linked: boolean }) {
  return (
    <View className='legal-routes'>
      {legalRoutes.map((route) => (
        <View key={route.id} id={`route-${route.id}`} className='card legal-routes__card'>
          <Text className='card-title'>{route.title}</Text>
          <Row label={ui.when} text={route.whenApplies} />
          <Row label={ui.cost} text={route.cost} />
          <Row label={ui.time} text={route.timeLimit} />
          <View className='legal-routes__row'>
            <Text className='legal-routes__label'>{ui.needs}</Text>
            <View className='legal-routes__value'>
              {route.needs.map((need) => (
                <Text key={need} className='legal-routes__need'>
                  · {need}
                </Text>
              ))}
            </View>
          </View>
          {route.notes?.map((note) => (
            <Text key={note} className='legal-routes__note'>
              {note}
            </Text>
          ))}
          <SourceNote sourceIds={route.sourceIds} linked={linked} />
        </View>
      ))}
    </View>
  )
}

function Row({ label, text }: { label: string; text: string }) {
  return (
    <View className='legal-routes__row'>
      <Text className='legal-routes__label'>{label}</Text>
      <Text className='legal-routes__value'>{text}</Text>
    </View>
  )
}
