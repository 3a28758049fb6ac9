import { PropsWithChildren, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { asDisclosure } from '../../platform/a11y'
import './fold-section.scss'
import { ui } from '../../content/ui-case'

interface Props {
  /** The head gets `<id>-toggle`, the section `<id>`. */
  id: string
  title: string
  /** Says what is inside while folded ("3 条"). */
  summary?: string
  defaultOpen?: boolean
}

/**
 * A section of a long page folded to its title: the content is drawn (and sent to the view) only
 * once the user opens it, so the first screen stays short and the first render light.
 */
export function FoldSection({
  id,
  title,
  summary,
  defaultOpen = false,
  children,
}: PropsWithChildren<Props>) {
  const [open, setOpen] = useState(defaultOpen)
  return (
    <View id={id} className={`fold-section ${open ? 'fold-section--open' : ''}`}>
      <View
        id={`${id}-toggle`}
        className='fold-section__head'
        {...asDisclosure(undefined, open)}
        onClick={() => setOpen((v) => !v)}
      >
        <Text className='fold-section__title'>{title}</Text>
        {summary && <Text className='fold-section__summary'>{summary}</Text>}
        <Text className='fold-section__arrow'>{open ? ui.fold.close : ui.fold.open}</Text>
      </View>
      {open && children}
    </View>
  )
}
