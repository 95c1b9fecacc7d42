/**
 * Calendar attachments for mails, for the RSVP and invitation areas to put into the outbox:
 * - a confirmed "yes" (and, after a change of time or place, an update): iTIP REQUEST;
 * - the event cancelled, or the person withdrew their answer: iTIP CANCEL;
 * - an invitation before any answer: PUBLISH ("add to calendar"), never REQUEST — its accept
 *   button would bypass capacity.
 * Callable inside the caller's synchronous transaction (pass `tx`), so the file shows the event
 * exactly as it was when the mail was queued. Resend takes the result as an attachment as is.
 */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../../db/client'
import { events, organisations } from '../../../db/schema'
import { appOrigin, getEnv } from '~/utils/env.server'
import type { Locale } from '~/utils/i18n'
import { buildEventFile, buildItipCancel, buildItipRequest, calendarAttachment, type IcsPerson } from './build-ics.server'
import { calendarColumns, toIcsEvent } from './queries.server'
import { listRecurrences } from './recurrence.server'

export type CalendarMailKind = 'request' | 'cancel' | 'publish'
export type CalendarAttachment = ReturnType<typeof calendarAttachment>

const FILENAMES: Record<CalendarMailKind, string> = { request: 'invite.ics', cancel: 'cancel.ics', publish: 'event.ics' }

/** The platform's own address (from MAIL_FROM): the organiser when an organisation has no public email. */
export function platformOrganizer(): IcsPerson {
  const from = getEnv().MAIL_FROM
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || 'Dialognetz', email: match[2]! } : { name: 'Dialognetz', email: from.trim() }
}

export function buildCalendarAttachment(
  tx: DbOrTx,
  input: { eventId: string; attendee: IcsPerson; kind: CalendarMailKind; locale: Locale; now?: number },
): CalendarAttachment | null {
  const row = tx
    .select(calendarColumns)
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(eq(events.id, input.eventId))
    .get()
  if (!row) return null
  const event = toIcsEvent(row, input.locale, listRecurrences(tx, [row.id]).get(row.id) ?? null)
  const organizer =
    row.organisationEmail && row.organisationEmail.toLowerCase() !== input.attendee.email.toLowerCase()
      ? { name: row.organisationName, email: row.organisationEmail }
      : platformOrganizer()
  const common = { event, attendee: input.attendee, organizer, now: input.now ?? Date.now(), origin: appOrigin() }
  const ics =
    input.kind === 'request'
      ? buildItipRequest(common)
      : input.kind === 'cancel'
        ? buildItipCancel(common)
        : buildEventFile({ event, origin: appOrigin() })
  return calendarAttachment(ics, FILENAMES[input.kind])
}
