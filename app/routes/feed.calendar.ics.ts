import type { LoaderFunctionArgs } from '@remix-run/node'
import { personalCalendarFile } from '~/domain/calendar/feeds.server'
import { getFeedOwner } from '~/domain/calendar/queries.server'
import { calendarResponse, plainError } from '~/domain/calendar/response.server'
import { getT, isLocale } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** /feeds/:token/calendar.ics — a person's feed; a malformed, unknown or reset token is 404. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const owner = getFeedOwner(params.token ?? '')
  if (!owner) return plainError(404, getT(resolveLocale(request))('calendar.errors.not_found'))
  const locale = isLocale(owner.locale) ? owner.locale : 'de'
  const file = personalCalendarFile({ viewer: { userId: owner.userId, role: owner.role }, name: owner.name, locale, now: Date.now() })
  return calendarResponse(request, file, { lastModified: file.lastModified, filename: 'dialognetz-personal.ics', private: true })
}
