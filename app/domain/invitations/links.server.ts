import { and, eq, sql } from 'drizzle-orm'
import { answerLinks, events, invitations } from '../../../db/schema'
import { newId } from '../../../db/schema/columns'
import type { DbOrTx } from '../../../db/client'
import { generateToken, hashToken, isWellFormedToken } from '~/domain/auth/tokens.server'
import { db, prepared } from '~/utils/db.server'
import { absoluteUrl } from '~/utils/http.server'
import { formatRange, isLocale, type Locale } from '~/utils/i18n'
import type { RsvpMailEvent } from '../../../emails/_components/rsvp'

type EventRow = typeof events.$inferSelect
type InvitationRow = typeof invitations.$inferSelect

/**
 * A fresh personal answer link for this invitation: only the hash is kept; every earlier link stays valid.
 * The insert is prepared once and runs in the caller's transaction `tx`.
 */
export function issueAnswerLink(tx: DbOrTx, invitationId: string): string {
  const token = generateToken()
  const insertLink = prepared(tx, 'answerLinks.insert', (db) =>
    db
      .insert(answerLinks)
      .values({
        id: sql.placeholder('id'),
        invitationId: sql.placeholder('invitationId'),
        tokenHash: sql.placeholder('tokenHash'),
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .prepare(),
  )
  insertLink.run({ id: newId(), invitationId, tokenHash: hashToken(token), now: new Date() })
  return token
}

export function answerUrl(token: string, answer?: 'yes' | 'maybe' | 'no'): string {
  return absoluteUrl(answer ? `/r/${token}?answer=${answer}` : `/r/${token}`)
}

/** The invitation a personal link belongs to, or null for malformed or unknown tokens. */
export function findInvitationByToken(token: unknown): { invitation: InvitationRow; event: EventRow } | null {
  if (!isWellFormedToken(token)) return null
  const byTokenHash = prepared(db, 'invitations.byAnswerLinkHash', (db) =>
    db
      .select({ invitation: invitations, event: events })
      .from(answerLinks)
      .innerJoin(invitations, eq(invitations.id, answerLinks.invitationId))
      .innerJoin(events, eq(events.id, invitations.eventId))
      .where(eq(answerLinks.tokenHash, sql.placeholder('tokenHash')))
      .prepare(),
  )
  return byTokenHash.get({ tokenHash: hashToken(token) }) ?? null
}

/** The invitation of this address for this event; created (as `kind`) when missing. Emails are stored lower-case. */
export function ensureInvitation(
  tx: DbOrTx,
  input: { eventId: string; email: string; name: string | null; locale: string; userId: string | null; kind: 'invited' | 'self'; invitedById?: string | null },
): { invitation: InvitationRow; created: boolean } {
  const email = input.email.trim().toLowerCase()
  const existing = tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.eventId, input.eventId), sql`lower(${invitations.email}) = ${email}`))
    .get()
  if (existing) return { invitation: existing, created: false }
  const invitation = tx
    .insert(invitations)
    .values({
      eventId: input.eventId,
      email,
      name: input.name,
      locale: isLocale(input.locale) ? input.locale : 'de',
      userId: input.userId,
      kind: input.kind,
      invitedById: input.invitedById ?? null,
      // The column predates answer_links; it holds a random, never-mailed hash. Links live in answer_links.
      tokenHash: hashToken(generateToken()),
    })
    .returning()
    .get()
  return { invitation, created: true }
}

/** The facts every RSVP mail shows, formatted in the recipient's language and in Europe/Berlin. */
export function mailEvent(event: EventRow, locale: string, name: string | null): RsvpMailEvent {
  const lang: Locale = isLocale(locale) ? locale : 'de'
  const place = [event.venueName, event.venueAddress].filter(Boolean).join(', ') || event.onlineUrl || null
  return {
    locale: lang,
    name,
    eventTitle: event.title,
    whenLabel: formatRange(event.startsAt, event.endsAt, lang, event.allDay),
    place,
  }
}
