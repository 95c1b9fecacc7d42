import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { listEventConflicts } from '~/domain/events/conflicts.server'
import { approveEvent, sendBackEvent } from '~/domain/events/mutations.server'
import { canModerateEvent, isModerator } from '~/domain/events/policy.server'
import { getEvent, listModerationQueue } from '~/domain/events/queries.server'
import { SendBackSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatRange, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'moderation.title')

function requireModerator(request: Request) {
  requireUser(request)
  const viewer = getPolicyViewer(request)!
  if (!isModerator(viewer)) httpError(403, 'forbidden')
  return viewer
}

export function loader({ request }: LoaderFunctionArgs) {
  const viewer = requireModerator(request)
  // The moderators see the same observance warnings the organiser saw.
  return {
    queue: listModerationQueue(viewer).map(({ recurrence: _r, exceptions: _e, ...event }) => ({
      ...event,
      conflicts: listEventConflicts({ ...event, recurrence: _r, exceptions: _e }).filter((c) => c.importance === 'high'),
    })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = requireModerator(request)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const eventId = String(formData.get('eventId') ?? '')
  const event = ensureFound(getEvent(eventId))
  if (!canModerateEvent(viewer, event)) httpError(403, 'forbidden')
  if (intent === 'approve') {
    runDomain(() => approveEvent({ actorId: viewer.userId, eventId }))
    return redirectWithMessage('/moderation', 'event_approved')
  }
  if (intent === 'send-back') {
    const submission = parseWithZod(formData, { schema: SendBackSchema })
    if (submission.status !== 'success') return data({ eventId, result: submission.reply() }, { status: 400 })
    runDomain(() => sendBackEvent({ actorId: viewer.userId, eventId, comment: submission.value.comment }))
    return redirectWithMessage('/moderation', 'event_sent_back')
  }
  httpError(400, 'unknown_intent')
}

export default function Moderation() {
  const { t, i18n } = useTranslation()
  const { queue } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('moderation.title')} intro={t('moderation.intro', { count: queue.length })} />
      {queue.length === 0 ? (
        <EmptyState title={t('moderation.empty')} />
      ) : (
        <ul className="plain stack">
          {queue.map((event) => {
            const errors = actionData?.eventId === event.id ? actionData.result.error?.comment : undefined
            return (
              <li key={event.id} className="card">
                <p className="eyebrow">{t(`events.kinds.${event.kind}`)}</p>
                <h2 className="h3">
                  <Link to={`/events/${event.id}`}>{event.title}</Link>
                </h2>
                <p className="when">{formatRange(new Date(event.startsAt), new Date(event.endsAt), i18n.language as Locale, event.allDay)}</p>
                <p className="meta">
                  {event.organisationName}
                  {event.networkName ? ` · ${event.networkName}` : ''}
                </p>
                {event.conflicts.length ? (
                  <p className="notice warning">
                    <strong>{t('moderation.conflicts')}</strong> {event.conflicts.map((c) => c.name[i18n.language as Locale]).join(', ')}
                  </p>
                ) : null}
                <Form method="post" className="button-row">
                  <input type="hidden" name="eventId" value={event.id} />
                  <button type="submit" name="intent" value="approve" className="button">
                    {t('moderation.approve')}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="eventId" value={event.id} />
                  <input type="hidden" name="intent" value="send-back" />
                  <div className="field">
                    <label htmlFor={`comment-${event.id}`}>{t('moderation.comment')}</label>
                    <textarea id={`comment-${event.id}`} name="comment" rows={2} aria-describedby={errors ? `comment-${event.id}-error` : undefined} />
                    {errors ? (
                      <p id={`comment-${event.id}-error`} className="field-error">
                        {errors.map((e) => t(e)).join(' ')}
                      </p>
                    ) : null}
                  </div>
                  <button type="submit" className="button secondary">
                    {t('moderation.send_back')}
                  </button>
                </Form>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
