import { useState } from 'react'
import {
  checklistSummary,
  detailFields,
  detailTexts,
  parseReportDetails,
  type DetailErrors,
  type DetailField,
  type DetailTexts,
  type ReportDetails,
  type SummaryContext,
} from '../domain'
import { actionMessages as m } from '../content/messages'
import { formatDateTime } from '../format/time'
import { toast } from '../platform/feedback'
import { copyText } from '../platform/phone'
import type { Store } from '../storage'

export type { SummaryContext }

interface Options {
  store: Store
  scope: string
  /** What is saved for the scope now (read once per show). */
  saved: ReportDetails
  /** Called after a successful write so the page re-reads storage. */
  onSaved: () => void
  context: SummaryContext
}

/**
 * The details form and the summary built from it. The fields are stored only on the phone
 * (store.reportDetails, per case or scenario) and validated by the domain's parseReportDetails.
 */
export function useReportDetails({ store, scope, saved, onSaved, context }: Options) {
  const [texts, setTexts] = useState<DetailTexts>(() => detailTexts(saved))
  const [errors, setErrors] = useState<DetailErrors>({})
  const [generatedAt, setGeneratedAt] = useState<number | undefined>(undefined)
  const [formScope, setFormScope] = useState(scope)

  // Another case or scenario was picked: start from what is saved for it (React's "adjust state
  // when a prop changes" pattern, so no stale field flashes for a frame).
  if (formScope !== scope) {
    setFormScope(scope)
    setTexts(detailTexts(saved))
    setErrors({})
    setGeneratedAt(undefined)
  }

  const setField = (field: DetailField, value: string) => {
    setTexts((prev) => ({ ...prev, [field]: value }))
    if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }))
  }

  /** Validates and stores; answers the saved details, or undefined with the errors shown. */
  const save = (): ReportDetails | undefined => {
    const parsed = parseReportDetails(texts)
    if (!parsed.ok) {
      const next: DetailErrors = {}
      for (const e of parsed.errors) {
        const key = (detailFields as string[]).includes(e.field) ? (e.field as DetailField) : 'form'
        next[key] = next[key] ?? e.message
      }
      setErrors(next)
      return undefined
    }
    const written = store.reportDetails.set(scope, parsed.value)
    if (!written.ok) {
      setErrors({ form: written.error })
      return undefined
    }
    setErrors({})
    setTexts(detailTexts(parsed.value))
    onSaved()
    return parsed.value
  }

  const saveWithFeedback = () => {
    if (save()) toast(m.detailsSaved, 'success')
  }

  const generate = () => {
    if (save()) setGeneratedAt(Date.now())
    else setErrors((prev) => ({ ...prev, form: prev.form ?? m.detailsFixFirst }))
  }

  // Rebuilt from what is saved on every render (a few dozen lines of text), so a tick or a saved
  // field after generating shows up at once; the generation time stays the tap's.
  const summary =
    generatedAt === undefined
      ? undefined
      : checklistSummary(saved, context, generatedAt, formatDateTime)

  const copySummary = () => {
    if (summary) copyText(summary, m.copiedReport)
  }

  return {
    texts,
    errors,
    setField,
    save,
    saveWithFeedback,
    generate,
    summary,
    copySummary,
  }
}
