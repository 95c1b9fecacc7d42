import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { answerLinks, outbox, rsvps } from '../../db/schema'
import { issueAnswerLink, findInvitationByToken } from '~/domain/invitations/links.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { respondToEvent } from '~/domain/rsvps/respond.server'
import { createEvent, createOrganisation, listOutboxFor, testDb } from '../support/factories'
import { answerYes, invite } from '../support/rsvps'

// The answer path prepares its statements once per connection; these guard what that must not change.

function mail(to: string) {
  return { template: 'rsvp-waitlisted', to, locale: 'de', props: { locale: 'de', name: 'A', eventTitle: 'T', whenLabel: 'W', place: null, partySize: 1, manageUrl: 'http://localhost:3000/r/x' } } as const
}

test('every queued mail and every answer link gets its own id and its own time, also when queued one after another', async () => {
  const db = testDb()
  const event = createEvent({ organisationId: createOrganisation().id })
  const { invitation } = invite(event.id)
  const first = db.transaction((tx) => ({ mail: enqueueEmail(tx, mail('same@example.org')), token: issueAnswerLink(tx, invitation.id) }))
  await new Promise((resolve) => setTimeout(resolve, 5))
  const second = db.transaction((tx) => ({ mail: enqueueEmail(tx, mail('same@example.org')), token: issueAnswerLink(tx, invitation.id) }))
  expect(first.mail).not.toBe(second.mail)
  const rows = listOutboxFor('same@example.org').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
  expect(rows.map((row) => row.id).sort()).toEqual([first.mail, second.mail].sort())
  expect(rows[1]!.createdAt.getTime()).toBeGreaterThan(rows[0]!.createdAt.getTime())
  expect(rows.every((row) => row.status === 'queued' && row.attempts === 0 && row.nextAttemptAt.getTime() === row.createdAt.getTime())).toBe(true)
  expect(rows[0]!.props).toMatchObject({ eventTitle: 'T', partySize: 1 })
  const links = db.select().from(answerLinks).where(eq(answerLinks.invitationId, invitation.id)).all()
  expect(new Set(links.map((link) => link.id)).size).toBe(links.length)
  expect(findInvitationByToken(first.token)?.invitation.id).toBe(invitation.id)
  expect(findInvitationByToken(second.token)?.invitation.id).toBe(invitation.id)
})

test('a mail and a link written in a transaction that fails are rolled back with it', () => {
  const db = testDb()
  const event = createEvent({ organisationId: createOrganisation().id })
  const { invitation } = invite(event.id)
  let token = ''
  expect(() =>
    db.transaction((tx) => {
      enqueueEmail(tx, mail('rolled-back@example.org'))
      token = issueAnswerLink(tx, invitation.id)
      throw new Error('the caller fails after queueing')
    }),
  ).toThrow('the caller fails after queueing')
  expect(listOutboxFor('rolled-back@example.org')).toEqual([])
  expect(findInvitationByToken(token)).toBeNull()
})

test('each answer is its own row with its own id, and a waitlisted answer keeps the time it joined the list', () => {
  const db = testDb()
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 1 })
  const now = new Date()
  const confirmed = answerYes(event.id, 1, now)
  const waiting = answerYes(event.id, 1, now)
  expect([confirmed.status, waiting.status]).toEqual(['confirmed', 'waitlisted'])
  expect(confirmed.rsvpId).not.toBe(waiting.rsvpId)
  const rows = db.select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()
  expect(rows).toHaveLength(2)
  const waitingRow = rows.find((row) => row.id === waiting.rsvpId)!
  expect(waitingRow.waitlistedAt?.getTime()).toBe(now.getTime())
  expect(rows.find((row) => row.id === confirmed.rsvpId)!.waitlistedAt).toBeNull()
  expect(rows.every((row) => row.offerExpiresAt === null && row.createdAt instanceof Date)).toBe(true)
})

test('an earlier answer that lost its invitation link is found again by its address instead of being written twice', () => {
  const db = testDb()
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 5 })
  const first = answerYes(event.id, 1)
  // An older answer row without its invitation link: the address still finds it (addresses are stored lower-case).
  db.update(rsvps).set({ invitationId: null }).where(eq(rsvps.id, first.rsvpId)).run()
  const again = respondToEvent({ invitationId: first.invitation.id, answer: 'yes', partySize: 2, needs: null })
  expect(again.rsvpId).toBe(first.rsvpId)
  expect(db.select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()).toHaveLength(1)
})
