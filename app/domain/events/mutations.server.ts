import { eq } from 'drizzle-orm'
import {
  eventOccurrenceExceptions,
  events,
  invitations,
  municipalities,
  networks,
  organisations,
  rsvps,
  users,
} from '../../../db/schema'
import type { Tx } from '../../../db/client'
import { recordAudit } from '~/domain/audit/mutations.server'
import { buildCalendarAttachment } from '~/domain/calendar/attachments.server'
import { enqueueEventNotifications } from '~/domain/digests/notify.server'
import { fillFreeSeats } from '~/domain/rsvps/capacity.server'
import { notifyEventChanged } from '~/domain/rsvps/mutations.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import { formatRange, isLocale, type Locale } from '~/utils/i18n'
import { addDays, berlinDate, berlinInstant, toBerlinZoned } from '~/utils/time'
import { eventTimes, recurrenceOf, type EventFormValue } from './schema'
import { lastOccurrenceEnd, listOccurrences } from './recurrence'

type Actor = { userId: string; role: 'admin' | 'member' }
type EventRow = typeof events.$inferSelect

/** The columns the form writes, from a validated form value. */
export function eventColumns(value: EventFormValue) {
  const times = eventTimes(value)
  if (!times) throw new DomainError('events.invalid_times', 400)
  const recurrence = recurrenceOf(value)
  const allDay = Boolean(value.allDay)
  return {
    title: value.title,
    description: value.description ?? '',
    kind: value.kind,
    organisationId: value.organisationId,
    networkId: value.networkId || null,
    visibility: value.visibility,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    allDay,
    venueName: value.venueName || null,
    venueAddress: value.venueAddress || null,
    municipalityId: value.municipalityId || null,
    onlineUrl: value.onlineUrl || null,
    languages: value.languages ?? [],
    interpretation: value.interpretation || null,
    food: value.food ?? [],
    accessibility: value.accessibility ?? [],
    recurrence,
    seriesEndsAt: lastOccurrenceEnd({ ...times, allDay, recurrence }),
    capacity: value.capacity ?? null,
    // The deadline is the end of that day in Berlin.
    rsvpDeadline: value.rsvpDeadline ? berlinInstant(addDays(value.rsvpDeadline, 1)) : null,
    contact: value.contact || null,
  }
}

export type EventColumns = ReturnType<typeof eventColumns>

function isTrusted(tx: Tx, organisationId: string): boolean {
  return Boolean(tx.select({ trusted: organisations.trusted }).from(organisations).where(eq(organisations.id, organisationId)).get()?.trusted)
}

/** Where a submission goes: the office and trusted organisations publish directly, others wait for moderation. */
function statusAfterSubmit(tx: Tx, actor: Actor, organisationId: string): 'published' | 'submitted' {
  return actor.role === 'admin' || isTrusted(tx, organisationId) ? 'published' : 'submitted'
}

function getEventTx(tx: Tx, eventId: string): EventRow {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get()
  if (!event) throw new DomainError('not_found', 404)
  return event
}

/** Checks that the organisation and network exist; the route turns these into field messages. */
export function findUnknownReferences(columns: Pick<EventColumns, 'organisationId' | 'networkId' | 'municipalityId'>) {
  const problems: Partial<Record<'organisationId' | 'networkId' | 'municipalityId', string[]>> = {}
  if (!db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, columns.organisationId)).get()) {
    problems.organisationId = ['events.validation.unknown_organisation']
  }
  if (columns.networkId && !db.select({ id: networks.id }).from(networks).where(eq(networks.id, columns.networkId)).get()) {
    problems.networkId = ['events.validation.unknown_network']
  }
  if (columns.municipalityId && !db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, columns.municipalityId)).get()) {
    problems.municipalityId = ['events.validation.unknown_municipality']
  }
  return problems
}

