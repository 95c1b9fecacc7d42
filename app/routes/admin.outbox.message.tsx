import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui'
import { getOutboxMessage } from '~/domain/mail/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { ensureFound } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.outbox.message')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireAdmin(request)
  const message = ensureFound(getOutboxMessage(params.messageId ?? ''))
  return {
    message: {
      id: message.id,
      toEmail: message.toEmail,
      subject: message.subject,
      template: message.template,
      status: message.status,
      createdAt: message.createdAt,
      html: message.html,
      text: message.text,
    },
  }
}

export default function OutboxMessage() {
  const { t, i18n } = useTranslation()
  const { message } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <p>
        <Link to="/admin/outbox">{t('admin.outbox.back')}</Link>
      </p>
      <PageHeader title={message.subject ?? t(`admin.outbox.templates.${message.template}`)} />
      <dl className="facts">
        <dt>{t('admin.outbox.to')}</dt>
        <dd>{message.toEmail}</dd>
        <dt>{t('admin.outbox.created')}</dt>
        <dd>{formatDateTime(message.createdAt, i18n.language as Locale)}</dd>
        <dt>{t('admin.outbox.status')}</dt>
        <dd>{t(`admin.outbox.statuses.${message.status}`)}</dd>
      </dl>
      {message.html ? (
        <>
          <h2 className="h3">{t('admin.outbox.html')}</h2>
          <iframe className="mail-preview" title={t('admin.outbox.html')} sandbox="" srcDoc={message.html} />
          <h2 className="h3">{t('admin.outbox.text')}</h2>
          <pre className="mail-text">{message.text}</pre>
        </>
      ) : (
        <p>{t('admin.outbox.not_rendered')}</p>
      )}
    </div>
  )
}
