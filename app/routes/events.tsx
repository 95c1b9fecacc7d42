import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventCard } from '~/components/event-card'
import { EmptyState, PageHeader, Pagination } from '~/components/ui'
import { listUpcomingEvents } from '~/domain/events/queries.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 20

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'events.title')

export function loader({ request }: LoaderFunctionArgs) {
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listUpcomingEvents({ viewer: getPolicyViewer(request), limit, offset })
  return { events: rows, page, pageCount: pageCount(total, PAGE_SIZE), total }
}

export default function Events() {
  const { t } = useTranslation()
  const { events, page, pageCount, total } = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <PageHeader title={t('events.title')} intro={t('events.intro', { count: total })} />
      {events.length === 0 ? (
        <EmptyState title={t('events.empty')} />
      ) : (
        <div className="grid">
          {events.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