/** A new event: a draft, or submitted (published at once for trusted organisations and the office). */
export function createEvent(input: { actor: Actor; columns: EventColumns; intent: 'draft' | 'submit' }) {
  return db.transaction(
    (tx) => {
      const status = input.intent === 'draft' ? 'draft' : statusAfterSubmit(tx, input.actor, input.columns.organisationId)
      return insertEvent(tx, { actorId: input.actor.userId, columns: input.columns, status })
    },
    { behavior: 'immediate' },
  )
}

/**
 * Inserts an event in the caller's transaction with the status already decided: audit entry and,
 * once published, the subscribers' notifications. Other areas (dialogue rounds) create events
 * through it inside their own transaction.
 */
export function insertEvent(
  tx: Tx,
  input: { actorId: string; columns: EventColumns; status: 'draft' | 'submitted' | 'published'; now?: Date },
): EventRow {
  const { status } = input
  const now = input.now ?? new Date()
  const event = tx
    .insert(events)
    .values({
      ...input.columns,
      status,
      createdById: input.actorId,
      submittedAt: status === 'draft' ? null : now,
      publishedAt: status === 'published' ? now : null,
    })
    .returning()
    .get()
  recordAudit(tx, { actorId: input.actorId, action: `event.created.${status}`, entity: 'event', entityId: event.id })
  if (status === 'published') enqueueEventNotifications(tx, event.id)
  return event
}

const COMPARED_FIELDS = [
  'title',
  'description',
  'kind',
  'organisationId',
  'networkId',
  'visibility',
  'startsAt',
  'endsAt',
  'allDay',
  'venueName',
  'venueAddress',
  'municipalityId',
  'onlineUrl',
  'languages',
  'interpretation',
  'food',
  'accessibility',
  'recurrence',
  'capacity',
  'rsvpDeadline',
  'contact',
] as const

function changedFields(before: EventRow, after: EventColumns): (typeof COMPARED_FIELDS)[number][] {
  const normal = (value: unknown) => (value instanceof Date ? value.getTime() : JSON.stringify(value ?? null))
  return COMPARED_FIELDS.filter((field) => normal(before[field]) !== normal(after[field]))
}

/**
 * Saves the form over an existing event. A published event stays published, its change counter
 * rises (the calendar's SEQUENCE) and the audit log lists what changed. A draft or a sent-back
 * event can be saved again as a draft or submitted.
 */
export function updateEvent(input: { actor: Actor; eventId: string; columns: EventColumns; intent: 'draft' | 'submit' }) {
  return db.transaction(
    (tx) => {
      const before = getEventTx(tx, input.eventId)
      if (before.status === 'cancelled') throw new DomainError('events.cancelled_cannot_change', 409)
      const changed = changedFields(before, input.columns)
      const now = new Date()
      let status = before.status
      if (before.status !== 'published') {
        status = input.intent === 'draft' ? 'draft' : statusAfterSubmit(tx, input.actor, input.columns.organisationId)
      }
      const event = tx
        .update(events)
        .set({
          ...input.columns,
          status,
          changeCount: before.status === 'published' && changed.length > 0 ? before.changeCount + 1 : before.changeCount,
          submittedAt: status !== 'draft' && before.status === 'draft' ? now : before.submittedAt,
          publishedAt: status === 'published' && !before.publishedAt ? now : before.publishedAt,
          moderationComment: status === 'draft' ? before.moderationComment : null,
        })
        .where(eq(events.id, input.eventId))
        .returning()
        .get()
      recordAudit(tx, {
        actorId: input.actor.userId,
        action: before.status === 'published' ? 'event.edited' : `event.saved.${status}`,
        entity: 'event',
        entityId: event.id,
        details: { changed, from: Object.fromEntries(changed.map((f) => [f, before[f]])) },
      })
      if (status === 'published' && before.status !== 'published') enqueueEventNotifications(tx, event.id)
      if (before.status === 'published') {
        // raised capacity gives waiting parties their seats; a new time or place reaches everyone who answered
        if (event.capacity !== before.capacity) fillFreeSeats(tx, event, now)
        const moved = changed.some((field) => ['startsAt', 'endsAt', 'allDay', 'venueName', 'venueAddress', 'onlineUrl', 'recurrence'].includes(field))
        if (moved) notifyEventChanged(tx, { eventId: event.id, cancelled: false })
      }
      return event
    },
    { behavior: 'immediate' },
  )
}

