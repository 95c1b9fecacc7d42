import type { LoaderFunctionArgs } from '@remix-run/node'
import { observanceCalendarFile } from '~/domain/calendar/feeds.server'
import { calendarResponse, plainError } from '~/domain/calendar/response.server'
import { ObservanceFeedSchema, readQuery } from '~/domain/calendar/schema'
import { getT, isLocale } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** /observances.ics?tradition=…&year=… — the intercultural calendar as all-day entries. */
export function loader({ request }: LoaderFunctionArgs) {
  const query = readQuery(new URL(request.url).searchParams, ['tradition'])
  const parsed = query ? ObservanceFeedSchema.safeParse(query) : null
  const lang = new URL(request.url).searchParams.get('lang')
  const locale = isLocale(lang) ? lang : resolveLocale(request)
  if (!parsed?.success) {
    const field = parsed?.error.issues[0]?.path[0]
    return plainError(400, getT(locale)('calendar.errors.bad_filter', { field: typeof field === 'string' ? field : '?' }))
  }
  const traditions = parsed.data.tradition?.length ? parsed.data.tradition : undefined
  const file = observanceCalendarFile({ traditions, year: parsed.data.year, locale, now: Date.now() })
  return calendarResponse(request, file.ics, { lastModified: file.lastModified, filename: 'dialognetz-observances.ics' })
}
