import { useCallback, useMemo } from 'react'
import { useRouter } from '@tarojs/taro'
import type { TransferCase } from '../domain'
import { isScope, type StoredCase } from '../storage'
import { useStored } from './use-stored'
import { phrases } from '../content/phrases'

/** The `id` query of the page, or undefined when it is missing or could not be a case id. */
export function useCaseIdQuery(): string | undefined {
  const router = useRouter()
  const raw = router && router.params ? router.params.id : undefined
  return useMemo(() => validCaseId(raw), [raw])
}

export function validCaseId(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  let id = raw
  try {
    id = decodeURIComponent(raw)
  } catch {
    return undefined
  }
  // The store's own id shape: anything else in a query is not one of ours.
  return isScope(id) ? id : undefined
}

export interface CaseHandle {
  /** Undefined when there is no id, or no (readable) case with it: deleted, or a stale link. */
  stored: StoredCase | undefined
  /** Storage threw while reading: the case may well be there; nothing was deleted. */
  readFailed: boolean
  /** Saves a changed transfer for this case; resolves to a Chinese error, or undefined on success. */
  saveTransfer: (transfer: TransferCase) => string | undefined
}

/**
 * One saved case, read once per page show and never per tick. The countdown derives
 * everything from the stored absolute times, so a page reopened after WeChat killed the app shows
 * the right figures at once; no timer state is stored.
 */
export function useCase(id: string | undefined): CaseHandle {
  const {
    value: read,
    store,
    reload,
  } = useStored((s) => {
    const stored = id ? s.cases.get(id) : undefined
    return { stored, readFailed: !stored && s.cases.readFailed() }
  })
  const value = read.stored

  const saveTransfer = useCallback(
    (transfer: TransferCase) => {
      if (!value) return phrases.caseMissing
      const res = store.cases.save({ id: value.id, label: value.label, transfer })
      if (!res.ok) return res.error
      reload()
      return undefined
    },
    // store is the app's one shared store; reload only reads through it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [value],
  )
  return { stored: value, readFailed: read.readFailed, saveTransfer }
}