/** The office or the network's coordinator publishes a submitted event. */
export function approveEvent(input: { actorId: string; eventId: string }) {
  return db.transaction(
    (tx) => {
      const event = getEventTx(tx, input.eventId)
      if (event.status !== 'submitted') throw new DomainError('events.not_submitted', 409)
      tx.update(events).set({ status: 'published', publishedAt: new Date(), moderationComment: null }).where(eq(events.id, event.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'event.approved', entity: 'event', entityId: event.id })
      enqueueEventNotifications(tx, event.id)
    },
    { behavior: 'immediate' },
  )
}

/** Back to the organiser as a draft, with the moderator's comment shown on /me/events and the edit page. */
export function sendBackEvent(input: { actorId: string; eventId: string; comment: string }) {
  return db.transaction(
    (tx) => {
      const event = getEventTx(tx, input.eventId)
      if (event.status !== 'submitted') throw new DomainError('events.not_submitted', 409)
      tx.update(events).set({ status: 'draft', moderationComment: input.comment }).where(eq(events.id, event.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'event.sent_back', entity: 'event', entityId: event.id, details: { comment: input.comment } })
    },
    { behavior: 'immediate' },
  )
}

function recipientLocale(tx: Tx, rsvp: typeof rsvps.$inferSelect): Locale {
  if (rsvp.userId) {
    const locale = tx.select({ locale: users.locale }).from(users).where(eq(users.id, rsvp.userId)).get()?.locale
    if (isLocale(locale)) return locale
  }
  if (rsvp.invitationId) {
    const locale = tx.select({ locale: invitations.locale }).from(invitations).where(eq(invitations.id, rsvp.invitationId)).get()?.locale
    if (isLocale(locale)) return locale
  }
  return 'de'
}

/**
 * Cancels a published (or not yet published) event with a reason. The page stays, marked as
 * cancelled; everyone who answered gets a notice through the outbox, in the same transaction.
 */
export function cancelEvent(input: { actorId: string; eventId: string; reason: string }) {
  return db.transaction(
    (tx) => {
      const event = getEventTx(tx, input.eventId)
      if (event.status === 'cancelled') throw new DomainError('events.already_cancelled', 409)
      tx.update(events)
        .set({ status: 'cancelled', cancelledReason: input.reason, cancelledAt: new Date(), changeCount: event.changeCount + 1 })
        .where(eq(events.id, event.id))
        .run()
      const answered = tx.select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()
      for (const rsvp of answered) {
        const locale = recipientLocale(tx, rsvp)
        // people holding a seat get METHOD:CANCEL so their calendar drops the event
        const attachment =
          rsvp.status === 'confirmed'
            ? buildCalendarAttachment(tx, { eventId: event.id, attendee: { name: rsvp.name, email: rsvp.email }, kind: 'cancel', locale })
            : null
        enqueueEmail(tx, {
          attachments: attachment ? [attachment] : [],
          template: 'event-cancelled',
          to: rsvp.email,
          locale,
          props: {
            name: rsvp.name,
            eventTitle: event.title,
            whenLabel: formatRange(event.startsAt, event.endsAt, locale, event.allDay),
            reason: input.reason,
            eventUrl: absoluteUrl(`/events/${event.id}`),
            locale,
          },
        })
      }
      recordAudit(tx, {
        actorId: input.actorId,
        action: 'event.cancelled',
        entity: 'event',
        entityId: event.id,
        details: { reason: input.reason, notified: answered.length },
      })
      return { notified: answered.length }
    },
    { behavior: 'immediate' },
  )
}

