import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { SubscribeLinks } from '~/components/subscribe-links'
import { getRoundsAccess } from '~/domain/rounds/policy.server'
import { listStatementsForNetwork } from '~/domain/rounds/statements.server'
import { publicFeedUrl } from '~/domain/calendar/feeds.server'
import { useTranslation } from 'react-i18next'
import { EventCard } from '~/components/event-card'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { canManageMembership } from '~/domain/networks/policy.server'
import { getPublicNetwork, getRenamedNetworkSlug } from '~/domain/networks/queries.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { ensureFound } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.network.name ?? ''} · Dialognetz` }]

export function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug!
  const network = getPublicNetwork(slug)
  if (!network) {
    const renamed = getRenamedNetworkSlug(slug)
    if (renamed) throw redirect(`/networks/${renamed}`, 301)
  }
  const found = ensureFound(network)
  const viewer = getPolicyViewer(request)
  return {
    network: found,
    canManage: canManageMembership(viewer, found.id),
    roundsAccess: getRoundsAccess(viewer, found.id),
    feedUrl: publicFeedUrl({ network: found.slug }),
    // the joint statements the network has adopted (public, newest first)
    statements: listStatementsForNetwork(found.id, ['published'], { limit: 20, offset: 0 }),
  }
}

export default function NetworkPage() {
  const { t, i18n } = useTranslation()
  const { network, canManage, roundsAccess, feedUrl, statements } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <FlashMessage />
      <p className="eyebrow">{t(`networks.scopes.${network.scope}`)}</p>
      <PageHeader title={network.name} intro={network.description} />
      {roundsAccess ? (
        <p>
          <Link className="button secondary" to={`/networks/${network.slug}/rounds`}>
            {t('networks.rounds_link')}
          </Link>
        </p>
      ) : null}
      {canManage ? (
        <p>
          <Link className="button secondary" to={`/networks/${network.slug}/members`}>
            {t('networks.manage_members')}
          </Link>
        </p>
      ) : null}
      <dl className="facts directory-facts">
        <dt>{t('networks.district_role')}</dt>
        <dd>{network.districtRole || '–'}</dd>
      </dl>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('networks.members_heading', { count: network.members.length })}</h2>
        {network.members.length === 0 ? (
          <EmptyState title={t('networks.no_members')} />
        ) : (
          <ul className="grid plain">
            {network.members.map((member) => (
              <li key={member.membershipId} className="card">
                <p className="eyebrow">{t(`networks.roles.${member.role}`)}</p>
                <h3 className="h3">
                  <Link to={`/organisations/${member.slug}`}>{member.name}</Link>
                </h3>
                <p className="meta">
                  {member.tradition ? `${t(`traditions.${member.tradition}`)} · ` : ''}
                  {member.municipalityName ?? member.city}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="coordinators-heading">
        <h2 id="coordinators-heading">{t('networks.coordinators_heading')}</h2>
        {network.coordinators.length === 0 ? (
          <p>{t('networks.no_coordinators')}</p>
        ) : (
          <ul className="stack plain">
            {network.coordinators.map((coordinator) => (
              <li key={coordinator.membershipId} className="card">
                <h3 className="h3">{coordinator.name}</h3>
                <p>
                  {coordinator.contactName ? (
                    <>
                      {coordinator.contactName}
                      <br />
                    </>
                  ) : null}
                  {coordinator.contactEmail ? (
                    <>
                      <a href={`mailto:${coordinator.contactEmail}`}>{coordinator.contactEmail}</a>
                      <br />
                    </>
                  ) : null}
                  {coordinator.contactPhone ? <a href={`tel:${coordinator.contactPhone.replace(/\s+/g, '')}`}>{coordinator.contactPhone}</a> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t('networks.events_heading')}</h2>
        {network.events.length === 0 ? (
          <EmptyState title={t('networks.no_events')} />
        ) : (
          <div className="grid">
            {network.events.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
        )}
      </section>

      {statements.length > 0 ? (
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">{t('statements.published_heading')}</h2>
          <ul className="stack plain">
            {statements.map((s) => (
              <li key={s.id}>
                <Link to={`/statements/${s.id}`}>{s.title}</Link>
                {s.publishedAt ? ` · ${t('statements.adopted_on', { date: formatDate(s.publishedAt, i18n.language as Locale) })}` : ''} ·{' '}
                {t('statements.signature_count', { count: s.signatures })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div id="subscribe">
        <SubscribeLinks feedUrl={feedUrl} title={t('networks.subscribe_heading')} />
      </div>
    </div>
  )
}
