import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ConflictWarnings } from '~/components/event-form'
import { LinkifiedText } from '~/components/linkified-text'
import { FlashMessage } from '~/components/ui'
import { listEventConflicts } from '~/domain/events/conflicts.server'
import { changeOccurrence } from '~/domain/events/mutations.server'
import { canManageEvent, requireVisibleEvent } from '~/domain/events/policy.server'
import { getEventForViewer } from '~/domain/events/queries.server'
import { listAcceptedAgendaForEvent } from '~/domain/rounds/queries.server'
import { listOpenTasksForEvent } from '~/domain/rounds/tasks.server'
import { listOccurrences } from '~/domain/events/recurrence'
import { OccurrenceChangeSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatRange, languageNames, type Locale } from '~/utils/i18n'
import { berlinInstant } from '~/utils/time'

/** The event's title is data, not translated. */
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.event.title} · Dialognetz` : 'Dialognetz' }]

export function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = getPolicyViewer(request)
  const found = ensureFound(getEventForViewer(viewer, params.eventId!))
  const { event, organisation, network, municipalityName, exceptions } = found
  const manage = canManageEvent(viewer, event)
  const now = Date.now()
  const seriesEnd = (event.seriesEndsAt ?? event.endsAt).getTime()
  const past = seriesEnd < now
  const occurrences = event.recurrence ? listOccurrences({ ...event, exceptions }, { from: new Date(now), to: new Date(8.64e15) }).slice(0, 12) : []
  return {
    event: {
      id: event.id,
      title: event.title,
      description: event.description,
      kind: event.kind,
      status: event.status,
      visibility: event.visibility,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      allDay: event.allDay,
      recurring: Boolean(event.recurrence),
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      onlineUrl: event.onlineUrl,
      languages: event.languages,
      interpretation: event.interpretation,
      food: event.food,
      accessibility: event.accessibility,
      capacity: event.capacity,
      rsvpDeadline: event.rsvpDeadline,
      contact: event.contact,
      cancelledReason: event.cancelledReason,
      moderationComment: manage ? event.moderationComment : null,
    },
    organisation,
    network,
    municipalityName,
    past,
    occurrences,
    manage,
    // Conflicts are shown to the organiser, the coordinators and the office only.
    conflicts: manage ? listEventConflicts({ ...event, exceptions }) : null,
    // A dialogue round's accepted agenda (the viewer may see the event, so may see its agenda).
    agenda: listAcceptedAgendaForEvent(event.id),
    // …and the open tasks of the series' earlier rounds, which belong on it
    openTasks: listOpenTasksForEvent(event.id),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireUser(request)
  const viewer = getPolicyViewer(request)!
  requireVisibleEvent(viewer, params.eventId!)
  const found = ensureFound(getEventForViewer(viewer, params.eventId!))
  if (!canManageEvent(viewer, found.event)) httpError(403, 'forbidden')
  const submission = parseWithZod(await readFormData(request), { schema: OccurrenceChangeSchema })
  if (submission.status !== 'success') httpError(400, 'events.bad_occurrence_change')
  const input = submission.value
  runDomain(() =>
    input.intent === 'cancel-occurrence'
      ? changeOccurrence({ actorId: viewer.userId, eventId: found.event.id, originalDate: input.originalDate, kind: 'cancelled', reason: input.reason ?? null })
      : changeOccurrence({
          actorId: viewer.userId,
          eventId: found.event.id,
          originalDate: input.originalDate,
          kind: 'moved',
          startsAt: berlinInstant(input.date, input.startTime),
          endsAt: berlinInstant(input.date, input.endTime),
        }),
  )
  return redirectWithMessage(`/events/${found.event.id}`, input.intent === 'cancel-occurrence' ? 'occurrence_cancelled' : 'occurrence_moved')
}

export default function EventDetail() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const { event, organisation, network, municipalityName, past, occurrences, manage, conflicts, agenda, openTasks } = useLoaderData<typeof loader>()
  const cancelled = event.status === 'cancelled'
  const answerable = event.status === 'published' && !past
  const place = [event.venueName, event.venueAddress, municipalityName].filter(Boolean).join(', ')
  return (
    <div className="container narrow event-detail">
      <FlashMessage />
      <p className="eyebrow">{t(`events.kinds.${event.kind}`)}</p>
      <h1>{event.title}</h1>
      {cancelled ? (
        <div className="notice error" role="status">
          <strong>{t('events.detail.cancelled')}</strong> {event.cancelledReason}
        </div>
      ) : null}
      {past && !cancelled ? <div className="notice warning">{t('events.detail.past')}</div> : null}
      {event.status === 'draft' || event.status === 'submitted' ? (
        <div className="notice warning">{t(`events.statuses.${event.status}`)}</div>
      ) : null}
      {event.moderationComment ? (
        <div className="notice warning">
          <strong>{t('events.form.moderation_comment')}</strong> {event.moderationComment}
        </div>
      ) : null}
      <p className="when">
        <time dateTime={new Date(event.startsAt).toISOString()}>{formatRange(new Date(event.startsAt), new Date(event.endsAt), locale, event.allDay)}</time>
        {event.recurring ? ` · ${t('events.detail.recurring')}` : null}
      </p>
      <dl className="facts">
        <dt>{t('events.fields.organisation')}</dt>
        <dd>
          <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
        </dd>
        {network ? (
          <>
            <dt>{t('events.fields.network')}</dt>
            <dd>
              <Link to={`/networks/${network.slug}`}>{network.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('events.fields.visibility')}</dt>
        <dd>{t(`events.visibilities.${event.visibility}`)}</dd>
        {place ? (
          <>
            <dt>{t('events.detail.place')}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t('events.fields.online_url')}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer nofollow">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {event.languages.length ? (
          <>
            <dt>{t('events.fields.languages')}</dt>
            <dd>{languageNames(event.languages, locale)}</dd>
          </>
        ) : null}
        {event.interpretation ? (
          <>
            <dt>{t('events.fields.interpretation')}</dt>
            <dd>{event.interpretation}</dd>
          </>
        ) : null}
        {event.food.length ? (
          <>
            <dt>{t('events.fields.food')}</dt>
            <dd>{event.food.map((f) => t(`events.food.${f}`)).join(', ')}</dd>
          </>
        ) : null}
        {event.accessibility.length ? (
          <>
            <dt>{t('events.fields.accessibility')}</dt>
            <dd>{event.accessibility.map((a) => t(`events.accessibility.${a}`)).join(', ')}</dd>
          </>
        ) : null}
        {event.capacity ? (
          <>
            <dt>{t('events.fields.capacity')}</dt>
            <dd>{event.capacity}</dd>
          </>
        ) : null}
        {event.rsvpDeadline ? (
          <>
            <dt>{t('events.fields.rsvp_deadline')}</dt>
            <dd>{formatRange(new Date(new Date(event.rsvpDeadline).getTime() - 60_000), new Date(new Date(event.rsvpDeadline).getTime() - 60_000), locale, true)}</dd>
          </>
        ) : null}
        {event.contact ? (
          <>
            <dt>{t('events.fields.contact')}</dt>
            <dd>{event.contact}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? (
        <section aria-labelledby="description-heading" className="prose">
          <h2 id="description-heading" className="h3">
            {t('events.fields.description')}
          </h2>
          <LinkifiedText text={event.description} />
        </section>
      ) : null}

      {agenda.length || openTasks.length ? (
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="h3">
            {t('rounds.agenda.event_heading')}
          </h2>
          {agenda.length ? (
            <ol>
              {agenda.map((topic) => (
                <li key={topic.id}>
                  <strong>{topic.title}</strong> <span className="meta">({topic.organisationName})</span>
                  {topic.description ? <p>{topic.description}</p> : null}
                </li>
              ))}
            </ol>
          ) : null}
          {openTasks.length ? (
            <>
              <h3 className="h4">{t('rounds.tasks.open_before')}</h3>
              <ul>
                {openTasks.map((task) => (
                  <li key={task.id}>
                    <strong>{task.what}</strong> · {task.who}
                    {task.dueOn ? ` · ${t('rounds.tasks.due', { date: task.dueOn })}` : ''} · {t('rounds.round_number', { number: task.roundNumber })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {occurrences.length ? (
        <section aria-labelledby="occurrences-heading">
          <h2 id="occurrences-heading" className="h3">
            {t('events.detail.occurrences')}
          </h2>
          <ul>
            {occurrences.map((o) => (
              <li key={o.originalDate}>
                <time dateTime={new Date(o.start).toISOString()}>{formatRange(new Date(o.start), new Date(o.end), locale, event.allDay)}</time>
                {o.status !== 'scheduled' ? ` – ${t(`events.occurrence_status.${o.status}`)}` : null}
                {manage && o.status !== 'cancelled' && !cancelled ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="cancel-occurrence" />
                    <input type="hidden" name="originalDate" value={o.originalDate} />
                    <button type="submit" className="link-button">
                      {t('events.detail.cancel_occurrence')}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          {manage && !cancelled ? (
            <Form method="post" className="card">
              <h3>{t('events.detail.move_occurrence')}</h3>
              <input type="hidden" name="intent" value="move-occurrence" />
              <div className="form-grid">
                <div className="field">
                  <label htmlFor="move-original">{t('events.detail.move_which')}</label>
                  <select id="move-original" name="originalDate">
                    {occurrences.map((o) => (
                      <option key={o.originalDate} value={o.originalDate}>
                        {o.originalDate}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="move-date">{t('events.detail.move_date')}</label>
                  <input id="move-date" name="date" type="date" required />
                </div>
                <div className="field">
                  <label htmlFor="move-start">{t('events.fields.start_time')}</label>
                  <input id="move-start" name="startTime" type="time" required />
                </div>
                <div className="field">
                  <label htmlFor="move-end">{t('events.fields.end_time')}</label>
                  <input id="move-end" name="endTime" type="time" required />
                </div>
              </div>
              <button type="submit" className="button secondary">
                {t('events.detail.move_submit')}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section id="add-to-calendar" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading" className="h3">
          {t('events.detail.add_to_calendar')}
        </h2>
        <p>
          <a href={`/events/${event.id}/calendar.ics`}>{t('events.detail.download_ics')}</a>
        </p>
      </section>

      {answerable ? (
        <section id="answer" aria-labelledby="answer-heading">
          <h2 id="answer-heading" className="h3">
            {t('events.detail.answer')}
          </h2>
          <p>
            <Link to={`/events/${event.id}/answer`} className="button">
              {t('events.detail.answer_link')}
            </Link>
          </p>
        </section>
      ) : null}

      {manage && conflicts ? <ConflictWarnings conflicts={conflicts} locale={locale} confirmable={false} /> : null}

      {manage && !cancelled ? (
        <section aria-labelledby="manage-heading" className="card">
          <h2 id="manage-heading" className="h3">
            {t('events.detail.manage')}
          </h2>
          <div className="button-row">
            <Link to={`/events/${event.id}/edit`} className="button secondary">
              {t('events.detail.edit')}
            </Link>
            <Link to={`/events/${event.id}/invitations`} className="button secondary">
              {t('events.detail.invitations')}
            </Link>
            <Link to={`/events/${event.id}/attendees`} className="button secondary">
              {t('events.detail.attendees')}
            </Link>
            <Link to={`/events/${event.id}/cancel`} className="button secondary">
              {t('events.detail.cancel')}
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  )
}