/** Cancels or moves one occurrence of a recurring event; the date must be one the rule yields. */
export function changeOccurrence(
  input: { actorId: string; eventId: string; originalDate: string } & (
    | { kind: 'cancelled'; reason?: string | null }
    | { kind: 'moved'; startsAt: Date; endsAt: Date }
  ),
) {
  return db.transaction(
    (tx) => {
      const event = getEventTx(tx, input.eventId)
      if (!event.recurrence) throw new DomainError('events.not_recurring', 409)
      if (event.status === 'cancelled') throw new DomainError('events.cancelled_cannot_change', 409)
      const occurs = listOccurrences({ ...event, exceptions: [] }, { from: new Date(0), to: new Date(8.64e15) }).some(
        (o) => o.originalDate === input.originalDate,
      )
      if (!occurs) throw new DomainError('events.no_such_occurrence', 404)
      if (input.kind === 'moved' && input.endsAt <= input.startsAt) throw new DomainError('events.end_before_start', 400)
      const values = {
        eventId: event.id,
        originalDate: input.originalDate,
        kind: input.kind,
        startsAt: input.kind === 'moved' ? input.startsAt : null,
        endsAt: input.kind === 'moved' ? input.endsAt : null,
        reason: input.kind === 'cancelled' ? (input.reason ?? null) : null,
      }
      tx.insert(eventOccurrenceExceptions)
        .values(values)
        .onConflictDoUpdate({
          target: [eventOccurrenceExceptions.eventId, eventOccurrenceExceptions.originalDate],
          set: { kind: values.kind, startsAt: values.startsAt, endsAt: values.endsAt, reason: values.reason, updatedAt: new Date() },
        })
        .run()
      const exceptions = tx
        .select()
        .from(eventOccurrenceExceptions)
        .where(eq(eventOccurrenceExceptions.eventId, event.id))
        .all()
      tx.update(events)
        .set({
          changeCount: event.status === 'published' ? event.changeCount + 1 : event.changeCount,
          seriesEndsAt: lastOccurrenceEnd({ ...event, exceptions }),
        })
        .where(eq(events.id, event.id))
        .run()
      recordAudit(tx, {
        actorId: input.actorId,
        action: input.kind === 'cancelled' ? 'event.occurrence_cancelled' : 'event.occurrence_moved',
        entity: 'event',
        entityId: event.id,
        details: { originalDate: input.originalDate },
      })
    },
    { behavior: 'immediate' },
  )
}

/** "Copy to a new date": a new draft with every field, shifted so it starts on `startDate` at the same local time. */
export function copyEvent(input: { actorId: string; eventId: string; startDate: string }) {
  return db.transaction(
    (tx) => {
      const source = getEventTx(tx, input.eventId)
      const start = toBerlinZoned(source.startsAt)
      const end = toBerlinZoned(source.endsAt)
      const dayShift = Math.round((Date.parse(`${input.startDate}T00:00:00Z`) - Date.parse(`${berlinDate(source.startsAt)}T00:00:00Z`)) / 86_400_000)
      const hhmm = (z: typeof start) => `${String(z.getHours()).padStart(2, '0')}:${String(z.getMinutes()).padStart(2, '0')}`
      const startsAt = berlinInstant(input.startDate, hhmm(start))
      const endsAt = berlinInstant(addDays(berlinDate(source.endsAt), dayShift), hhmm(end))
      const recurrence = source.recurrence ? { ...source.recurrence, until: undefined, exceptionDates: [] } : null
      if (recurrence && !recurrence.count) recurrence.count = 1
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        status: _s,
        changeCount: _cc,
        cancelledReason: _cr,
        cancelledAt: _ca,
        moderationComment: _mc,
        submittedAt: _sa,
        publishedAt: _pa,
        rsvpDeadline: _rd,
        ...rest
      } = source
      const copy = tx
        .insert(events)
        .values({
          ...rest,
          startsAt,
          endsAt,
          recurrence,
          seriesEndsAt: lastOccurrenceEnd({ startsAt, endsAt, allDay: source.allDay, recurrence }),
          status: 'draft',
          createdById: input.actorId,
        })
        .returning()
        .get()
      recordAudit(tx, { actorId: input.actorId, action: 'event.copied', entity: 'event', entityId: copy.id, details: { from: source.id } })
      return copy
    },
    { behavior: 'immediate' },
  )
}

