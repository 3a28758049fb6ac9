import { useEffect, useMemo, useState } from 'react'
import {
  checkScamSigns,
  paidFromQuery,
  scamSigns,
  type ScamCheckResult,
  type ScamSignId,
} from '../domain'
import type { YesNoAnswer } from '../components/yes-no-question'
import { useLargeTextSetter } from './use-large-text'
import { usePageQuery } from './use-page-query'
import { scrollAfterRender, scrollPage } from '../platform/scroll'
import { useStored } from './use-stored'

/**
 * Scrolls to the selector of the latest request once React has committed it and Taro has pushed
 * that render to the view (the element may not exist before).
 */
function useScrollRequest() {
  const [request, setRequest] = useState<{ selector: string } | undefined>()
  useEffect(() => {
    if (request) scrollAfterRender(request.selector, 200)
  }, [request])
  // A new object each time, so asking twice for the same place scrolls twice.
  return (selector: string) => setRequest({ selector })
}

/**
 * The scam-sign check's state. Answers live only in memory: nothing about them is written to
 * storage or put in a share card, and leaving the page forgets them. Only 大字模式 is read from
 * (and, when the user flips it, written to) the settings. The status check opens the page with
 * `paid=yes`, which answers the first question.
 */
export function useScamCheck() {
  const query = usePageQuery()
  const { value: settings, store, reload } = useStored((s) => s.settings.get())
  const setLargeText = useLargeTextSetter(store, reload)
  const [paid, setPaid] = useState<boolean | undefined>(() => paidFromQuery(query))
  const [answers, setAnswers] = useState<Partial<Record<ScamSignId, YesNoAnswer>>>({})
  const [shown, setShown] = useState(false)
  const [paidMissing, setPaidMissing] = useState(false)
  const scrollTo = useScrollRequest()

  const yesIds = scamSigns.filter((s) => answers[s.id] === 'yes').map((s) => s.id)
  const yesKey = yesIds.join(',')
  const result: ScamCheckResult | undefined = useMemo(
    () =>
      shown && paid !== undefined
        ? checkScamSigns(yesKey ? yesKey.split(',') : [], { alreadyPaid: paid })
        : undefined,
    [shown, paid, yesKey],
  )
  const unanswered = scamSigns.filter((s) => answers[s.id] === undefined).length

  const answerPaid = (answer: YesNoAnswer) => {
    setPaid(answer === 'yes')
    setPaidMissing(false)
  }

  const answer = (id: ScamSignId, value: YesNoAnswer) =>
    setAnswers((prev) => ({ ...prev, [id]: value }))

  const showResult = () => {
    if (paid === undefined) {
      setPaidMissing(true)
      scrollTo('#question-paid')
      return
    }
    setShown(true)
    scrollTo('#scam-result')
  }

  const reset = () => {
    setAnswers({})
    setPaid(undefined)
    setShown(false)
    setPaidMissing(false)
    scrollPage({ scrollTop: 0 })
  }

  return {
    largeText: settings.largeText,
    setLargeText,
    paid,
    answers,
    unanswered,
    paidMissing,
    result,
    answerPaid,
    answer,
    showResult,
    reset,
  }
}
