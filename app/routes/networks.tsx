import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '~/components/ui'
import { listNetworks } from '~/domain/networks/queries.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'networks.title')

export function loader() {
  return { networks: listNetworks() }
}

export default function Networks() {
  const { t } = useTranslation()
  const { networks } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <PageHeader title={t('networks.title')} intro={t('networks.intro')} />
      {networks.length === 0 ? (
        <EmptyState title={t('networks.empty')} />
      ) : (
        <ul className="stack plain">
          {networks.map((network) => (
            <li key={network.id} className="card">
              <p className="eyebrow">{t(`networks.scopes.${network.scope}`)}</p>
              <h2 className="h3">{network.name}</h2>
              <p>{network.description}</p>
              <dl className="facts">
                <dt>{t('networks.district_role')}</dt>
                <dd>{network.districtRole}</dd>
                <dt>{t('networks.members')}</dt>
                <dd>{t('networks.member_count', { count: network.memberCount })}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
