import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { requireOrganiserOf } from '~/domain/invitations/policy.server'
import { setArrived } from '~/domain/rsvps/mutations.server'
import { listForCheckIn } from '~/domain/rsvps/queries.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.checkin.title')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const query = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100)
  return { event: { id: event.id, title: event.title }, query, people: listForCheckIn({ eventId: event.id, query }) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const form = await readFormData(request)
  const rsvpId = String(form.get('rsvpId') ?? '')
  const arrived = form.get('arrived') === 'true'
  runDomain(() => setArrived({ eventId: event.id, rsvpId, arrived }))
  const q = String(form.get('q') ?? '').slice(0, 100)
  return redirectWithMessage(`/events/${event.id}/attendees/check-in${q ? `?q=${encodeURIComponent(q)}` : ''}`, arrived ? 'checked_in' : 'check_in_undone')
}

export default function CheckIn() {
  const { t } = useTranslation()
  const { event, query, people } = useLoaderData<typeof loader>()
  return (
    <div className="container narrow">
      <FlashMessage />
      <p>
        <Link to={`/events/${event.id}/attendees`}>{t('rsvps.attendees.title')}</Link>
      </p>
      <PageHeader title={t('rsvps.checkin.title')} intro={event.title} />
      <Form method="get" role="search" className="field">
        <label htmlFor="checkin-q">{t('rsvps.checkin.search')}</label>
        <input id="checkin-q" name="q" type="search" defaultValue={query} autoComplete="off" />
        <button type="submit" className="button secondary">
          {t('rsvps.checkin.find')}
        </button>
      </Form>
      {people.length === 0 ? (
        <EmptyState title={t('rsvps.checkin.empty')} />
      ) : (
        <ul className="plain">
          {people.map((person) => (
            <li key={person.id} className="checkin-row">
              <span>
                <strong>{person.name}</strong> · {t('rsvps.page.people', { count: person.partySize })}
                {person.status !== 'confirmed' ? ` · ${t(`rsvps.statuses.${person.status}`)}` : ''}
              </span>
              <Form method="post">
                <input type="hidden" name="rsvpId" value={person.id} />
                <input type="hidden" name="q" value={query} />
                <input type="hidden" name="arrived" value={person.checkedInAt ? 'false' : 'true'} />
                <button type="submit" className={person.checkedInAt ? 'button secondary' : 'button'}>
                  {person.checkedInAt ? t('rsvps.checkin.undo', { name: person.name }) : t('rsvps.checkin.mark', { name: person.name })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
