import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { invitations, rsvpNeeds, rsvps } from '../../db/schema'
import { parseEmailList } from '~/domain/invitations/schema'
import { inviteToEvent, remindNonResponders } from '~/domain/invitations/mutations.server'
import { listInvitations } from '~/domain/invitations/queries.server'
import { deleteExpiredNeeds, notifyEventChanged, sendReminders } from '~/domain/rsvps/mutations.server'
import { needsTotals } from '~/domain/rsvps/queries.server'
import { confirmPublicAnswer, requestPublicAnswer } from '~/domain/rsvps/public-answer.server'
import { needsFromForm, respondToEvent } from '~/domain/rsvps/respond.server'
import { addMember, addToNetwork, createEvent, createNetwork, createOrganisation, createUser, listOutboxFor, testDb } from '../support/factories'
import { invite } from '../support/rsvps'

test('inviting a network reaches the members and contacts of every member organisation, each once, in their language', async () => {
  const network = createNetwork()
  const mosque = createOrganisation({ contactEmail: 'kontakt@moschee.example', contactName: 'Vorstand' })
  const parish = createOrganisation()
  addToNetwork(network.id, mosque.id)
  addToNetwork(network.id, parish.id)
  const imam = await createUser({ locale: 'en' })
  const pastor = await createUser()
  addMember(mosque.id, imam.id, 'member')
  addMember(parish.id, pastor.id, 'editor')
  addMember(mosque.id, pastor.id, 'member')
  const event = createEvent({ organisationId: parish.id, networkId: network.id, visibility: 'invited' })

  expect(inviteToEvent({ eventId: event.id, invitedById: pastor.id, networkId: network.id })).toEqual({ sent: 3, alreadyInvited: 0 })
  const mail = listOutboxFor(imam.email)
  expect(mail).toHaveLength(1)
  expect(mail[0]!.template).toBe('rsvp-invitation')
  expect(mail[0]!.locale).toBe('en')
  expect(listOutboxFor('kontakt@moschee.example')).toHaveLength(1)
  expect(listOutboxFor(pastor.email)).toHaveLength(1)
})

test('inviting the same person again sends nothing unless the organiser chooses "send again"', () => {
  const event = createEvent({ organisationId: createOrganisation().id })
  const emails = ['Gast@Example.org']
  expect(inviteToEvent({ eventId: event.id, invitedById: null, emails: emails.map((e) => e.toLowerCase()) })).toEqual({ sent: 1, alreadyInvited: 0 })
  expect(inviteToEvent({ eventId: event.id, invitedById: null, emails: ['gast@example.org'] })).toEqual({ sent: 0, alreadyInvited: 1 })
  expect(listOutboxFor('gast@example.org')).toHaveLength(1)
  expect(inviteToEvent({ eventId: event.id, invitedById: null, emails: ['gast@example.org'], sendAgain: true })).toEqual({ sent: 1, alreadyInvited: 0 })
  expect(listOutboxFor('gast@example.org')).toHaveLength(2)
  expect(testDb().select().from(invitations).where(eq(invitations.eventId, event.id)).all()).toHaveLength(1)
})

test('pasted addresses: valid ones are invited, invalid ones are listed back', () => {
  expect(parseEmailList('a@example.org\nkeine-adresse\n  B@Example.org ; c@example\n\na@example.org')).toEqual({
    valid: ['a@example.org', 'b@example.org'],
    invalid: ['keine-adresse', 'c@example'],
  })
})

