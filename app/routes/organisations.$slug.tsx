import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { SubscribeLinks } from '~/components/subscribe-links'
import { publicFeedUrl } from '~/domain/calendar/feeds.server'
import { useTranslation } from 'react-i18next'
import { EventCard } from '~/components/event-card'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { canEditOrganisation } from '~/domain/organisations/policy.server'
import { getPendingChange, getPublicOrganisation, getRenamedOrganisationSlug } from '~/domain/organisations/queries.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { ensureFound } from '~/utils/http.server'
import { formatDate, languageNames, type Locale } from '~/utils/i18n'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? ''} · Dialognetz` }]

export function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug!
  const organisation = getPublicOrganisation(slug)
  if (!organisation) {
    const renamed = getRenamedOrganisationSlug(slug)
    if (renamed) throw redirect(`/organisations/${renamed}`, 301)
  }
  const found = ensureFound(organisation)
  const canEdit = canEditOrganisation(getPolicyViewer(request), found.id)
  return { organisation: found, canEdit, pendingReview: canEdit && Boolean(getPendingChange(found.id)), feedUrl: publicFeedUrl({ organisation: found.slug }) }
}

function osmLink(parts: (string | null)[]) {
  const query = parts.filter(Boolean).join(', ')
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`
}

export default function OrganisationPage() {
  const { t, i18n } = useTranslation()
  const { organisation, canEdit, pendingReview, feedUrl } = useLoaderData<typeof loader>()
  const locale = i18n.language as Locale
  const address = [organisation.street, [organisation.postalCode, organisation.city].filter(Boolean).join(' ')].filter(Boolean)
  return (
    <div className="container">
      <FlashMessage />
      <p className="eyebrow">{t(`organisations.kinds.${organisation.kind}`)}</p>
      <PageHeader title={organisation.name} intro={organisation.description || undefined} />
      {pendingReview ? (
        <div className="notice warning" role="status">
          {t('organisations.pending_review')}
        </div>
      ) : null}
      {canEdit ? (
        <p>
          <Link className="button secondary" to={`/organisations/${organisation.slug}/edit`}>
            {t('organisations.edit_link')}
          </Link>
        </p>
      ) : null}
      <dl className="facts directory-facts">
        <dt>{t('organisations.fields.kind')}</dt>
        <dd>{t(`organisations.kinds.${organisation.kind}`)}</dd>
        <dt>{t('organisations.fields.tradition')}</dt>
        <dd>{organisation.tradition ? t(`traditions.${organisation.tradition}`) : '–'}</dd>
        <dt>{t('organisations.fields.address')}</dt>
        <dd>
          {address.length > 0 ? (
            <>
              {address.join(', ')}
              <br />
              <a href={osmLink([organisation.street, organisation.postalCode, organisation.city])} rel="noopener noreferrer">
                {t('organisations.map_link')}
              </a>
            </>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('organisations.fields.municipality')}</dt>
        <dd>{organisation.municipalityName ?? t('organisations.no_municipality')}</dd>
        <dt>{t('organisations.fields.languages')}</dt>
        <dd>{organisation.languages.length > 0 ? languageNames(organisation.languages, locale) : '–'}</dd>
        <dt>{t('organisations.fields.accessibility')}</dt>
        <dd>
          {organisation.accessibility.length > 0 ? (
            <ul className="plain">
              {organisation.accessibility.map((feature) => (
                <li key={feature}>{t(`organisations.accessibility.${feature}`)}</li>
              ))}
            </ul>
          ) : (
            t('organisations.no_accessibility')
          )}
          {organisation.accessibilityNotes ? <p>{organisation.accessibilityNotes}</p> : null}
        </dd>
        <dt>{t('organisations.fields.contact')}</dt>
        <dd>
          {organisation.contactName ?? ''}
          {organisation.contactEmail ? (
            <>
              {organisation.contactName ? <br /> : null}
              <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
            </>
          ) : null}
          {organisation.contactPhone ? (
            <>
              <br />
              <a href={`tel:${organisation.contactPhone.replace(/\s+/g, '')}`}>{organisation.contactPhone}</a>
            </>
          ) : null}
          {!organisation.contactName && !organisation.contactEmail && !organisation.contactPhone ? '–' : null}
        </dd>
        <dt>{t('organisations.fields.website')}</dt>
        <dd>
          {organisation.website ? (
            <a href={organisation.website} rel="noopener noreferrer">
              {organisation.website}
            </a>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('organisations.fields.networks')}</dt>
        <dd>
          {organisation.networks.length > 0 ? (
            <ul className="plain">
              {organisation.networks.map((network) => (
                <li key={network.slug}>
                  <Link to={`/networks/${network.slug}`}>{network.name}</Link> ({t(`networks.roles.${network.role}`)})
                </li>
              ))}
            </ul>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('organisations.fields.last_confirmed')}</dt>
        <dd>
          {organisation.lastConfirmedAt
            ? t('organisations.last_confirmed_on', { date: formatDate(organisation.lastConfirmedAt, locale) })
            : t('organisations.never_confirmed')}
        </dd>
      </dl>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t('organisations.events_heading')}</h2>
        {organisation.events.length === 0 ? (
          <EmptyState title={t('organisations.no_events')} />
        ) : (
          <div className="grid">
            {organisation.events.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
        )}
      </section>
      <SubscribeLinks feedUrl={feedUrl} title={t('organisations.subscribe_heading')} />
    </div>
  )
}
