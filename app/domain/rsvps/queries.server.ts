import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm'
import { events, invitations, rsvpNeeds, rsvps, ACCESS_NEEDS, FOOD_NEEDS, type AccessNeed, type FoodNeed } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { freeSeats } from './capacity.server'

/** The person's own answer and needs, for their answer page. */
export function getOwnAnswer(invitationId: string) {
  const rsvp = db.select().from(rsvps).where(eq(rsvps.invitationId, invitationId)).get() ?? null
  const needs = rsvp ? (db.select().from(rsvpNeeds).where(eq(rsvpNeeds.rsvpId, rsvp.id)).get() ?? null) : null
  return { rsvp, needs }
}

export type AttendeeRow = {
  id: string
  name: string
  email: string
  answer: 'yes' | 'maybe' | 'no'
  status: string
  partySize: number
  checkedInAt: Date | null
  offerExpiresAt: Date | null
}

const attendeeColumns = {
  id: rsvps.id,
  name: rsvps.name,
  email: rsvps.email,
  answer: rsvps.answer,
  status: rsvps.status,
  partySize: rsvps.partySize,
  checkedInAt: rsvps.checkedInAt,
  offerExpiresAt: rsvps.offerExpiresAt,
}

/** Answers grouped for the organiser: confirmed, maybe, waitlisted (with offers, in order), declined. No needs per person. */
export function listAttendees(event: { id: string; capacity: number | null }) {
  const eventId = event.id
  const rows: AttendeeRow[] = db
    .select(attendeeColumns)
    .from(rsvps)
    .where(eq(rsvps.eventId, eventId))
    .orderBy(asc(rsvps.waitlistedAt), asc(sql`${rsvps.name} collate nocase`))
    .all()
  const group = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status))
  const seats = (list: AttendeeRow[]) => list.reduce((sum, r) => sum + r.partySize, 0)
  const confirmed = group('confirmed')
  const maybe = group('maybe')
  const waitlisted = group('offered', 'waitlisted')
  const declined = group('declined', 'pending')
  return {
    confirmed,
    maybe,
    waitlisted,
    declined,
    totals: {
      confirmedSeats: seats(confirmed),
      maybeSeats: seats(maybe),
      waitlistedSeats: seats(waitlisted),
      arrived: seats(confirmed.filter((r) => r.checkedInAt)),
    },
    free: event.capacity == null ? null : freeSeats(db, event),
  }
}

export type NeedsTotals = {
  food: Record<FoodNeed, number>
  access: Record<AccessNeed, number>
  interpretation: { language: string; count: number }[]
  notes: string[]
}

/**
 * Needs as organisers may see them (GDPR Art. 9): totals and the notes, never attached to a person.
 * Counted for parties who come or may come.
 */
export function needsTotals(eventId: string): NeedsTotals {
  const rows = db
    .select({ needs: rsvpNeeds })
    .from(rsvpNeeds)
    .innerJoin(rsvps, eq(rsvps.id, rsvpNeeds.rsvpId))
    .where(and(eq(rsvpNeeds.eventId, eventId), inArray(rsvps.status, ['confirmed', 'maybe', 'offered', 'waitlisted'])))
    .orderBy(asc(rsvpNeeds.createdAt))
    .all()
  const food = Object.fromEntries(FOOD_NEEDS.map((k) => [k, 0])) as Record<FoodNeed, number>
  const access = Object.fromEntries(ACCESS_NEEDS.map((k) => [k, 0])) as Record<AccessNeed, number>
  const languages = new Map<string, number>()
  const notes: string[] = []
  for (const { needs } of rows) {
    for (const key of FOOD_NEEDS) food[key] += needs[key]
    for (const key of needs.access) if (key in access) access[key as AccessNeed]++
    if (needs.interpretation) {
      const language = needs.interpretation.trim()
      const known = [...languages.keys()].find((l) => l.toLowerCase() === language.toLowerCase()) ?? language
      languages.set(known, (languages.get(known) ?? 0) + 1)
    }
    if (needs.note) notes.push(needs.note)
  }
  return {
    food,
    access,
    interpretation: [...languages].map(([language, count]) => ({ language, count })).sort((a, b) => b.count - a.count),
    // Sorted by text, not by arrival, so a note cannot be matched to a person by its position.
    notes: notes.sort((a, b) => a.localeCompare(b)),
  }
}

/** Check-in at the door: the confirmed parties (and those offered seats), searchable by name. */
export function listForCheckIn(input: { eventId: string; query: string }) {
  const q = input.query.trim()
  return db
    .select(attendeeColumns)
    .from(rsvps)
    .where(
      and(
        eq(rsvps.eventId, input.eventId),
        inArray(rsvps.status, ['confirmed', 'offered', 'maybe']),
        q ? or(like(rsvps.name, `%${q.replace(/[%_]/g, '')}%`), like(rsvps.email, `%${q.replace(/[%_]/g, '')}%`)) : undefined,
      ),
    )
    .orderBy(asc(sql`${rsvps.name} collate nocase`))
    .limit(200)
    .all()
}


/** The event row by id, or null. */
export function getEventRow(eventId: string) {
  return db.select().from(events).where(eq(events.id, eventId)).get() ?? null
}

/** The invitation (personal link record) of this address for this event, if any. */
export function findOwnInvitationId(eventId: string, email: string): string | null {
  return (
    db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), sql`lower(${invitations.email}) = ${email.toLowerCase()}`))
      .get()?.id ?? null
  )
}