test('the organiser list shows sent, answered and no answer; reminding the silent ones works at most once in 24 hours', () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 1 })
  inviteToEvent({ eventId: event.id, invitedById: null, emails: ['ja@example.org', 'nein@example.org', 'warte@example.org', 'still@example.org'] })
  const byEmail = (email: string) => testDb().select().from(invitations).where(eq(invitations.email, email)).get()!
  respondToEvent({ invitationId: byEmail('ja@example.org').id, answer: 'yes', partySize: 1, needs: null })
  respondToEvent({ invitationId: byEmail('nein@example.org').id, answer: 'no', partySize: 1, needs: null })
  respondToEvent({ invitationId: byEmail('warte@example.org').id, answer: 'yes', partySize: 1, needs: null })
  expect(listInvitations({ eventId: event.id, limit: 50, offset: 0 }).counts).toEqual({ sent: 4, yes: 1, maybe: 0, no: 1, waitlisted: 1, noAnswer: 1 })

  const now = new Date()
  expect(remindNonResponders({ eventId: event.id, now })).toEqual({ sent: 1 })
  expect(listOutboxFor('still@example.org').map((m) => (m.props as { reminder: boolean }).reminder)).toEqual([false, true])
  expect(() => remindNonResponders({ eventId: event.id, now: new Date(now.getTime() + 23 * 3_600_000) })).toThrow('rsvps.reminded_recently')
  expect(remindNonResponders({ eventId: event.id, now: new Date(now.getTime() + 25 * 3_600_000) })).toEqual({ sent: 1 })
})

test('organisers see needs only as totals and notes; the retention job deletes them 30 days after the event', () => {
  const startsAt = new Date(Date.now() + 24 * 3_600_000)
  const event = createEvent({ organisationId: createOrganisation().id, startsAt })
  const a = invite(event.id)
  const b = invite(event.id)
  const c = invite(event.id)
  respondToEvent({
    invitationId: a.invitation.id,
    answer: 'yes',
    partySize: 3,
    needs: needsFromForm({ halal: 2, access: ['stepFree'], interpretation: 'Arabisch', note: 'Wir bringen einen Kinderwagen mit.' }),
  })
  respondToEvent({ invitationId: b.invitation.id, answer: 'maybe', partySize: 2, needs: needsFromForm({ vegetarian: 2, access: [], interpretation: 'arabisch' }) })
  respondToEvent({ invitationId: c.invitation.id, answer: 'no', partySize: 1, needs: needsFromForm({ vegan: 1, access: ['quietRoom'] }) })

  const totals = needsTotals(event.id)
  expect(totals.food).toEqual({ halal: 2, kosher: 0, vegetarian: 2, vegan: 0, noAlcohol: 0 })
  expect(totals.access.stepFree).toBe(1)
  expect(totals.access.quietRoom).toBe(0)
  expect(totals.interpretation).toEqual([{ language: 'Arabisch', count: 2 }])
  expect(totals.notes).toEqual(['Wir bringen einen Kinderwagen mit.'])
  expect(JSON.stringify(totals)).not.toContain(a.invitation.email)

  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000)
  expect(deleteExpiredNeeds({ now: new Date(endsAt.getTime() + 29 * 86_400_000) }).needs).toBe(0)
  expect(deleteExpiredNeeds({ now: new Date(endsAt.getTime() + 30 * 86_400_000 + 1) }).needs).toBe(2)
  expect(testDb().select().from(rsvpNeeds).where(eq(rsvpNeeds.eventId, event.id)).all()).toEqual([])
})

test('the retention period is configurable', () => {
  const startsAt = new Date(Date.now() + 3_600_000)
  const event = createEvent({ organisationId: createOrganisation().id, startsAt })
  const a = invite(event.id)
  respondToEvent({ invitationId: a.invitation.id, answer: 'yes', partySize: 1, needs: needsFromForm({ kosher: 1, access: [] }) })
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000)
  expect(deleteExpiredNeeds({ now: new Date(endsAt.getTime() + 6 * 86_400_000), retentionDays: 7 }).needs).toBe(0)
  expect(testDb().select().from(rsvpNeeds).where(eq(rsvpNeeds.eventId, event.id)).all()).toHaveLength(1)
  expect(deleteExpiredNeeds({ now: new Date(endsAt.getTime() + 8 * 86_400_000), retentionDays: 7 }).needs).toBeGreaterThanOrEqual(1)
  expect(testDb().select().from(rsvpNeeds).where(eq(rsvpNeeds.eventId, event.id)).all()).toEqual([])
})

