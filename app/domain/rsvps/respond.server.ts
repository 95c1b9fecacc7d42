import { and, eq, sql } from 'drizzle-orm'
import { events, invitations, rsvpNeeds, rsvps, type NeedsValue, type RsvpAnswer, type RsvpStatus } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { newId } from '../../../db/schema/columns'
import { answerUrl, ensureInvitation, issueAnswerLink, mailEvent } from '~/domain/invitations/links.server'
import { buildCalendarAttachment } from '../calendar/attachments.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db, prepared } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { fillFreeSeats, freeSeats } from './capacity.server'

type EventRow = typeof events.$inferSelect

export type AnswerInput = { answer: RsvpAnswer; partySize: number; needs: NeedsValue | null }
export type RespondOutcome = { rsvpId: string; status: RsvpStatus; promoted: string[] }

/** Why an answer can no longer be given: the page shows it, the mutation enforces it. */
export function answerRestriction(event: EventRow, now: Date): 'unpublished' | 'cancelled' | 'over' | 'deadline' | null {
  if (event.status === 'cancelled') return 'cancelled'
  if (event.status !== 'published') return 'unpublished'
  if (now.getTime() >= event.endsAt.getTime()) return 'over'
  if (event.rsvpDeadline && now.getTime() > event.rsvpDeadline.getTime()) return 'deadline'
  return null
}

/**
 * The statements of every answer, prepared once (an answer race runs them a thousand times a second).
 * They run in the caller's transaction, so they see the immediate transaction's state.
 */
