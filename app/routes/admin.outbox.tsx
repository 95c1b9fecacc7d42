import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable, EmptyState, PageHeader, Pagination } from '~/components/ui'
import { listOutbox } from '~/domain/mail/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 50

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.outbox.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listOutbox({ limit, offset })
  return { messages: rows, page, pageCount: pageCount(total, PAGE_SIZE) }
}

export default function AdminOutbox() {
  const { t, i18n } = useTranslation()
  const { messages, page, pageCount } = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <PageHeader title={t('admin.outbox.title')} intro={t('admin.outbox.intro')} />
      <p>
        <Link to="/admin/suppressions">{t('mail.admin.suppressions')}</Link>
      </p>
      {messages.length === 0 ? (
        <EmptyState title={t('admin.outbox.empty')} />
      ) : (
        <DataTable caption={t('admin.outbox.list')} columns={[t('admin.outbox.created'), t('admin.outbox.to'), t('admin.outbox.subject'), t('admin.outbox.status')]}>
          {messages.map((message) => (
            <tr key={message.id}>
              <td>{formatDateTime(message.createdAt, i18n.language as Locale)}</td>
              <td>{message.toEmail}</td>
              <td>
                <Link to={`/admin/outbox/${message.id}`}>{message.subject ?? t(`admin.outbox.templates.${message.template}`)}</Link>
              </td>
              <td>
                {t(`admin.outbox.statuses.${message.status}`)}
                {message.lastError ? <span className="meta"> – {message.lastError}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
