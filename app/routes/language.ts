import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { updateProfile } from '~/domain/auth/sign-in.server'
import { getViewer } from '~/utils/auth.server'
import { httpError, readFormData, safeRedirectPath } from '~/utils/http.server'
import { isLocale } from '~/utils/i18n'
import { localeCookie } from '~/utils/locale.server'

/** A person pressed the switch: a bad value gets the translated error page, not a resource route's bare JSON. */
export { RouteErrorBoundary as ErrorBoundary } from '~/components/error-page'

/** The language switch: remembered in a cookie, and on the account of a signed-in person. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request)
  const locale = form.get('locale')
  if (!isLocale(locale)) httpError(400, 'language.unknown')
  const viewer = getViewer(request)
  if (viewer) updateProfile(viewer.user.id, { name: viewer.user.name, locale })
  return redirect(safeRedirectPath(form.get('redirectTo')), { headers: { 'Set-Cookie': localeCookie(locale) } })
}

export function loader() {
  return redirect('/')
}
