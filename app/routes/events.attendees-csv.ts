import type { LoaderFunctionArgs } from '@remix-run/node'
import { stringify } from 'csv-stringify/sync'
import { requireOrganiserOf } from '~/domain/invitations/policy.server'
import { listAttendees } from '~/domain/rsvps/queries.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { formatDateTime, getT } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** The answers as CSV for the organiser; needs are not in it (they are shown only as totals). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const locale = resolveLocale(request, user.locale)
  const t = getT(locale)
  const { confirmed, maybe, waitlisted, declined } = listAttendees(event)
  const rows = [...confirmed, ...maybe, ...waitlisted, ...declined].map((r) => [
    r.name,
    r.email,
    t(`rsvps.statuses.${r.status}`),
    r.partySize,
    r.checkedInAt ? formatDateTime(r.checkedInAt, locale) : '',
  ])
  // Cells starting with = + - @ are neutralised so spreadsheets do not run them as formulas.
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)))
  const csv = stringify([[t('rsvps.attendees.name'), t('rsvps.form.email'), t('rsvps.attendees.status'), t('rsvps.attendees.party'), t('rsvps.attendees.arrived')], ...safe])
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="answers-${event.id}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
