import { eq } from 'drizzle-orm'
import { events, pendingAnswers, type NeedsValue, type RsvpAnswer } from '../../../db/schema'
import { generateToken, hashToken, isWellFormedToken } from '~/domain/auth/tokens.server'
import { hitRateLimit } from '~/domain/auth/rate-limit.server'
import { ensureInvitation, issueAnswerLink, mailEvent } from '~/domain/invitations/links.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import { answerRestriction, respondInTx, type RespondOutcome } from './respond.server'

/** How long the confirmation link of a public answer works (and never beyond the event's end). */
export const CONFIRM_HOURS = 24
/** Public answers: 10 an hour per IP, 3 an hour per address. */
export const PUBLIC_ANSWER_LIMITS = { perIp: 10, perEmail: 3, windowMs: 60 * 60_000 } as const

export function hitPublicAnswerLimits(ip: string, email: string, now = Date.now()) {
  const byIp = hitRateLimit(`rsvp:ip:${ip}`, PUBLIC_ANSWER_LIMITS.perIp, PUBLIC_ANSWER_LIMITS.windowMs, now)
  const byEmail = hitRateLimit(`rsvp:email:${email.toLowerCase()}`, PUBLIC_ANSWER_LIMITS.perEmail, PUBLIC_ANSWER_LIMITS.windowMs, now)
  return { allowed: byIp.allowed && byEmail.allowed, retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) }
}

/**
 * A public answer without an invitation: kept aside and a confirmation link mailed to the address.
 * It takes no seat until confirmed, and the response is the same whether or not we know the address.
 */
export function requestPublicAnswer(input: {
  eventId: string
  name: string
  email: string
  locale: string
  answer: RsvpAnswer
  partySize: number
  needs: NeedsValue | null
  now?: Date
}): void {
  const now = input.now ?? new Date()
  db.transaction(
    (tx) => {
      const event = tx.select().from(events).where(eq(events.id, input.eventId)).get()
      if (!event || event.visibility !== 'public') throw new DomainError('not_found', 404)
      const restriction = answerRestriction(event, now)
      if (restriction === 'unpublished') throw new DomainError('not_found', 404)
      if (restriction === 'cancelled') throw new DomainError('rsvps.event_cancelled', 409)
      if (restriction === 'over') throw new DomainError('rsvps.link_expired', 410)
      if (restriction === 'deadline' && input.answer !== 'no') throw new DomainError('rsvps.deadline_passed', 409)
      const token = generateToken()
      const expiresAt = new Date(Math.min(now.getTime() + CONFIRM_HOURS * 3_600_000, event.endsAt.getTime()))
      tx.insert(pendingAnswers)
        .values({
          eventId: event.id,
          email: input.email.toLowerCase(),
          name: input.name,
          locale: input.locale,
          answer: input.answer,
          partySize: input.partySize,
          needs: input.answer === 'no' ? null : input.needs,
          tokenHash: hashToken(token),
          expiresAt,
        })
        .run()
      const facts = mailEvent(event, input.locale, input.name)
      enqueueEmail(tx, {
        template: 'rsvp-confirm-email',
        to: input.email.toLowerCase(),
        locale: facts.locale,
        props: { ...facts, confirmUrl: absoluteUrl(`/confirm-answer/${token}`), hours: CONFIRM_HOURS },
      })
    },
    { behavior: 'immediate' },
  )
}

/** The answer behind a confirmation link, for the page that asks to confirm it. */
export function getPendingAnswer(token: unknown, now = new Date()) {
  if (!isWellFormedToken(token)) throw new DomainError('rsvps.link_unknown', 404)
  const row = db
    .select({ pending: pendingAnswers, event: events })
    .from(pendingAnswers)
    .innerJoin(events, eq(events.id, pendingAnswers.eventId))
    .where(eq(pendingAnswers.tokenHash, hashToken(token)))
    .get()
  if (!row) throw new DomainError('rsvps.link_unknown', 404)
  if (row.pending.expiresAt.getTime() <= now.getTime()) throw new DomainError('rsvps.link_expired', 410)
  return row
}

/** Confirms a public answer: the address is proven, the answer goes through the capacity engine. */
export function confirmPublicAnswer(input: { token: unknown; now?: Date }): RespondOutcome & { manageToken: string } {
  const now = input.now ?? new Date()
  if (!isWellFormedToken(input.token)) throw new DomainError('rsvps.link_unknown', 404)
  const tokenHash = hashToken(input.token)
  return db.transaction(
    (tx) => {
      const pending = tx.select().from(pendingAnswers).where(eq(pendingAnswers.tokenHash, tokenHash)).get()
      if (!pending) throw new DomainError('rsvps.link_unknown', 404)
      if (pending.expiresAt.getTime() <= now.getTime()) throw new DomainError('rsvps.link_expired', 410)
      tx.delete(pendingAnswers).where(eq(pendingAnswers.id, pending.id)).run()
      const { invitation } = ensureInvitation(tx, {
        eventId: pending.eventId,
        email: pending.email,
        name: pending.name,
        locale: pending.locale,
        userId: null,
        kind: 'self',
      })
      const outcome = respondInTx(tx, {
        invitationId: invitation.id,
        answer: pending.answer,
        partySize: pending.partySize,
        needs: pending.needs ?? null,
        name: pending.name,
        now,
      })
      return { ...outcome, manageToken: issueAnswerLink(tx, invitation.id) }
    },
    { behavior: 'immediate' },
  )
}
