import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

const KNOWN_STATUSES = new Set([400, 403, 404, 405, 409, 410, 413, 422, 429])

/** The translated 4xx/5xx page; never a stack trace. */
export function ErrorPage({ status, code }: { status: number; code?: string }) {
  const { t, i18n } = useTranslation()
  const kind = KNOWN_STATUSES.has(status) ? String(status) : status >= 500 ? '500' : '400'
  const detailKey = code ? `errors.${code}` : undefined
  const detail = detailKey && i18n.exists(detailKey) ? t(detailKey) : null
  return (
    <div className="container narrow error-page">
      <p className="error-status">{t('errors.status', { status })}</p>
      <h1>{t(`errors.page.${kind}.title`)}</h1>
      <p>{detail ?? t(`errors.page.${kind}.text`)}</p>
      <p>
        <a href="/" className="button secondary">
          {t('errors.back_home')}
        </a>
      </p>
    </div>
  )
}

/** The ErrorBoundary of the root, and of routes without a page of their own that must still answer a person (the language switch). */
export function RouteErrorBoundary() {
  const error = useRouteError()
  if (isRouteErrorResponse(error)) {
    const code = typeof error.data === 'object' && error.data && 'code' in error.data ? String(error.data.code) : undefined
    return <ErrorPage status={error.status} code={code} />
  }
  return <ErrorPage status={500} />
}
