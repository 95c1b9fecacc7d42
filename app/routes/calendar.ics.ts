import type { LoaderFunctionArgs } from '@remix-run/node'
import { publicCalendarFile } from '~/domain/calendar/feeds.server'
import { resolveFeedFilters } from '~/domain/calendar/queries.server'
import { calendarResponse, plainError } from '~/domain/calendar/response.server'
import { FeedFiltersSchema, readQuery } from '~/domain/calendar/schema'
import { getT, isLocale } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** /calendar.ics — the public feed, with the filters of the public calendar. */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const query = readQuery(url.searchParams)
  const parsed = query ? FeedFiltersSchema.safeParse(query) : null
  const lang = new URL(request.url).searchParams.get('lang')
  const locale = isLocale(lang) ? lang : resolveLocale(request)
  const t = getT(locale)
  if (!parsed?.success) {
    const field = parsed?.error.issues[0]?.path[0]
    return plainError(400, t('calendar.errors.bad_filter', { field: typeof field === 'string' ? field : '?' }))
  }
  const resolved = resolveFeedFilters(parsed.data, locale)
  if (!resolved.ok) return plainError(400, t('calendar.errors.unknown_filter', { field: resolved.unknown }))
  const file = publicCalendarFile({
    filters: resolved.value,
    filterLabel: resolved.labels.length > 0 ? resolved.labels.join(' · ') : null,
    locale,
    now: Date.now(),
  })
  return calendarResponse(request, file, { lastModified: file.lastModified, filename: 'dialognetz.ics' })
}
