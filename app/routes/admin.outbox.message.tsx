import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FlashMessage, PageHeader } from '~/components/ui'
import { retryMessage } from '~/domain/mail/deliver.server'
import { getOutboxMessage } from '~/domain/mail/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { ensureFound, httpError, redirectWithMessage } from '~/utils/http.server'
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
      attempts: message.attempts,
      lastError: message.lastError,
      providerEvent: message.providerEvent,
      createdAt: message.createdAt,
      html: message.html,
      text: message.text,
    },
  }
}

/** The "retry" button of a failed or suppressed message: same outbox id, so the same idempotency key. */
export async function action({ request, params }: ActionFunctionArgs) {
  requireAdmin(request)
  const message = ensureFound(getOutboxMessage(params.messageId ?? ''))
  if (!retryMessage(message.id)) httpError(409, 'conflict')
  return redirectWithMessage(`/admin/outbox/${message.id}`, 'message_requeued')
}

export default function OutboxMessage() {
  const { t, i18n } = useTranslation()
  const { message } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <FlashMessage />
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
        <dt>{t('mail.admin.attempts')}</dt>
        <dd>{message.attempts}</dd>
        {message.lastError ? (
          <>
            <dt>{t('mail.admin.error')}</dt>
            <dd>{message.lastError}</dd>
          </>
        ) : null}
        {message.providerEvent ? (
          <>
            <dt>{t('mail.admin.provider_event')}</dt>
            <dd>{message.providerEvent}</dd>
          </>
        ) : null}
      </dl>
      {message.status === 'failed' || message.status === 'suppressed' ? (
        <Form method="post">
          <p className="hint">{t('mail.admin.retry_hint')}</p>
          <button type="submit" className="button">
            {t('mail.admin.retry')}
          </button>
        </Form>
      ) : null}
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
