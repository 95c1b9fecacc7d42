import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable, FlashMessage, PageHeader } from '~/components/ui'
import { requireOrganiserOf } from '~/domain/invitations/policy.server'
import { updateRsvpSettings } from '~/domain/rsvps/mutations.server'
import { listAttendees, needsTotals, type AttendeeRow } from '~/domain/rsvps/queries.server'
import { addPersonByOrganiser } from '~/domain/rsvps/respond.server'
import { answerOrReply } from '~/domain/rsvps/form.server'
import { AddPersonSchema, SettingsSchema } from '~/domain/rsvps/schema'
import { FormError, TextField } from '~/components/form'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.attendees.title')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  return {
    event: {
      id: event.id,
      title: event.title,
      capacity: event.capacity,
      maxPartySize: event.maxPartySize,
      waitlistMode: event.waitlistMode,
      offerHours: event.offerHours,
      reminderDaysBefore: event.reminderDaysBefore,
      over: event.endsAt.getTime() <= Date.now(),
    },
    attendees: listAttendees(event),
    needs: needsTotals(event.id),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const formData = await readFormData(request)
  if (formData.get('intent') === 'add') {
    const added = parseWithZod(formData, { schema: AddPersonSchema })
    if (added.status !== 'success') return data({ form: 'add' as const, result: added.reply() }, { status: 400 })
    const outcome = answerOrReply(added, () => addPersonByOrganiser({ eventId: event.id, ...added.value, invitedById: user.id }))
    if (!outcome.ok) return data({ form: 'add' as const, result: outcome.result }, { status: outcome.status })
    return redirectWithMessage(`/events/${event.id}/attendees`, outcome.value.status === 'waitlisted' ? 'person_added_waitlisted' : 'person_added')
  }
  const submission = parseWithZod(formData, { schema: SettingsSchema })
  if (submission.status !== 'success') return data({ form: 'settings' as const, result: submission.reply() }, { status: 400 })
  runDomain(() => updateRsvpSettings({ eventId: event.id, ...submission.value, capacity: submission.value.capacity ?? null }))
  return redirectWithMessage(`/events/${event.id}/attendees`, 'rsvp_settings_saved')
}