test('confirmed people get one reminder with their manage link two days before, by default', () => {
  const startsAt = new Date(Date.now() + 5 * 86_400_000)
  const event = createEvent({ organisationId: createOrganisation().id, startsAt })
  const coming = invite(event.id)
  const notComing = invite(event.id)
  respondToEvent({ invitationId: coming.invitation.id, answer: 'yes', partySize: 2, needs: null })
  respondToEvent({ invitationId: notComing.invitation.id, answer: 'no', partySize: 1, needs: null })
  expect(sendReminders({ now: new Date(startsAt.getTime() - 3 * 86_400_000) })).toEqual({ sent: 0 })
  expect(sendReminders({ now: new Date(startsAt.getTime() - 2 * 86_400_000 + 60_000) })).toEqual({ sent: 1 })
  expect(sendReminders({ now: new Date(startsAt.getTime() - 86_400_000) })).toEqual({ sent: 0 })
  const reminder = listOutboxFor(coming.invitation.email).find((m) => m.template === 'rsvp-reminder')!
  expect((reminder.props as { manageUrl: string }).manageUrl).toMatch(/\/r\/[a-z2-7]{32}$/)
  expect(listOutboxFor(notComing.invitation.email).some((m) => m.template === 'rsvp-reminder')).toBe(false)
})

test('when an event changes or is cancelled, everyone who answered yes or maybe or waits is told; those who declined are not', () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 1 })
  const yes = invite(event.id)
  const waiting = invite(event.id)
  const declined = invite(event.id)
  respondToEvent({ invitationId: yes.invitation.id, answer: 'yes', partySize: 1, needs: null })
  respondToEvent({ invitationId: waiting.invitation.id, answer: 'yes', partySize: 1, needs: null })
  respondToEvent({ invitationId: declined.invitation.id, answer: 'no', partySize: 1, needs: null })
  const told = testDb().transaction((tx) => notifyEventChanged(tx, { eventId: event.id, cancelled: true, reason: 'Der Saal ist nicht verfügbar.' }))
  expect(told).toBe(2)
  expect(listOutboxFor(yes.invitation.email).at(-1)!.template).toBe('rsvp-event-changed')
  expect(listOutboxFor(waiting.invitation.email).at(-1)!.template).toBe('rsvp-event-changed')
  expect(listOutboxFor(declined.invitation.email).some((m) => m.template === 'rsvp-event-changed')).toBe(false)
})

test('invitations to an event that is not yet published are refused, so no mail carries a dead link', () => {
  const draft = createEvent({ organisationId: createOrganisation().id, status: 'draft' })
  expect(() => inviteToEvent({ eventId: draft.id, invitedById: null, emails: ['frueh@example.org'] })).toThrow('rsvps.not_published')
  expect(listOutboxFor('frueh@example.org')).toEqual([])
})

test('a public answer whose confirmation link has expired is refused with 410 and takes no seat', () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 5 })
  requestPublicAnswer({ eventId: event.id, name: 'Spät', email: 'spaet-bestaetigt@example.org', locale: 'de', answer: 'yes', partySize: 2, needs: null })
  const url = (listOutboxFor('spaet-bestaetigt@example.org')[0]!.props as { confirmUrl: string }).confirmUrl
  const token = url.split('/').at(-1)!
  expect(() => confirmPublicAnswer({ token, now: new Date(Date.now() + 25 * 3_600_000) })).toThrow('rsvps.link_expired')
  expect(testDb().select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()).toEqual([])
  expect(confirmPublicAnswer({ token }).status).toBe('confirmed')
})

test('the invitation names the event languages in the reader\'s language', () => {
  const event = createEvent({ organisationId: createOrganisation().id, languages: ['de', 'tr'] })
  inviteToEvent({ eventId: event.id, invitedById: null, emails: ['sprachen@example.org'] })
  expect((listOutboxFor('sprachen@example.org')[0]!.props as { languages: string }).languages).toBe('Deutsch, Türkisch')
})
