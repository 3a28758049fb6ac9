import { useEffect, useRef, useState } from 'react'
import {
  changeStatusForm,
  errorsByField,
  initialStatusForm,
  localDateString,
  quickTimeValues,
  submitStatusForm,
  type StatusFormValues,
  type TransferCase,
} from '../domain'
import { toast } from '../platform/feedback'
import { scrollAfterRender } from '../platform/scroll'
import { replacePage, routes } from '../platform/navigation'
import type { Store } from '../storage'
import { actionMessages } from '../content/messages'

/** The rules' field names → the form's row names (ids `field-<row>` / `error-<row>`). */
export const ROW_OF_FIELD: Readonly<Record<string, string>> = {
  method: 'method',
  sentAt: 'sent',
  amountFen: 'amount',
  arrival: 'arrival',
  recipient: 'recipient',
  acceptedAt: 'accepted',
  cause: 'cause',
  crossBorder: 'abroad',
  '': 'form',
}

/** Which rule field a form value feeds, so changing it clears that field's error. */
const FIELD_OF_VALUE: Readonly<Record<keyof StatusFormValues, string>> = {
  method: 'method',
  sentDate: 'sentAt',
  sentTime: 'sentAt',
  amountText: 'amountFen',
  arrival: 'arrival',
  recipient: 'recipient',
  acceptedDate: 'acceptedAt',
  acceptedTime: 'acceptedAt',
  cause: 'cause',
  crossBorder: 'crossBorder',
  sentEstimated: 'sentAt',
}

const ROW_ORDER = [
  'method',
  'sent',
  'amount',
  'arrival',
  'recipient',
  'accepted',
  'cause',
  'abroad',
]

export type StatusForm = ReturnType<typeof useStatusForm>

/**
 * The status check: the form's raw answers, errors by row, and the checked case once submitted.
 * Nothing the user typed is ever cleared by an error; the only answer a change can undo is
 * 待对方确认收款 when switching to 手机号转账 (which has no accept step, T5), and the row says so.
 */
export function useStatusForm(store: Store) {
  const [values, setValues] = useState<StatusFormValues>(() => initialStatusForm())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [result, setResult] = useState<TransferCase | undefined>()
  const [changedAfterResult, setChangedAfterResult] = useState(false)
  const [saveError, setSaveError] = useState<string | undefined>()
  const [scrollTarget, setScrollTarget] = useState<{ selector: string } | undefined>()
  // Refs, not state: two taps in one frame must see the first one's effect.
  const current = useRef(values)
  current.current = values
  const savedId = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (!scrollTarget) return
    // After Taro has pushed the new render to the view, or the target is not there yet.
    scrollAfterRender(scrollTarget.selector)
  }, [scrollTarget])

  const update = (patch: Partial<StatusFormValues>) => {
    const change = changeStatusForm(current.current, patch)
    current.current = change.values
    setValues(change.values)
    setErrors((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch) as (keyof StatusFormValues)[]) {
        delete next[ROW_OF_FIELD[FIELD_OF_VALUE[key]]]
      }
      delete next.form
      for (const e of change.errors) next[ROW_OF_FIELD[e.field] ?? 'form'] = e.message
      return next
    })
    if (result) {
      setResult(undefined)
      setChangedAfterResult(true)
    }
    setSaveError(undefined)
    savedId.current = undefined
  }

  /** A quick answer ("刚刚", "10 分钟前", ...): the pickers then show the time it stands for. */
  const setAgo = (which: 'sent' | 'accepted', agoMs: number) => {
    const { date, time } = quickTimeValues(Date.now(), agoMs)
    if (which === 'sent') update({ sentDate: date, sentTime: time, sentEstimated: true })
    else update({ acceptedDate: date, acceptedTime: time })
  }

  const submit = () => {
    const checked = submitStatusForm(current.current, Date.now())
    setChangedAfterResult(false)
    setSaveError(undefined)
    if (checked.ok) {
      setErrors({})
      setResult(checked.value)
      setScrollTarget({ selector: '#stage-result' })
      return
    }
    const byRow: Record<string, string> = {}
    for (const [field, message] of Object.entries(errorsByField(checked.errors))) {
      byRow[ROW_OF_FIELD[field] ?? 'form'] = message
    }
    setErrors(byRow)
    setResult(undefined)
    const first = ROW_ORDER.find((row) => row in byRow)
    setScrollTarget({ selector: first ? `#field-${first}` : '#submit-status' })
  }

  /** Saves the checked case and replaces this page with its countdown (one flow, FACTS M8). */
  const save = () => {
    if (!result) return
    let id = savedId.current
    if (!id) {
      const saved = store.cases.save({ transfer: result })
      if (!saved.ok) {
        setSaveError(saved.error)
        return
      }
      id = savedId.current = saved.case.id
    }
    Promise.resolve(replacePage(routes.countdown, { id })).catch(() =>
      toast(actionMessages.countdownNotOpened),
    )
  }

  return {
    values,
    errors,
    result,
    changedAfterResult,
    saveError,
    /** Latest date the pickers offer: a transfer cannot happen tomorrow. */
    today: localDateString(Date.now()),
    update,
    setAgo,
    submit,
    save,
  }
}
