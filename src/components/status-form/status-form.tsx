import { Input, Text, View } from '@tarojs/components'
import {
  arrivalLabels,
  causeLabels,
  methodLabels,
  recipientLabels,
  yesNoLabels,
} from '../../content/labels'
import {
  alipayNote,
  otherMethodNote,
  phoneNoPendingNote,
  statusQuestions,
} from '../../content/status-questions'
import { tapPaths } from '../../content/tap-paths'
import {
  ARRIVAL_SETTINGS,
  QUICK_TIMES,
  RECIPIENT_STATES,
  TRANSFER_CAUSES,
  TRANSFER_METHODS,
  asksAcceptedAt,
  asksTransferState,
  recipientAllowed,
  type ArrivalSetting,
  type RecipientState,
  type StatusFormValues,
  type TransferCause,
  type TransferMethod,
} from '../../domain'
import { FieldChips, type ChipOption } from '../field-chips'
import { FieldDateTime } from '../field-datetime'
import { FieldRow } from '../field-row'
import { TapPath } from '../tap-path'
import { SourceNote } from '../source-note'
import { asButton, fieldName } from '../../platform/a11y'
import './status-form.scss'
import { ui } from '../../content/ui-case'
import { fill } from '../../content/fill'

/** Chips in the order given, labelled from content/labels. */
function chips<T extends string>(labels: Readonly<Record<T, string>>, order: readonly T[]) {
  return order.map((value): ChipOption<T> => ({ value, label: labels[value] }))
}

const methods = chips<TransferMethod>(methodLabels, TRANSFER_METHODS)
const arrivals = chips<ArrivalSetting>(arrivalLabels, ARRIVAL_SETTINGS)
const recipients = chips<RecipientState>(recipientLabels, RECIPIENT_STATES)
const causes = chips<TransferCause>(causeLabels, TRANSFER_CAUSES)

/** The acceptance time is optional and rarely known by heart: only "刚刚" as a shortcut. */
const ACCEPTED_QUICK = QUICK_TIMES.filter((q) => q.id === 'now')

const abroad = chips<'no' | 'yes'>(yesNoLabels, ['no', 'yes'])

/** What the form needs from its owner (the status page's useStatusForm). */
export interface StatusFormModel {
  values: StatusFormValues
  /** Messages by row name. */
  errors: Record<string, string>
  /** Latest date the pickers offer (YYYY-MM-DD). */
  today: string
  changedAfterResult: boolean
  update: (patch: Partial<StatusFormValues>) => void
  setAgo: (which: 'sent' | 'accepted', agoMs: number) => void
  submit: () => void
}

interface Props {
  form: StatusFormModel
}

/**
 * The questions of the status check, each with the hint that helps answer it. A payment the app
 * cannot follow (扫码付款、红包或其他) skips the arrival and recipient questions.
 */
