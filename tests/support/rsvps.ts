import { eq } from 'drizzle-orm'
import { rsvps } from '../../db/schema'
import { ensureInvitation, issueAnswerLink } from '~/domain/invitations/links.server'
import { respondToEvent } from '~/domain/rsvps/respond.server'
import { testDb } from './factories'

let n = 0

/** An invitation for a fresh address, with a personal link token. */
export function invite(eventId: string, overrides: { email?: string; name?: string; locale?: string } = {}) {
  const db = testDb()
  const email = overrides.email ?? `guest-${Date.now().toString(36)}-${n++}@example.org`
  return db.transaction((tx) => {
    const { invitation } = ensureInvitation(tx, { eventId, email, name: overrides.name ?? email, locale: overrides.locale ?? 'de', userId: null, kind: 'invited' })
    return { invitation, token: issueAnswerLink(tx, invitation.id) }
  })
}

/** Invites someone and answers yes with a party of `partySize`. */
export function answerYes(eventId: string, partySize: number, now?: Date) {
  const { invitation, token } = invite(eventId)
  const outcome = respondToEvent({ invitationId: invitation.id, answer: 'yes', partySize, needs: null, now })
  return { invitation, token, ...outcome }
}

export function statusOf(rsvpId: string) {
  return testDb().select().from(rsvps).where(eq(rsvps.id, rsvpId)).get()!.status
}
