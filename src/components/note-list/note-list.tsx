import { memo } from 'react'
import { Text, View } from '@tarojs/components'
import type { Note } from '../../domain'
import { SourceNote } from '../source-note'
import { ui } from '../../content/ui-case'

interface Props {
  notes: readonly Note[]
}

/** The note that says what cannot be done (no self-service recall, FACTS T2). */
const CANNOT = 'no-self-recall'

/**
 * The assessment's notes: "做不到的" (no recall button) first, then "还要知道的" (the rest, the
 * hedge for medium-confidence facts last and in a calmer colour). Used by the status result and
 * the countdown alike.
 */
export const NoteList = memo(function NoteList({ notes }: Props) {
  const cannot = notes.filter((n) => n.id === CANNOT)
  const others = notes.filter((n) => n.id !== CANNOT)
  return (
    <View className='note-list'>
      {cannot.length > 0 && <Text className='section-title'>{ui.notes.cannot}</Text>}
      {cannot.map((note) => (
        <View key={note.id} id={`note-${note.id}`} className='card card--danger'>
          <Text className='body-text'>{note.text}</Text>
          <SourceNote sourceIds={note.sourceIds} />
        </View>
      ))}
      {others.length > 0 && <Text className='section-title'>{ui.notes.others}</Text>}
      {others.map((note) => (
        <View
          key={note.id}
          id={`note-${note.id}`}
          className={`card ${note.id === 'hedge' ? 'card--info' : 'card--warn'}`}
        >
          <Text className='body-text'>{note.text}</Text>
          <SourceNote sourceIds={note.sourceIds} />
        </View>
      ))}
    </View>
  )
})