export function StatusForm({ form }: Props) {
  const { values: v, errors, update } = form
  const shownRecipients = recipients.filter((r) => recipientAllowed(v.method, r.value))
  const recipientQuestion =
    v.method === 'phone' ? statusQuestions.recipientPhone : statusQuestions.recipient
  let n = 0
  const next = () => ++n

  return (
    <View className='status-form'>
      <FieldRow
        name='method'
        index={next()}
        label={statusQuestions.method.label}
        hint={statusQuestions.method.hint}
        error={errors.method}
      >
        <FieldChips
          idPrefix='method'
          options={methods}
          selected={v.method}
          onSelect={(method) => update({ method })}
        />
        {v.method === 'other' && (
          <View id='other-method-note' className='status-form__note'>
            <Text className='body-text'>{otherMethodNote.text}</Text>
            <SourceNote sourceIds={otherMethodNote.sourceIds} />
          </View>
        )}
        <View id='alipay-note' className='status-form__note'>
          <Text className='hint'>{alipayNote.text}</Text>
          <SourceNote sourceIds={alipayNote.sourceIds} />
        </View>
      </FieldRow>

      <FieldRow
        name='sent'
        index={next()}
        label={statusQuestions.sent.label}
        hint={statusQuestions.sent.hint}
        error={errors.sent}
      >
        <FieldDateTime
          idPrefix='sent'
          date={v.sentDate}
          time={v.sentTime}
          maxDate={form.today}
          onDate={(sentDate) => update({ sentDate })}
          onTime={(sentTime) => update({ sentTime })}
          quick={QUICK_TIMES}
          onQuick={(agoMs) => form.setAgo('sent', agoMs)}
        />
      </FieldRow>

      <FieldRow
        name='amount'
        index={next()}
        label={statusQuestions.amount.label}
        hint={statusQuestions.amount.hint}
        error={errors.amount}
      >
        <View className='status-form__amount'>
          <Text className='status-form__currency'>¥</Text>
          <Input
            id='amount'
            className='status-form__input'
            type='digit'
            value={v.amountText}
            placeholder={ui.statusForm.amountPlaceholder}
            {...fieldName(
              fill(ui.statusForm.amountName, { question: statusQuestions.amount.label }),
            )}
            maxlength={20}
            onInput={(e) => update({ amountText: e.detail.value })}
          />
          <Text className='status-form__unit'>{ui.statusForm.yuan}</Text>
        </View>
      </FieldRow>

      {asksTransferState(v) && (
        <>
          <FieldRow
            name='arrival'
            index={next()}
            label={statusQuestions.arrival.label}
            hint={statusQuestions.arrival.hint}
            error={errors.arrival}
          >
            <FieldChips
              idPrefix='arrival'
              options={arrivals}
              selected={v.arrival}
              onSelect={(arrival) => update({ arrival })}
            />
            <Text className='status-form__path-title'>{ui.statusForm.pathWhere}</Text>
            <TapPath id='arrival-path' steps={tapPaths.arrivalSetting.steps} />
            <Text className='status-form__path-title'>{ui.statusForm.pathOlder}</Text>
            <TapPath steps={tapPaths.arrivalSetting.older} />
            <SourceNote sourceIds={statusQuestions.arrival.sourceIds} />
          </FieldRow>

          <FieldRow
            name='recipient'
            index={next()}
            label={recipientQuestion.label}
            hint={recipientQuestion.hint}
            error={errors.recipient}
          >
            <FieldChips
              idPrefix='recipient'
              options={shownRecipients}
              selected={v.recipient}
              onSelect={(recipient) => update({ recipient })}
            />
            {v.method === 'phone' && (
              <View id='phone-no-pending' className='status-form__note'>
                <Text className='body-text'>{phoneNoPendingNote}</Text>
                <SourceNote sourceIds={['T5']} />
              </View>
            )}
            {v.method !== 'phone' && <SourceNote sourceIds={['D2']} />}
          </FieldRow>
        </>
      )}

      {asksAcceptedAt(v) && (
        <FieldRow
          name='accepted'
          index={next()}
          label={statusQuestions.accepted.label}
          hint={statusQuestions.accepted.hint}
          error={errors.accepted}
          optional
        >
          <FieldDateTime
            idPrefix='accepted'
            date={v.acceptedDate}
            time={v.acceptedTime}
            maxDate={form.today}
            onDate={(acceptedDate) => update({ acceptedDate })}
            onTime={(acceptedTime) => update({ acceptedTime })}
            quick={ACCEPTED_QUICK}
            onQuick={(agoMs) => form.setAgo('accepted', agoMs)}
            onClear={() => update({ acceptedDate: '', acceptedTime: '' })}
          />
        </FieldRow>
      )}

      <FieldRow
        name='cause'
        index={next()}
        label={statusQuestions.cause.label}
        hint={statusQuestions.cause.hint}
        error={errors.cause}
      >
        <FieldChips
          idPrefix='cause'
          options={causes}
          selected={v.cause}
          onSelect={(cause) => update({ cause })}
        />
        <SourceNote sourceIds={statusQuestions.cause.sourceIds} />
      </FieldRow>

      <FieldRow
        name='abroad'
        index={next()}
        label={statusQuestions.crossBorder.label}
        hint={statusQuestions.crossBorder.hint}
        error={errors.abroad}
        optional
      >
        <FieldChips
          idPrefix='abroad'
          options={abroad}
          selected={v.crossBorder === undefined ? undefined : v.crossBorder ? 'yes' : 'no'}
          onSelect={(x) => update({ crossBorder: x === 'yes' })}
        />
      </FieldRow>

      {errors.form && (
        <Text id='error-form' className='error-text'>
          {errors.form}
        </Text>
      )}
      {form.changedAfterResult && (
        <Text id='changed-hint' className='hint'>
          {ui.statusForm.changed}
        </Text>
      )}
      <View id='submit-status' className='btn btn--primary' {...asButton()} onClick={form.submit}>
        <Text>{ui.statusForm.submit}</Text>
      </View>
    </View>
  )
}