function statements(tx: DbOrTx) {
  return prepared(tx, 'rsvps.respond', (db) => ({
    invitation: db.select().from(invitations).where(eq(invitations.id, sql.placeholder('id'))).prepare(),
    event: db.select().from(events).where(eq(events.id, sql.placeholder('id'))).prepare(),
    rsvpOfInvitation: db.select().from(rsvps).where(eq(rsvps.invitationId, sql.placeholder('invitationId'))).prepare(),
    rsvpOfAddress: db
      .select()
      .from(rsvps)
      .where(and(eq(rsvps.eventId, sql.placeholder('eventId')), eq(rsvps.email, sql.placeholder('email'))))
      .prepare(),
    rsvpStatus: db.select({ status: rsvps.status }).from(rsvps).where(eq(rsvps.id, sql.placeholder('id'))).prepare(),
    insertRsvp: db
      .insert(rsvps)
      .values({
        id: sql.placeholder('id'),
        eventId: sql.placeholder('eventId'),
        invitationId: sql.placeholder('invitationId'),
        userId: sql.placeholder('userId'),
        email: sql.placeholder('email'),
        name: sql.placeholder('name'),
        answer: sql.placeholder('answer'),
        status: sql.placeholder('status'),
        partySize: sql.placeholder('partySize'),
        // drizzle's timestamp encoder takes no null: a nullable instant is bound as raw milliseconds
        waitlistedAt: sql`${sql.placeholder('waitlistedAtMs')}`,
        offerExpiresAt: null,
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .returning()
      .prepare(),
    deleteNeeds: db.delete(rsvpNeeds).where(eq(rsvpNeeds.rsvpId, sql.placeholder('rsvpId'))).prepare(),
  }))
}

/**
 * The capacity engine: one answer of one invitation, decided and written in the caller's immediate
 * transaction (seats counted, status chosen, row written, freed seats handed on, mail queued).
 */
export function respondInTx(
  tx: DbOrTx,
  input: AnswerInput & { invitationId: string; now: Date; byOrganiser?: boolean; name?: string },
): RespondOutcome {
  const statement = statements(tx)
  const invitation = statement.invitation.get({ id: input.invitationId })
  if (!invitation) throw new DomainError('not_found', 404)
  const event = statement.event.get({ id: invitation.eventId })
  if (!event) throw new DomainError('not_found', 404)
  // Addresses are stored lower-case (ensureInvitation, the insert below), so the unique (event, email) index finds it.
  const existing = statement.rsvpOfInvitation.get({ invitationId: invitation.id }) ?? statement.rsvpOfAddress.get({ eventId: event.id, email: invitation.email.toLowerCase() })

  const restriction = answerRestriction(event, input.now)
  const acceptingOffer = existing?.status === 'offered' && input.answer === 'yes'
  if (restriction === 'unpublished') throw new DomainError('not_found', 404)
  if (restriction === 'cancelled') throw new DomainError('rsvps.event_cancelled', 409)
  if (restriction === 'over') throw new DomainError('rsvps.link_expired', 410)
  if (restriction === 'deadline' && input.answer !== 'no' && !input.byOrganiser && !acceptingOffer) {
    throw new DomainError('rsvps.deadline_passed', 409)
  }
  const partySize = input.partySize
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > Math.min(event.maxPartySize, 10)) {
    throw new DomainError('rsvps.validation.party_size_max', 422)
  }

  let status: RsvpStatus
  let waitlistedAt = existing?.status === 'waitlisted' ? existing.waitlistedAt : null
  if (input.answer === 'no') status = 'declined'
  else if (input.answer === 'maybe') status = 'maybe'
  else {
    const previous = existing?.answer === 'yes' ? existing.status : null
    const heldByThisParty = previous === 'confirmed' || previous === 'offered' ? existing!.partySize : 0
    const free = freeSeats(tx, event) + heldByThisParty
    if (previous === 'confirmed' || previous === 'offered') {
      // Seats already held stay held; a larger party needs the extra seats to be free.
      if (partySize > free) throw new DomainError('rsvps.not_enough_seats', 409)
      status = 'confirmed'
    } else if (previous === 'waitlisted') {
      status = 'waitlisted' // keeps its place; fillFreeSeats below promotes it if it now fits
    } else if (partySize <= free) {
      status = 'confirmed'
    } else {
      status = 'waitlisted'
      waitlistedAt = input.now
    }
  }

  const name = input.name ?? existing?.name ?? invitation.name ?? invitation.email
  const values = {
    answer: input.answer,
    status,
    partySize,
    name,
    waitlistedAt: status === 'waitlisted' ? waitlistedAt : null,
    offerExpiresAt: null,
    invitationId: invitation.id,
  }
  const rsvp = existing
    ? tx.update(rsvps).set(values).where(eq(rsvps.id, existing.id)).returning().get()
    : statement.insertRsvp.get({ ...values, waitlistedAtMs: values.waitlistedAt?.getTime() ?? null, id: newId(), eventId: event.id, email: invitation.email.toLowerCase(), userId: invitation.userId, now: new Date() })!

  writeNeeds(tx, { rsvpId: rsvp.id, eventId: event.id, needs: input.answer === 'no' ? null : input.needs })
  const promoted = fillFreeSeats(tx, event, input.now)

  if (!promoted.includes(rsvp.id)) {
    const facts = mailEvent(event, invitation.locale, name)
    const manageUrl = answerUrl(issueAnswerLink(tx, invitation.id))
    if (status === 'waitlisted') {
      enqueueEmail(tx, { template: 'rsvp-waitlisted', to: rsvp.email, locale: facts.locale, props: { ...facts, partySize, manageUrl } })
    } else {
      // A confirmed yes carries an iTIP REQUEST; withdrawing a confirmed seat carries a CANCEL for the person's copy.
      const calendarKind = status === 'confirmed' ? 'request' : existing?.status === 'confirmed' ? 'cancel' : null
      const attachment = calendarKind
        ? buildCalendarAttachment(tx, { eventId: event.id, attendee: { name, email: rsvp.email }, kind: calendarKind, locale: facts.locale })
        : null
      enqueueEmail(tx, {
        template: 'rsvp-received',
        to: rsvp.email,
        locale: facts.locale,
        props: { ...facts, answer: input.answer, status, partySize, manageUrl },
        attachments: attachment ? [attachment] : [],
      })
    }
  }
  const final = statement.rsvpStatus.get({ id: rsvp.id })!
  return { rsvpId: rsvp.id, status: final.status, promoted }
}

function writeNeeds(tx: DbOrTx, input: { rsvpId: string; eventId: string; needs: NeedsValue | null }) {
  const needs = input.needs
  const empty =
    !needs ||
    (Object.values(needs.food).every((n) => !n) && needs.access.length === 0 && !needs.interpretation && !needs.note)
  if (empty) {
    statements(tx).deleteNeeds.run({ rsvpId: input.rsvpId })
    return
  }
  const values = {
    halal: needs.food.halal ?? 0,
    kosher: needs.food.kosher ?? 0,
    vegetarian: needs.food.vegetarian ?? 0,
    vegan: needs.food.vegan ?? 0,
    noAlcohol: needs.food.noAlcohol ?? 0,
    access: needs.access,
    interpretation: needs.interpretation || null,
    note: needs.note || null,
  }
  tx.insert(rsvpNeeds)
    .values({ rsvpId: input.rsvpId, eventId: input.eventId, ...values })
    .onConflictDoUpdate({ target: rsvpNeeds.rsvpId, set: { ...values, updatedAt: new Date() } })
    .run()
}

/** An answer through a personal link (or by the organiser for someone): one immediate transaction. */
export function respondToEvent(input: AnswerInput & { invitationId: string; now?: Date; byOrganiser?: boolean }): RespondOutcome {
  const now = input.now ?? new Date()
  return db.transaction((tx) => respondInTx(tx, { ...input, now }), { behavior: 'immediate' })
}

/** A signed-in member answers with one click; the invitation (their personal link) is created if missing. */
export function respondAsMember(
  input: AnswerInput & { eventId: string; user: { id: string; email: string; name: string; locale: string }; now?: Date },
): RespondOutcome {
  const now = input.now ?? new Date()
  return db.transaction(
    (tx) => {
      const { invitation } = ensureInvitation(tx, {
        eventId: input.eventId,
        email: input.user.email,
        name: input.user.name,
        locale: input.user.locale,
        userId: input.user.id,
        kind: 'self',
      })
      return respondInTx(tx, { ...input, invitationId: invitation.id, name: input.user.name, now })
    },
    { behavior: 'immediate' },
  )
}

/** Form values → the needs record (food counts per person, access needs per party). */
export function needsFromForm(value: {
  halal?: number
  kosher?: number
  vegetarian?: number
  vegan?: number
  noAlcohol?: number
  access: NeedsValue['access']
  interpretation?: string
  note?: string
}): NeedsValue {
  return {
    food: { halal: value.halal ?? 0, kosher: value.kosher ?? 0, vegetarian: value.vegetarian ?? 0, vegan: value.vegan ?? 0, noAlcohol: value.noAlcohol ?? 0 },
    access: value.access,
    interpretation: value.interpretation?.trim() || null,
    note: value.note?.trim() || null,
  }
}

/** Organisers can still add people after the deadline; the person gets the usual mail with a manage link. */
export function addPersonByOrganiser(input: { eventId: string; name: string; email: string; partySize: number; invitedById: string; now?: Date }): RespondOutcome {
  const now = input.now ?? new Date()
  return db.transaction(
    (tx) => {
      const { invitation } = ensureInvitation(tx, {
        eventId: input.eventId,
        email: input.email,
        name: input.name,
        locale: 'de',
        userId: null,
        kind: 'invited',
        invitedById: input.invitedById,
      })
      return respondInTx(tx, { invitationId: invitation.id, answer: 'yes', partySize: input.partySize, needs: null, name: input.name, now, byOrganiser: true })
    },
    { behavior: 'immediate' },
  )
}
