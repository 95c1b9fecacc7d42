import { getFormProps, getInputProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ACCESSIBILITY_OPTIONS, EVENT_KINDS, EVENT_VISIBILITIES, FOOD_OPTIONS } from '../../db/schema/values'
import { FieldErrors, FormError, SelectField, TextField } from './form'
import { EventFormSchema, type EventFormValue } from '~/domain/events/schema'
import { EVENT_LANGUAGES } from '~/domain/events/languages'
import { languageName, type Locale } from '~/utils/i18n'

export type ConflictView = {
  observanceId: string
  tradition: string
  name: { de: string; en: string }
  note: { de: string; en: string }
  start: string
  end: string
  importance: 'high' | 'medium' | 'low'
  reason: string
  affectedOrganisations: string[]
  occurrenceDates: string[]
}

type Option = { id: string; name: string }

function DateField({ field, label, type }: { field: FieldMetadata<string | undefined>; label: string; type: 'date' | 'time' }) {
  const { key, ...props } = getInputProps(field, { type })
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input key={key} {...props} aria-describedby={field.errors?.length ? field.errorId : undefined} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

function NumberField({ field, label, hint }: { field: FieldMetadata<number | undefined>; label: string; hint?: string }) {
  const { key, ...props } = getInputProps(field, { type: 'number' })
  const describedBy = [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={`${field.id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input key={key} {...props} inputMode="numeric" aria-describedby={describedBy} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

function Checkboxes({
  field,
  legend,
  options,
}: {
  field: FieldMetadata<string[] | undefined>
  legend: string
  options: { value: string; label: string }[]
}) {
  const initial = new Set(([] as unknown[]).concat(field.initialValue ?? []).map(String))
  return (
    <fieldset className="field checkboxes" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input type="checkbox" name={field.name} value={option.value} defaultChecked={initial.has(option.value)} /> {option.label}
        </label>
      ))}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  )
}

/** The observance warnings: high importance first and prominent, each with who is affected. */
export function ConflictWarnings({ conflicts, locale, confirmable }: { conflicts: ConflictView[]; locale: Locale; confirmable: boolean }) {
  const { t } = useTranslation()
  if (conflicts.length === 0) return null
  const high = conflicts.filter((c) => c.importance === 'high')
  const other = conflicts.filter((c) => c.importance !== 'high')
  const item = (c: ConflictView) => (
    <li key={c.observanceId}>
      <strong>{c.name[locale]}</strong> ({t(`observances.traditions.${c.tradition}`)}, {c.start === c.end ? c.start : `${c.start} – ${c.end}`}) –{' '}
      {t(`events.conflicts.reasons.${c.reason}`)}
      {c.affectedOrganisations.length ? <> {t('events.conflicts.affects', { names: c.affectedOrganisations.join(', ') })}</> : null}
      {c.occurrenceDates.length > 1 ? <> {t('events.conflicts.occurrences', { count: c.occurrenceDates.length })}</> : null}
      <br />
      <span className="hint">{c.note[locale]}</span>
    </li>
  )
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading" id="conflicts">
      <h2 id="conflicts-heading" className="h3">
        {t('events.conflicts.title')}
      </h2>
      {high.length ? (
        <div className="notice error" role="alert">
          <p>
            <strong>{t('events.conflicts.high')}</strong>
          </p>
          <ul>{high.map(item)}</ul>
        </div>
      ) : null}
      {other.length ? (
        <div className="notice warning">
          <p>{t('events.conflicts.other')}</p>
          <ul>{other.map(item)}</ul>
        </div>
      ) : null}
      {confirmable ? <p>{t('events.conflicts.confirm_hint')}</p> : null}
    </section>
  )
}

export function EventForm({
  lastResult,
  defaultValue,
  organisations,
  networks,
  municipalities,
  conflicts,
  locale,
  isPublished,
  moderationComment,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue: Record<string, unknown>
  organisations: Option[]
  networks: Option[]
  municipalities: Option[]
  conflicts: ConflictView[] | null
  locale: Locale
  isPublished: boolean
  moderationComment?: string | null
}) {
  const { t } = useTranslation()
  const [form, fields] = useForm<EventFormValue>({
    id: 'event-form',
    lastResult,
    defaultValue: defaultValue as never,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EventFormSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  })
  const { key: descriptionKey, ...descriptionProps } = getTextareaProps(fields.description)
  const { key: exceptionKey, ...exceptionProps } = getTextareaProps(fields.exceptionDates)
  const { key: allDayKey, ...allDayProps } = getInputProps(fields.allDay, { type: 'checkbox' })
  return (
    <Form method="post" {...getFormProps(form)} className="event-form">
      <FormError id={form.errorId} errors={form.errors} />
      {moderationComment ? (
        <div className="notice warning">
          <strong>{t('events.form.moderation_comment')}</strong> {moderationComment}
        </div>
      ) : null}

      <fieldset>
        <legend>{t('events.form.what')}</legend>
        <TextField field={fields.title} label={t('events.fields.title')} />
        <div className="field">
          <label htmlFor={fields.description.id}>{t('events.fields.description')}</label>
          <p id={`${fields.description.id}-hint`} className="hint">
            {t('events.form.description_hint')}
          </p>
          <textarea key={descriptionKey} {...descriptionProps} rows={6} aria-describedby={`${fields.description.id}-hint`} />
          <FieldErrors id={fields.description.errorId} errors={fields.description.errors} />
        </div>
        <div className="form-grid">
          <SelectField field={fields.kind} label={t('events.fields.kind')}>
            <option value="">{t('events.form.choose')}</option>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events.kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField field={fields.organisationId} label={t('events.fields.organisation')}>
            <option value="">{t('events.form.choose')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SelectField field={fields.networkId} label={t('events.fields.network')}>
            <option value="">{t('events.form.no_network')}</option>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </SelectField>
          <SelectField field={fields.visibility} label={t('events.fields.visibility')}>
            {EVENT_VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`events.visibilities.${v}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('events.form.when')}</legend>
        <div className="field checkbox">
          <label>
            <input key={allDayKey} {...allDayProps} /> {t('events.fields.all_day')}
          </label>
        </div>
        <div className="form-grid">
          <DateField field={fields.startDate} label={t('events.fields.start_date')} type="date" />
          <DateField field={fields.startTime} label={t('events.fields.start_time')} type="time" />
          <DateField field={fields.endDate} label={t('events.fields.end_date')} type="date" />
          <DateField field={fields.endTime} label={t('events.fields.end_time')} type="time" />
        </div>
        <div className="form-grid">
          <SelectField field={fields.frequency} label={t('events.fields.frequency')}>
            <option value="none">{t('events.frequencies.none')}</option>
            <option value="weekly">{t('events.frequencies.weekly')}</option>
            <option value="monthly">{t('events.frequencies.monthly')}</option>
          </SelectField>
          <SelectField field={fields.weekOfMonth as FieldMetadata<string | undefined>} label={t('events.fields.week_of_month')}>
            <option value="">{t('events.form.same_week')}</option>
            <option value="1">{t('events.weeks.1')}</option>
            <option value="2">{t('events.weeks.2')}</option>
            <option value="3">{t('events.weeks.3')}</option>
            <option value="4">{t('events.weeks.4')}</option>
            <option value="-1">{t('events.weeks.last')}</option>
          </SelectField>
          <DateField field={fields.until} label={t('events.fields.until')} type="date" />
          <NumberField field={fields.count} label={t('events.fields.count')} hint={t('events.form.count_hint')} />
        </div>
        <div className="field">
          <label htmlFor={fields.exceptionDates.id}>{t('events.fields.exception_dates')}</label>
          <p id={`${fields.exceptionDates.id}-hint`} className="hint">
            {t('events.form.exception_dates_hint')}
          </p>
          <textarea key={exceptionKey} {...exceptionProps} rows={2} aria-describedby={`${fields.exceptionDates.id}-hint`} />
          <FieldErrors id={fields.exceptionDates.errorId} errors={fields.exceptionDates.errors} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('events.form.where')}</legend>
        <div className="form-grid">
          <TextField field={fields.venueName} label={t('events.fields.venue_name')} />
          <TextField field={fields.venueAddress} label={t('events.fields.venue_address')} />
          <SelectField field={fields.municipalityId} label={t('events.fields.municipality')}>
            <option value="">{t('events.form.no_municipality')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <TextField field={fields.onlineUrl} label={t('events.fields.online_url')} type="url" hint={t('events.form.url_hint')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('events.form.who')}</legend>
        <Checkboxes
          field={fields.languages}
          legend={t('events.fields.languages')}
          options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
        />
        <TextField field={fields.interpretation} label={t('events.fields.interpretation')} hint={t('events.form.interpretation_hint')} />
        <Checkboxes field={fields.food} legend={t('events.fields.food')} options={FOOD_OPTIONS.map((f) => ({ value: f, label: t(`events.food.${f}`) }))} />
        <Checkboxes
          field={fields.accessibility}
          legend={t('events.fields.accessibility')}
          options={ACCESSIBILITY_OPTIONS.map((a) => ({ value: a, label: t(`events.accessibility.${a}`) }))}
        />
        <div className="form-grid">
          <NumberField field={fields.capacity} label={t('events.fields.capacity')} hint={t('events.form.capacity_hint')} />
          <DateField field={fields.rsvpDeadline} label={t('events.fields.rsvp_deadline')} type="date" />
          <TextField field={fields.contact} label={t('events.fields.contact')} />
        </div>
      </fieldset>

      {conflicts ? <ConflictWarnings conflicts={conflicts} locale={locale} confirmable /> : null}
      {conflicts && conflicts.length > 0 ? (
        <div className="field checkbox">
          <label>
            <input type="checkbox" name="confirmConflicts" value="on" /> {t('events.conflicts.confirm')}
          </label>
        </div>
      ) : null}

      <div className="button-row">
        <button type="submit" name="intent" value="submit" className="button">
          {isPublished ? t('events.form.save_published') : t('events.form.submit')}
        </button>
        {isPublished ? null : (
          <button type="submit" name="intent" value="draft" className="button secondary">
            {t('events.form.save_draft')}
          </button>
        )}
      </div>
    </Form>
  )
}
