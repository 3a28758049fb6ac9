import { Input, Text, View } from '@tarojs/components'
import type { ArrivalSetting, RecipientState, TransferCause, TransferMethod } from '../../domain'
import { QUICK_TIMES, asksAcceptedAt, recipientAllowed } from '../../domain/status-form'
import type { StatusForm as Form } from '../../hooks/use-status-form'
import { FieldChips, type ChipOption } from '../field-chips'
import { FieldDateTime } from '../field-datetime'
import { FieldRow } from '../field-row'
import { TapPath } from '../tap-path'
import { SourceNote } from '../source-note'
import { asButton } from '../../platform/a11y'
import './status-form.scss'

const methods: ChipOption<TransferMethod>[] = [
  { value: 'chat', label: '聊天转账' },
  { value: 'phone', label: '手机号转账' },
]
const arrivals: ChipOption<ArrivalSetting>[] = [
  { value: 'instant', label: '实时到账' },
  { value: 'delay2h', label: '2小时到账' },
  { value: 'delay24h', label: '24小时到账' },
]
const recipients: ChipOption<RecipientState>[] = [
  { value: 'pending', label: '待对方确认收款' },
  { value: 'accepted', label: '已收款' },
  { value: 'returned', label: '已退还' },
  { value: 'unknown', label: '不清楚' },
]
const causes: ChipOption<TransferCause>[] = [
  { value: 'mistaken', label: '转错人' },
  { value: 'fraud', label: '被骗' },
  { value: 'minor', label: '孩子误操作' },
  { value: 'account-stolen', label: '账号被盗' },
  { value: 'other', label: '其他' },
]
const abroad: ChipOption<'no' | 'yes'>[] = [
  { value: 'no', label: '否' },
  { value: 'yes', label: '是' },
]

/** The acceptance time is optional and rarely known by heart: only "刚刚" as a shortcut. */
const ACCEPTED_QUICK = QUICK_TIMES.filter((q) => q.id === 'now')

// FACTS D1: the setting's path, current and older WeChat versions.
const ARRIVAL_PATH = ['我', '服务', '右上角 ···', '支付设置', '转账到账时间']
const ARRIVAL_PATH_OLD = ['我', '支付', '右上角 ···', '支付管理', '转账到账时间']

interface Props {
  form: Form
}

/** The seven questions of the status check, each with the hint that helps answer it. */
export function StatusForm({ form }: Props) {
  const { values: v, errors, update } = form
  const shownRecipients = recipients.filter((r) => recipientAllowed(v.method, r.value))
  let n = 0
  const next = () => ++n

  return (
    <View className='status-form'>
      <FieldRow
        name='method'
        index={next()}
        label='钱是怎么转出去的？'
        hint='在和对方的聊天窗口里发出的转账是“聊天转账”；输入对方手机号转出的是“手机号转账”。'
        error={errors.method}
      >
        <FieldChips
          idPrefix='method'
          options={methods}
          selected={v.method}
          onSelect={(method) => update({ method })}
        />
      </FieldRow>

      <FieldRow
        name='sent'
        index={next()}
        label='什么时候转的？'
        hint='准确时间在 我 → 服务 → 钱包 → 账单 里：点开这笔转账就能看到，请按它选日期和时间。一时查不到，先点下面最接近的一项，之后再改。'
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
        label='转了多少钱？'
        hint='单位是元，例如 500 或 12.50。'
        error={errors.amount}
      >
        <View className='status-form__amount'>
          <Text className='status-form__currency'>¥</Text>
          <Input
            id='amount'
            className='status-form__input'
            type='digit'
            value={v.amountText}
            placeholder='输入金额'
            maxlength={20}
            onInput={(e) => update({ amountText: e.detail.value })}
          />
          <Text className='status-form__unit'>元</Text>
        </View>
      </FieldRow>

      <FieldRow
        name='arrival'
        index={next()}
        label='你的“转账到账时间”设置是？'
        hint='这是账户里的固定设置，不是每笔转账单独选的。没有改过的话就是“实时到账”。'
        error={errors.arrival}
      >
        <FieldChips
          idPrefix='arrival'
          options={arrivals}
          selected={v.arrival}
          onSelect={(arrival) => update({ arrival })}
        />
        <Text className='status-form__path-title'>在哪里看：</Text>
        <TapPath id='arrival-path' steps={ARRIVAL_PATH} />
        <Text className='status-form__path-title'>旧版微信：</Text>
        <TapPath steps={ARRIVAL_PATH_OLD} />
        <SourceNote sourceIds={['D1']} />
      </FieldRow>

      <FieldRow
        name='recipient'
        index={next()}
        label='这笔转账现在显示什么？'
        hint={
          v.method === 'phone'
            ? '看 账单 里这笔转账的状态。'
            : '看聊天里的转账消息，或 账单 里这笔转账的状态。显示“资金将在2小时后存入对方零钱”（或24小时）的，选“已收款”。'
        }
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
            <Text className='body-text'>
              手机号转账没有“待对方确认收款”这一步：钱直接进入对方零钱，设置了延时到账的，到时间后进入。
            </Text>
            <SourceNote sourceIds={['T5']} />
          </View>
        )}
        {v.method !== 'phone' && <SourceNote sourceIds={['D2']} />}
      </FieldRow>

      {asksAcceptedAt(v) && (
        <FieldRow
          name='accepted'
          index={next()}
          label='对方是什么时候收款的？'
          hint='延时从对方收款时开始算，准确时间看账单里这笔转账的详情。不知道可以不填：会按“最早在转账时收款、最晚在现在收款”推算，告诉你最早和最晚的到账时间。'
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
        label='发生了什么？'
        hint='选最接近的一项，下面的建议会按它排先后。'
        error={errors.cause}
      >
        <FieldChips
          idPrefix='cause'
          options={causes}
          selected={v.cause}
          onSelect={(cause) => update({ cause })}
        />
      </FieldRow>

      <FieldRow
        name='abroad'
        index={next()}
        label='对方在境外吗？'
        hint='对方的账户或人在境外（包括对方自称在境外）。不确定可以不选。'
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
          你改了上面的信息，请再点一次“查看结果”。
        </Text>
      )}
      <View id='submit-status' className='btn btn--primary' {...asButton()} onClick={form.submit}>
        <Text>查看结果</Text>
      </View>
    </View>
  )
}
