import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FlashMessage, PageHeader } from '~/components/ui'
import { countOutboxByStatus } from '~/domain/mail/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  return { outbox: countOutboxByStatus() }
}

export default function Admin() {
  const { t } = useTranslation()
  const { outbox } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <ul className="grid plain">
        <li className="card">
          <h2 className="h3">
            <Link to="/admin/directory">{t('directory_admin.title')}</Link>
          </h2>
          <p>{t('admin.directory.summary')}</p>
          <p className="button-row">
            <Link to="/admin/review">{t('review.title')}</Link>
            <Link to="/admin/networks">{t('networks.admin_title')}</Link>
          </p>
        </li>
        <li className="card">
          <h2 className="h3">
            <Link to="/admin/users">{t('admin.users.title')}</Link>
          </h2>
          <p>{t('admin.users.summary')}</p>
        </li>
        <li className="card">
          <h2 className="h3">
            <Link to="/admin/outbox">{t('admin.outbox.title')}</Link>
          </h2>
          <ul className="plain">
            {outbox.map((row) => (
              <li key={row.status}>
                {t(`admin.outbox.statuses.${row.status}`)}: {row.n}
              </li>
            ))}
          </ul>
          {outbox.length === 0 ? <p>{t('admin.outbox.empty')}</p> : null}
        </li>
      </ul>
    </div>
  )
}
