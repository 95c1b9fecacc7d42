import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable, EmptyState, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { sendConfirmationRequests } from '~/domain/organisations/freshness.server'
import { listDirectoryForOffice } from '~/domain/organisations/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 50
const STATUSES = ['active', 'pending', 'archived'] as const

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'directory_admin.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  const url = new URL(request.url)
  const { page, limit, offset } = readPage(url, PAGE_SIZE)
  const rawStatus = url.searchParams.get('status') ?? ''
  const status = (STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as (typeof STATUSES)[number]) : undefined
  const staleOnly = url.searchParams.get('stale') === '1'
  const { rows, total } = listDirectoryForOffice({ status, staleOnly, limit, offset })
  return { organisations: rows, page, pageCount: pageCount(total, PAGE_SIZE), status: status ?? '', staleOnly }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const formData = await readFormData(request)
  if (formData.get('intent') !== 'send-confirmations') httpError(400, 'unknown_intent')
  sendConfirmationRequests({ actorId: admin.id })
  return redirectWithMessage('/admin/directory', 'confirmations_sent')
}

export default function AdminDirectory() {
  const { t, i18n } = useTranslation()
  const { organisations, page, pageCount, status, staleOnly } = useLoaderData<typeof loader>()
  const location = useLocation()
  const locale = i18n.language as Locale
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('directory_admin.title')} intro={t('directory_admin.intro')} />
      <div className="button-row">
        <Link className="button secondary" to="/admin/review">
          {t('review.title')}
        </Link>
        <Link className="button secondary" to="/admin/networks">
          {t('networks.admin_title')}
        </Link>
        <a className="button secondary" href="/admin/directory.csv" download>
          {t('directory_admin.export')}
        </a>
        <Form method="post">
          <button type="submit" name="intent" value="send-confirmations" className="button">
            {t('directory_admin.send_confirmations')}
          </button>
        </Form>
      </div>
      <Form method="get" className="form-grid filters" aria-label={t('directory_admin.filter_label')}>
        <div className="field">
          <label htmlFor="status">{t('directory_admin.status')}</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="">{t('organisations.any')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`directory_admin.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="stale" value="1" defaultChecked={staleOnly} /> {t('directory_admin.stale_only')}
        </label>
        <div className="field">
          <button type="submit" className="button">
            {t('organisations.apply_filter')}
          </button>
        </div>
      </Form>
      {organisations.length === 0 ? (
        <EmptyState title={t('directory_admin.empty')} />
      ) : (
        <DataTable caption={t('directory_admin.caption')} columns={[t('organisations.fields.name'), t('directory_admin.status'), t('directory_admin.trusted'), t('organisations.fields.last_confirmed')]}>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <td>
                <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
              </td>
              <td>{t(`directory_admin.statuses.${organisation.status}`)}</td>
              <td>{organisation.trusted ? t('directory_admin.yes') : t('directory_admin.no')}</td>
              <td>
                {organisation.lastConfirmedAt ? formatDate(organisation.lastConfirmedAt, locale) : t('organisations.never_confirmed')}
                {organisation.stale ? (
                  <>
                    {' '}
                    <strong className="flag">{t('directory_admin.stale')}</strong>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
