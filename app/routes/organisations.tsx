import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FilterSelect, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { DirectoryFilterSchema } from '~/domain/organisations/schema'
import { listActiveOrganisations, listDirectoryFilterOptions } from '~/domain/organisations/queries.server'
import { ORGANISATION_KINDS, ORGANISATION_TRADITIONS } from '../../db/schema/values'
import { languageName } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 24

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.title')

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const { page, limit, offset } = readPage(url, PAGE_SIZE)
  const parsed = DirectoryFilterSchema.safeParse(Object.fromEntries(url.searchParams))
  const filters = parsed.success ? parsed.data : {}
  const { rows, total } = listActiveOrganisations({ ...filters, limit, offset })
  return {
    organisations: rows,
    page,
    pageCount: pageCount(total, PAGE_SIZE),
    total,
    filters,
    filtered: Object.values(filters).some(Boolean),
    options: listDirectoryFilterOptions(),
  }
}

export default function Organisations() {
  const { t, i18n } = useTranslation()
  const { organisations, page, pageCount, total, filters, filtered, options } = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('organisations.title')} intro={t('organisations.intro', { count: total })} />
      <p>
        <Link to="/organisations/apply">{t('organisations.apply_link')}</Link>
      </p>
      <Form method="get" className="form-grid filters" role="search" aria-label={t('organisations.search_label')}>
        <div className="field">
          <label htmlFor="q">{t('organisations.search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} />
        </div>
        <FilterSelect
          id="tradition"
          name="tradition"
          label={t('organisations.fields.tradition')}
          value={filters.tradition}
          allLabel={t('organisations.any')}
          options={ORGANISATION_TRADITIONS.map((tradition) => ({ value: tradition, label: t(`traditions.${tradition}`) }))}
        />
        <FilterSelect
          id="kind"
          name="kind"
          label={t('organisations.fields.kind')}
          value={filters.kind}
          allLabel={t('organisations.any')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) }))}
        />
        <FilterSelect
          id="municipality"
          name="municipality"
          label={t('organisations.fields.municipality')}
          value={filters.municipality}
          allLabel={t('organisations.any')}
          options={options.municipalities.map((place) => ({ value: place.id, label: place.kind === 'samtgemeinde' ? t('organisations.samtgemeinde', { name: place.name }) : place.name }))}
        />
        <FilterSelect
          id="language"
          name="language"
          label={t('organisations.fields.languages')}
          value={filters.language}
          allLabel={t('organisations.any')}
          options={options.languages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        />
        <FilterSelect
          id="network"
          name="network"
          label={t('organisations.fields.network')}
          value={filters.network}
          allLabel={t('organisations.any')}
          options={options.networks.map((network) => ({ value: network.slug, label: network.name }))}
        />
        <div className="field">
          <button type="submit" className="button">
            {t('organisations.apply_filter')}
          </button>
        </div>
      </Form>
      {organisations.length === 0 ? (
        <EmptyState title={filtered ? t('organisations.no_results') : t('organisations.empty')}>
          {filtered ? (
            <>
              <p>{t('organisations.no_results_hint')}</p>
              <p>
                <Link to="/organisations">{t('organisations.reset_filters')}</Link>
              </p>
            </>
          ) : (
            <p>
              <Link to="/organisations/apply">{t('organisations.apply_link')}</Link>
            </p>
          )}
        </EmptyState>
      ) : (
        <ul className="grid plain">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="card">
              <p className="eyebrow">{t(`organisations.kinds.${organisation.kind}`)}</p>
              <h2 className="h3">
                <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
              </h2>
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
