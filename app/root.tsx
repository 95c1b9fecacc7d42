import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { RouteErrorBoundary } from '~/components/error-page'
import { SiteFooter, SiteHeader } from '~/components/layout'
import stylesheet from '~/styles/app.css?url'
import { getViewer } from '~/utils/auth.server'
import { readFlash } from '~/utils/http.server'
import { createI18n, DEFAULT_LOCALE, getServerI18n, getT, isLocale, textDirection, type Locale } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'
import { useRequestLocale } from '~/utils/request-locale'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

/** Pages set their own title; error pages get one here, in the user's language. */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  // Without the root's data (an action threw) the language is only known in Layout, which writes the title itself.
  if (error && !isLocale(data?.locale)) return []
  const t = getT(isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE)
  if (!error) return [{ title: t('app.name') }]
  return [{ title: errorTitle(t, error) }]
}

function errorTitle(t: ReturnType<typeof getT>, error: unknown): string {
  const status = isRouteErrorResponse(error) ? error.status : 500
  const kind = [400, 403, 404, 405, 409, 410, 413, 422, 429].includes(status) ? status : status >= 500 ? 500 : 400
  return `${t(`errors.page.${kind}.title`)} · ${t('app.name')}`
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = getViewer(request)
  const locale = resolveLocale(request, viewer?.user.locale)
  const flash = readFlash(request)
  const user = viewer ? { id: viewer.user.id, name: viewer.user.name, role: viewer.user.role } : null
  return data(
    { locale, user, flash: flash.message },
    flash.clear ? { headers: { 'Set-Cookie': flash.clear } } : undefined,
  )
}

export type RootData = Awaited<ReturnType<typeof loader>>['data']

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>('root')
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData()
  const requestLocale = useRequestLocale()
  const error = useRouteError()
  const locale: Locale = isLocale(root?.locale) ? root.locale : (requestLocale ?? DEFAULT_LOCALE)
  const i18n = useMemo(() => (typeof window === 'undefined' ? getServerI18n(locale) : createI18n(locale)), [locale])
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {error && !root ? <title>{errorTitle(getT(locale), error)}</title> : null}
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <SiteHeader user={root?.user ?? null} locale={locale} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export const ErrorBoundary = RouteErrorBoundary
