import { useCallback, useState } from 'react'
import { calendarEntryFor, type Deadline, type TransferCase } from '../domain'
import type { CalendarNotes } from '../components/deadline-list'
import { addToPhoneCalendar } from '../platform/calendar'
import { calendarMessages } from '../content/messages'

export type { CalendarNotes }

/**
 * "添加到手机日历" for the deadlines of one case. Reminder texts come from calendarEntryFor (no
 * amount, name or ID reaches the system calendar); the outcome stays under the button.
 */
export function useCalendar(transfer: TransferCase) {
  const [notes, setNotes] = useState<CalendarNotes>({})
  const add = useCallback(
    async (d: Deadline) => {
      const entry = calendarEntryFor(transfer, d, Date.now())
      if (!entry) return
      const outcome = await addToPhoneCalendar(entry)
      if (outcome === 'cancelled') return
      setNotes((prev) => ({
        ...prev,
        [d.kind]: outcome === 'added' ? calendarMessages.addedNote : calendarMessages[outcome],
      }))
    },
    [transfer],
  )
  return { add, notes }
}
