import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader, Pagination } from '~/components/ui'
import { listActiveOrganisations } from '~/domain/organisations/queries.server'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 24

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.title')

export function loader({ request }: LoaderFunctionArgs) {
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listActiveOrganisations({ limit, offset })
  return { organisations: rows, page, pageCount: pageCount(total, PAGE_SIZE), total }
}

export default function Organisations() {
  const { t } = useTranslation()
  const { organisations, page, pageCount, total } = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro', { count: total })} />
      {organisations.length === 0 ? (
        <EmptyState title={t('organisations.empty')} />
      ) : (
        <ul className="grid plain">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="card">
              <p className="eyebrow">{t(`organisations.kinds.${organisation.kind}`)}</p>
              <h2 className="h3">{organisation.name}</h2>
              <p className="meta">
                {organisation.tradition ? `${t(`traditions.${organisation.tradition}`)} · ` : ''}
                {organisation.municipalityName ?? organisation.city}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
