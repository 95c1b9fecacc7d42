import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventCard } from '~/components/event-card'
import { EmptyState, FlashMessage } from '~/components/ui'
import { listUpcomingEvents } from '~/domain/events/queries.server'
import { listNetworks } from '~/domain/networks/queries.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'home.title')

export function loader({ request }: LoaderFunctionArgs) {
  return { events: listUpcomingEvents({ viewer: getPolicyViewer(request), limit: 4 }).rows, networks: listNetworks() }
}

export default function Home() {
  const { t } = useTranslation()
  const { events, networks } = useLoaderData<typeof loader>()
  return (
    <>
      <section className="hero">
        <div className="container">
          <FlashMessage />
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.intro')}</p>
          <ul className="audience">
            <li>{t('home.for_communities')}</li>
            <li>{t('home.for_members')}</li>
            <li>{t('home.for_office')}</li>
          </ul>
        </div>
      </section>
      <div className="container">
        <section aria-labelledby="next-events">
          <div className="section-head">
            <h2 id="next-events">{t('home.next_events')}</h2>
            <Link to="/events">{t('home.all_events')}</Link>
          </div>
          {events.length === 0 ? (
            <EmptyState title={t('home.no_events')} />
          ) : (
            <div className="grid">
              {events.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </div>
          )}
        </section>
        <section aria-labelledby="networks">
          <div className="section-head">
            <h2 id="networks">{t('home.networks')}</h2>
            <Link to="/networks">{t('home.all_networks')}</Link>
          </div>
          <ul className="grid plain">
            {networks.map((network) => (
              <li key={network.id} className="card">
                <p className="eyebrow">{t(`networks.scopes.${network.scope}`)}</p>
                <h3>{network.name}</h3>
                <p className="meta">{t('networks.member_count', { count: network.memberCount })}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
