import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { copyEvent } from '~/domain/events/mutations.server'
import { canManageEvent, listEditableOrganisations } from '~/domain/events/policy.server'
import { getEvent, listMyEvents } from '~/domain/events/queries.server'
import { CopyEventSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatRange, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 30

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'my_events.title')

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request)
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listMyEvents(user.id, { limit, offset })
  const now = Date.now()
  return {
    canCreate: listEditableOrganisations(getPolicyViewer(request)!).length > 0,
    events: rows.map((row) => ({
      ...row,
      state: row.status === 'published' && (row.seriesEndsAt ?? row.endsAt).getTime() < now ? 'past' : row.status,
    })),
    page,
    pageCount: pageCount(total, PAGE_SIZE),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  requireUser(request)
  const viewer = getPolicyViewer(request)!
  const formData = await readFormData(request)
  const eventId = String(formData.get('eventId') ?? '')
  const event = ensureFound(getEvent(eventId))
  if (!canManageEvent(viewer, event)) httpError(403, 'forbidden')
  const submission = parseWithZod(formData, { schema: CopyEventSchema })
  if (submission.status !== 'success') return data({ eventId, result: submission.reply() }, { status: 400 })
  const copy = runDomain(() => copyEvent({ actorId: viewer.userId, eventId, startDate: submission.value.startDate }))
  return redirectWithMessage(`/events/${copy.id}/edit`, 'event_copied')
}

const GROUPS = ['draft', 'submitted', 'published', 'cancelled', 'past'] as const

export default function MyEvents() {
  const { t, i18n } = useTranslation()
  const { events, canCreate, page, pageCount: pages } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const location = useLocation()
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('my_events.title')} intro={t('my_events.intro')} />
      {canCreate ? (
        <p>
          <Link to="/events/new" className="button">
            {t('my_events.new')}
          </Link>
        </p>
      ) : null}
      {events.length === 0 ? <EmptyState title={t('my_events.empty')} /> : null}
      {GROUPS.map((group) => {
        const inGroup = events.filter((e) => e.state === group)
        if (inGroup.length === 0) return null
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`my_events.groups.${group}`)}</h2>
            <ul className="plain stack">
              {inGroup.map((event) => {
                const errors = actionData?.eventId === event.id ? actionData.result.error?.startDate : undefined
                return (
                  <li key={event.id} className="card">
                    <h3>
                      <Link to={`/events/${event.id}`}>{event.title}</Link>
                    </h3>
                    <p className="when">{formatRange(new Date(event.startsAt), new Date(event.endsAt), i18n.language as Locale, event.allDay)}</p>
                    <p className="meta">{event.organisationName}</p>
                    {event.moderationComment && event.status === 'draft' ? (
                      <p className="notice warning">
                        <strong>{t('events.form.moderation_comment')}</strong> {event.moderationComment}
                      </p>
                    ) : null}
                    <div className="button-row">
                      {event.status !== 'cancelled' ? <Link to={`/events/${event.id}/edit`}>{t('events.detail.edit')}</Link> : null}
                    </div>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="eventId" value={event.id} />
                      <div className="field">
                        <label htmlFor={`copy-${event.id}`}>{t('my_events.copy_date')}</label>
                        <input id={`copy-${event.id}`} name="startDate" type="date" required aria-describedby={errors ? `copy-${event.id}-error` : undefined} />
                        {errors ? (
                          <p id={`copy-${event.id}-error`} className="field-error">
                            {errors.map((e) => t(e)).join(' ')}
                          </p>
                        ) : null}
                      </div>
                      <button type="submit" className="button secondary">
                        {t('my_events.copy')}
                      </button>
                    </Form>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
      <Pagination page={page} pageCount={pages} search={location.search} />
    </div>
  )
}