function Group({ title, rows, showArrived }: { title: string; rows: AttendeeRow[]; showArrived: boolean }) {
  const { t } = useTranslation()
  return (
    <section aria-label={title}>
      <h3>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="hint">{t('rsvps.attendees.none')}</p>
      ) : (
        <DataTable columns={[t('rsvps.attendees.name'), t('rsvps.attendees.party'), showArrived ? t('rsvps.attendees.arrived') : null]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                {row.name}
                {row.status === 'offered' ? ` (${t('rsvps.statuses.offered')})` : ''}
              </td>
              <td>{row.partySize}</td>
              {showArrived ? <td>{row.checkedInAt ? t('rsvps.attendees.came') : '–'}</td> : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}

export default function EventAttendees() {
  const { t } = useTranslation()
  const { event, attendees, needs } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'rsvp-settings',
    lastResult: actionData?.form === 'settings' ? actionData.result : undefined,
    defaultValue: {
      capacity: event.capacity == null ? '' : String(event.capacity),
      maxPartySize: String(event.maxPartySize),
      waitlistMode: event.waitlistMode,
      offerHours: String(event.offerHours),
      reminderDaysBefore: String(event.reminderDaysBefore),
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SettingsSchema }),
    shouldValidate: 'onSubmit',
  })
  const numberField = (field: typeof fields.capacity, label: string) => {
    const { key, ...props } = getInputProps(field, { type: 'number' })
    return (
      <div className="field number-field">
        <label htmlFor={field.id}>{label}</label>
        <input key={key} {...props} aria-describedby={field.errors?.length ? field.errorId : undefined} />
        {field.errors?.length ? (
          <p id={field.errorId} className="field-error">
            {field.errors.map((e) => t(e)).join(' ')}
          </p>
        ) : null}
      </div>
    )
  }
  const [addForm, addFields] = useForm({
    id: 'add-person',
    lastResult: actionData?.form === 'add' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AddPersonSchema }),
    shouldValidate: 'onSubmit',
  })
  const { key: modeKey, ...modeProps } = getSelectProps(fields.waitlistMode)
  return (
    <div className="container">
      <FlashMessage />
      <p>
        <Link to={`/events/${event.id}`}>{event.title}</Link> · <Link to={`/events/${event.id}/invitations`}>{t('rsvps.invitations.title')}</Link>
      </p>
      <PageHeader title={t('rsvps.attendees.title')} intro={event.title} />
      <p className="button-row">
        <Link className="button" to={`/events/${event.id}/attendees/check-in`}>
          {t('rsvps.checkin.title')}
        </Link>
        <a className="button secondary" href={`/events/${event.id}/attendees.csv`} download>
          {t('rsvps.attendees.csv')}
        </a>
      </p>
      <dl className="facts">
        <dt>{t('rsvps.attendees.seats_confirmed')}</dt>
        <dd>
          {attendees.totals.confirmedSeats}
          {event.capacity != null ? ` / ${event.capacity}` : ''}
        </dd>
        <dt>{t('rsvps.attendees.seats_waitlisted')}</dt>
        <dd>{attendees.totals.waitlistedSeats}</dd>
        <dt>{t('rsvps.attendees.seats_maybe')}</dt>
        <dd>{attendees.totals.maybeSeats}</dd>
        <dt>{event.over ? t('rsvps.attendees.attendance') : t('rsvps.attendees.arrived')}</dt>
        <dd>{attendees.totals.arrived}</dd>
      </dl>

      <section className="card" aria-labelledby="needs-heading">
        <h2 id="needs-heading" className="h3">
          {t('rsvps.attendees.needs')}
        </h2>
        <p className="hint">{t('rsvps.attendees.needs_privacy')}</p>
        <ul>
          {Object.entries(needs.food)
            .filter(([, n]) => n > 0)
            .map(([key, n]) => (
              <li key={key}>
                {`${n} × ${t(`rsvps.food.${key}`)}`}
              </li>
            ))}
          {Object.entries(needs.access)
            .filter(([, n]) => n > 0)
            .map(([key, n]) => (
              <li key={key}>
                {`${n} × ${t(`rsvps.access.${key}`)}`}
              </li>
            ))}
          {needs.interpretation.map((entry) => (
            <li key={entry.language}>{t('rsvps.attendees.interpretation', { count: entry.count, language: entry.language })}</li>
          ))}
        </ul>
        {needs.notes.length > 0 ? (
          <>
            <h3>{t('rsvps.attendees.notes')}</h3>
            <ul>
              {needs.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <h2>{t('rsvps.attendees.answers')}</h2>
      <Group title={t('rsvps.statuses.confirmed')} rows={attendees.confirmed} showArrived />
      <Group title={t('rsvps.statuses.maybe')} rows={attendees.maybe} showArrived={false} />
      <Group title={t('rsvps.statuses.waitlisted')} rows={attendees.waitlisted} showArrived={false} />
      <Group title={t('rsvps.statuses.declined')} rows={attendees.declined} showArrived={false} />

      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading" className="h3">
          {t('rsvps.add.title')}
        </h2>
        <p className="hint">{t('rsvps.add.hint')}</p>
        <Form method="post" {...getFormProps(addForm)}>
          <FormError id={addForm.errorId} errors={addForm.errors} />
          <input type="hidden" name="intent" value="add" />
          <TextField field={addFields.name} label={t('rsvps.form.name')} />
          <TextField field={addFields.email} label={t('rsvps.form.email')} type="email" />
          {numberField(addFields.partySize as never, t('rsvps.attendees.party'))}
          <button type="submit" className="button">
            {t('rsvps.add.submit')}
          </button>
        </Form>
      </section>

      <section className="card" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="h3">
          {t('rsvps.settings.title')}
        </h2>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="settings" />
          {numberField(fields.capacity, t('rsvps.settings.capacity'))}
          {numberField(fields.maxPartySize as never, t('rsvps.settings.max_party_size'))}
          <div className="field">
            <label htmlFor={fields.waitlistMode.id}>{t('rsvps.settings.waitlist_mode')}</label>
            <select key={modeKey} {...modeProps}>
              <option value="auto">{t('rsvps.settings.mode_auto')}</option>
              <option value="offer">{t('rsvps.settings.mode_offer')}</option>
            </select>
          </div>
          {numberField(fields.offerHours as never, t('rsvps.settings.offer_hours'))}
          {numberField(fields.reminderDaysBefore as never, t('rsvps.settings.reminder_days'))}
          <button type="submit" className="button">
            {t('common.save')}
          </button>
        </Form>
      </section>
    </div>
  )
}
