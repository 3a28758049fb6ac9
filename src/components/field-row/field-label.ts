import { createContext, useContext } from 'react'

/** The question a FieldRow asks, so the control inside can name its group after it. */
export const FieldLabelContext = createContext('')

export const useFieldLabel = () => useContext(FieldLabelContext)
