import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilterSelect, PageHeader } from '~/components/ui'
import { listNetworks } from '~/domain/networks/queries.server'
import { NETWORK_SCOPES, type NetworkScope } from '../../db/schema/values'
import { formatRange, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'networks.title')

export function loader({ request }: LoaderFunctionArgs) {
  const raw = new URL(request.url).searchParams.get('scope')
  const scope = (NETWORK_SCOPES as readonly string[]).includes(raw ?? '') ? (raw as NetworkScope) : undefined
  return { networks: listNetworks({ scope }), scope: scope ?? '' }
}

export default function Networks() {
  const { t, i18n } = useTranslation()
  const { networks, scope } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <PageHeader title={t('networks.title')} intro={t('networks.intro')} />
      <Form method="get" className="filters" aria-label={t('networks.filter_label')}>
        <FilterSelect
          id="scope"
          name="scope"
          label={t('networks.scope')}
          value={scope}
          allLabel={t('networks.all_scopes')}
          options={NETWORK_SCOPES.map((value) => ({ value, label: t(`networks.scopes.${value}`) }))}
        />
        <div>
          <button type="submit" className="button">
            {t('networks.apply_filter')}
          </button>
        </div>
      </Form>
      {networks.length === 0 ? (
        <EmptyState title={t('networks.empty')}>
          {scope ? (
            <p>
              <Link to="/networks">{t('networks.show_all')}</Link>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <ul className="stack plain">
          {networks.map((network) => (
            <li key={network.id} className="card">
              <p className="eyebrow">{t(`networks.scopes.${network.scope}`)}</p>
              <h2 className="h3">
                <Link to={`/networks/${network.slug}`}>{network.name}</Link>
              </h2>
              <p>{network.description}</p>
              <dl className="facts directory-facts">
                <dt>{t('networks.district_role')}</dt>
                <dd>{network.districtRole || '–'}</dd>
                <dt>{t('networks.members')}</dt>
                <dd>{t('networks.member_count', { count: network.memberCount })}</dd>
                <dt>{t('networks.next_event')}</dt>
                <dd>
                  {network.nextEvent ? (
                    <>
                      {network.nextEvent.title},{' '}
                      <time dateTime={new Date(network.nextEvent.startsAt).toISOString()}>
                        {formatRange(network.nextEvent.startsAt, network.nextEvent.endsAt, i18n.language as Locale, network.nextEvent.allDay)}
                      </time>
                    </>
                  ) : (
                    t('networks.no_next_event')
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
