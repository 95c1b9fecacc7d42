import type { LoaderFunctionArgs } from '@remix-run/node'
import { eventCalendarFile } from '~/domain/calendar/feeds.server'
import { calendarResponse, plainError } from '~/domain/calendar/response.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { getT } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** /events/:eventId/calendar.ics — one event to add to a calendar; unknown and invisible events are both 404. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const file = eventCalendarFile(getPolicyViewer(request), params.eventId ?? '', locale)
  if (!file) return plainError(404, getT(locale)('calendar.errors.not_found'))
  return calendarResponse(request, file.ics, {
    lastModified: file.lastModified,
    filename: 'event.ics',
    download: true,
    private: getPolicyViewer(request) !== null,
  })
}
