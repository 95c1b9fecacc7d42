import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable, EmptyState, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { liftSuppression, listSuppressions } from '~/domain/mail/suppressions.server'
import { requireAdmin } from '~/utils/auth.server'
import { httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 50

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mail.admin.suppressions')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listSuppressions({ limit, offset })
  return { suppressions: rows, page, pageCount: pageCount(total, PAGE_SIZE) }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const id = (await readFormData(request)).get('suppressionId')
  if (typeof id !== 'string' || !liftSuppression({ suppressionId: id, actorId: admin.id })) httpError(404, 'not_found')
  return redirectWithMessage('/admin/suppressions', 'suppression_lifted')
}

export default function AdminSuppressions() {
  const { t, i18n } = useTranslation()
  const { suppressions, page, pageCount } = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <FlashMessage />
      <p>
        <Link to="/admin/outbox">{t('admin.outbox.back')}</Link>
      </p>
      <PageHeader title={t('mail.admin.suppressions')} intro={t('mail.admin.suppressions_intro')} />
      {suppressions.length === 0 ? (
        <EmptyState title={t('mail.admin.suppressions_empty')} />
      ) : (
        <DataTable caption={t('mail.admin.suppressions_list')} columns={[t('mail.admin.address'), t('mail.admin.reason'), t('mail.admin.since'), t('mail.admin.lift')]}>
          {suppressions.map((row) => (
            <tr key={row.id}>
              <td>{row.email}</td>
              <td>
                {t(`mail.admin.reasons.${row.reason}`)}
                {row.detail ? <span className="meta"> – {row.detail}</span> : null}
              </td>
              <td>{formatDateTime(row.createdAt, i18n.language as Locale)}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="suppressionId" value={row.id} />
                  <button type="submit" className="button secondary" aria-label={`${t('mail.admin.lift')}: ${row.email}`}>
                    {t('mail.admin.lift')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
