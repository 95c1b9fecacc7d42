import { getCollectionProps, getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FieldErrors, FormError, TextField } from '~/components/form'
import { ACCESS_VALUES, answerSchema, FOOD_FIELDS, publicAnswerSchema } from '~/domain/rsvps/schema'

export type AnswerDefaults = {
  answer?: 'yes' | 'maybe' | 'no'
  partySize?: number
  halal?: number
  kosher?: number
  vegetarian?: number
  vegan?: number
  noAlcohol?: number
  access?: string[]
  interpretation?: string
  note?: string
}

/**
 * The answer form of the personal link, the member page and the public form: answer, party size,
 * needs (each optional, with why we ask), and for the public form name, address and a honeypot.
 */
export function AnswerForm({
  lastResult,
  defaults,
  maxPartySize,
  onlyNo,
  identity = false,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaults: AnswerDefaults
  maxPartySize: number
  onlyNo: boolean
  identity?: boolean
}) {
  const { t } = useTranslation()
  const schema = identity ? publicAnswerSchema(maxPartySize) : answerSchema(maxPartySize)
  const [form, fields] = useForm({
    id: 'answer-form',
    lastResult,
    defaultValue: { ...defaults, partySize: String(defaults.partySize ?? 1) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const answers = onlyNo ? (['no'] as const) : (['yes', 'maybe', 'no'] as const)
  const number = (field: (typeof fields)['partySize'], label: string, max: number, min = 0) => {
    const { key, ...props } = getInputProps(field, { type: 'number' })
    return (
      <div className="field number-field">
        <label htmlFor={field.id}>{label}</label>
        <input key={key} {...props} min={min} max={max} inputMode="numeric" aria-describedby={field.errors?.length ? field.errorId : undefined} />
        <FieldErrors id={field.errorId} errors={field.errors} />
      </div>
    )
  }
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormError id={form.errorId} errors={form.errors} />
      {identity ? (
        <>
          <TextField field={fields.name as never} label={t('rsvps.form.name')} autoComplete="name" />
          <TextField field={fields.email as never} label={t('rsvps.form.email')} type="email" autoComplete="email" hint={t('rsvps.form.email_hint')} />
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="answer-website">Website</label>
            <input id="answer-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
        </>
      ) : null}
      <fieldset className="choices" aria-describedby={fields.answer.errors?.length ? fields.answer.errorId : undefined}>
        <legend>{t('rsvps.form.answer')}</legend>
        {getCollectionProps(fields.answer, { type: 'radio', options: [...answers] }).map(({ key, ...props }) => (
          <label className="choice" key={key}>
            <input {...props} />
            {t(`rsvps.answers.${props.value as 'yes' | 'maybe' | 'no'}`)}
          </label>
        ))}
        <FieldErrors id={fields.answer.errorId} errors={fields.answer.errors} />
      </fieldset>
      {onlyNo ? null : (
        <>
          {number(fields.partySize, t('rsvps.form.party_size', { max: maxPartySize }), maxPartySize, 1)}
          <fieldset className="choices">
            <legend>{t('rsvps.form.needs')}</legend>
            <p className="hint">{t('rsvps.form.needs_why')}</p>
            <p className="hint">{t('rsvps.form.food_hint')}</p>
            <div className="counts">
              {FOOD_FIELDS.map((name) => (
                <div key={name}>{number(fields[name] as never, t(`rsvps.food.${name}`), maxPartySize)}</div>
              ))}
            </div>
            <div role="group" aria-labelledby="access-label">
              <p id="access-label" className="hint">
                {t('rsvps.form.access')}
              </p>
              {getCollectionProps(fields.access, { type: 'checkbox', options: [...ACCESS_VALUES] }).map(({ key, ...props }) => (
                <label className="choice" key={key}>
                  <input {...props} />
                  {t(`rsvps.access.${props.value as (typeof ACCESS_VALUES)[number]}`)}
                </label>
              ))}
              <FieldErrors id={fields.access.errorId} errors={[...new Set(Object.values(fields.access.allErrors).flat())]} />
            </div>
            <TextField field={fields.interpretation as never} label={t('rsvps.form.interpretation')} hint={t('rsvps.form.interpretation_hint')} />
            <div className="field">
              <label htmlFor={fields.note.id}>{t('rsvps.form.note')}</label>
              <p id={`${fields.note.id}-hint`} className="hint">
                {t('rsvps.form.note_hint')}
              </p>
              {(() => {
                const { key, ...props } = getTextareaProps(fields.note)
                return (
                  <textarea
                    key={key}
                    {...props}
                    rows={3}
                    maxLength={600}
                    aria-describedby={[`${fields.note.id}-hint`, fields.note.errors?.length ? fields.note.errorId : ''].filter(Boolean).join(' ')}
                  />
                )
              })()}
              <FieldErrors id={fields.note.errorId} errors={fields.note.errors} />
            </div>
            <p className="hint">{t('rsvps.form.retention')}</p>
          </fieldset>
        </>
      )}
      <button type="submit" className="button">
        {t('rsvps.form.submit')}
      </button>
    </Form>
  )
}

/** The answer part of an answer page: a cancelled event says so; otherwise the form, with a note once the deadline has passed. */
export function AnswerSection({
  cancelled,
  changing,
  deadlinePassed,
  ...form
}: { cancelled: boolean; changing: boolean; deadlinePassed: boolean } & Parameters<typeof AnswerForm>[0]) {
  const { t } = useTranslation()
  if (cancelled) {
    return (
      <div className="notice warning" role="status">
        {t('errors.rsvps.event_cancelled')}
      </div>
    )
  }
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading">{changing ? t('rsvps.page.change') : t('rsvps.page.answer')}</h2>
      {deadlinePassed ? <div className="notice warning">{t('rsvps.page.deadline_passed')}</div> : null}
      <AnswerForm {...form} />
    </section>
  )
}
