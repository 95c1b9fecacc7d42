import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { pendingAnswers, rsvpNeeds, rsvps } from '../../db/schema'
import { needsFromForm, respondToEvent } from '~/domain/rsvps/respond.server'
import { TestClient } from '../support/client'
import { addMember, createEvent, createOrganisation, createUser, listOutboxFor, TEST_PASSWORD, testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'
import { invite } from '../support/rsvps'

let server: RunningServer

beforeAll(async () => {
  testDb()
  server = await startServer()
})

afterAll(async () => {
  await server?.stop()
})

const rsvpOf = (invitationId: string) => testDb().select().from(rsvps).where(eq(rsvps.invitationId, invitationId)).get()

test('opening an answer link from the mail shows the answer preselected and changes nothing; only the button saves', async () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 10 })
  const { invitation, token } = invite(event.id, { name: 'Aylin Kaya' })
  const client = new TestClient(server.url)
  const page = await client.get(`/r/${token}?answer=yes`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain(event.title)
  expect(html).toMatch(/<input[^>]*type="radio" checked=""[^>]*value="yes"/)
  expect(html).not.toMatch(/<input[^>]*type="radio" checked=""[^>]*value="(maybe|no)"/)
  expect(html).not.toContain('Set-Cookie')
  expect(page.headers.getSetCookie().some((c) => c.startsWith('dn_session'))).toBe(false)
  expect(rsvpOf(invitation.id)).toBeUndefined()
  expect(listOutboxFor(invitation.email)).toEqual([])
  expect((await client.get(`/r/${token}?answer=no`)).status).toBe(200)
  expect(rsvpOf(invitation.id)).toBeUndefined()

  const saved = await client.post(`/r/${token}`, { answer: 'yes', partySize: '3', halal: '2' })
  expect(saved.status).toBe(302)
  expect(rsvpOf(invitation.id)).toMatchObject({ answer: 'yes', status: 'confirmed', partySize: 3 })
  const confirmation = await client.follow(saved)
  expect(await confirmation.text()).toContain('Danke! Sie sind angemeldet.')

  const changed = await client.post(`/r/${token}`, { answer: 'yes', partySize: '2', halal: '2' })
  expect(changed.status).toBe(302)
  expect(rsvpOf(invitation.id)).toMatchObject({ status: 'confirmed', partySize: 2 })
  expect(listOutboxFor(invitation.email).map((m) => m.template)).toEqual(['rsvp-received', 'rsvp-received'])
})

test('unknown and malformed links get 404, links of a finished event 410, without saying whose they were', async () => {
  const client = new TestClient(server.url)
  const unknown = await client.get('/r/abcdefghijklmnopqrstuvwxyz234567')
  expect(unknown.status).toBe(404)
  expect(await unknown.text()).toContain('Dieser Link ist uns nicht bekannt')
  expect((await client.get('/r/not-a-token')).status).toBe(404)
  expect((await client.post('/r/abcdefghijklmnopqrstuvwxyz234567', { answer: 'yes', partySize: '1' })).status).toBe(404)

  const past = createEvent({ organisationId: createOrganisation().id, startsAt: new Date(Date.now() - 5 * 3_600_000) })
  const { token, invitation } = invite(past.id, { email: 'vergangen@example.org' })
  const expired = await client.get(`/r/${token}`)
  expect(expired.status).toBe(410)
  expect(await expired.text()).not.toContain(invitation.email)
  expect((await client.get('/confirm-answer/abcdefghijklmnopqrstuvwxyz234567')).status).toBe(404)
})

test('party size 0 or 99, unknown needs and over-long notes get messages next to the fields and write nothing', async () => {
  const event = createEvent({ organisationId: createOrganisation().id, maxPartySize: 4 })
  const { invitation, token } = invite(event.id)
  const client = new TestClient(server.url)
  const cases: [Record<string, string>, string][] = [
    [{ answer: 'yes', partySize: '0' }, 'Bitte geben Sie eine Zahl von 1 bis 10 an.'],
    [{ answer: 'yes', partySize: '99' }, 'So viele Personen kann eine Antwort nicht anmelden.'],
    [{ answer: 'yes', partySize: '5' }, 'So viele Personen kann eine Antwort nicht anmelden.'],
    [{ answer: 'yes', partySize: '2', access: 'jetpack' }, 'Diese Auswahl gibt es nicht.'],
    [{ answer: 'yes', partySize: '2', note: 'x'.repeat(501) }, 'Höchstens 500 Zeichen.'],
    [{ answer: 'yes', partySize: '2', halal: '3' }, 'Mehr als die Zahl der Personen.'],
    [{ answer: 'vielleicht-ja', partySize: '1' }, 'Bitte wählen Sie eine Antwort.'],
  ]
  for (const [form, message] of cases) {
    const response = await client.post(`/r/${token}`, form)
    expect(response.status, JSON.stringify(form).slice(0, 60)).toBe(400)
    const html = await response.text()
    expect(html).toContain(`class="field-error">${message}`)
  }
  expect(rsvpOf(invitation.id)).toBeUndefined()
})

test('answers posted from a foreign site are refused with 403', async () => {
  const event = createEvent({ organisationId: createOrganisation().id })
  const { invitation, token } = invite(event.id)
  const client = new TestClient(server.url)
  const response = await client.post(`/r/${token}`, { answer: 'yes', partySize: '1' }, { origin: 'https://evil.example' })
  expect(response.status).toBe(403)
  expect(rsvpOf(invitation.id)).toBeUndefined()
})

test('a public answer counts only after the address is confirmed through the mailed link; the honeypot saves nothing', async () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 5 })
  const client = new TestClient(server.url)
  const bot = await client.post(`/events/${event.id}/answer`, { name: 'Bot', email: 'bot@example.org', answer: 'yes', partySize: '5', website: 'http://spam.example' })
  expect(bot.status).toBe(302)
  expect(listOutboxFor('bot@example.org')).toEqual([])

  const response = await client.post(`/events/${event.id}/answer`, { name: 'Jonas Weber', email: 'Jonas@Example.org', answer: 'yes', partySize: '2', vegan: '1' })
  expect(response.status).toBe(302)
  expect(testDb().select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()).toEqual([])
  const mail = listOutboxFor('jonas@example.org')
  expect(mail.map((m) => m.template)).toEqual(['rsvp-confirm-email'])
  const confirmPath = new URL((mail[0]!.props as { confirmUrl: string }).confirmUrl).pathname

  const page = await client.get(confirmPath)
  expect(page.status).toBe(200)
  expect(testDb().select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()).toEqual([])
  const confirmed = await client.post(confirmPath, {})
  expect(confirmed.status).toBe(302)
  expect(confirmed.headers.get('Location')).toMatch(/\/r\/[a-z2-7]{32}$/)
  const rows = testDb().select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()
  expect(rows).toMatchObject([{ email: 'jonas@example.org', name: 'Jonas Weber', status: 'confirmed', partySize: 2 }])
  expect(testDb().select().from(rsvpNeeds).where(eq(rsvpNeeds.rsvpId, rows[0]!.id)).get()!.vegan).toBe(1)
  expect((await client.post(confirmPath, {})).status).toBe(404)
})

test('public answers are limited per address, and invited-only events take no public answers', async () => {
  const event = createEvent({ organisationId: createOrganisation().id })
  const statuses: number[] = []
  for (let i = 0; i < 4; i++) {
    const client = new TestClient(server.url)
    statuses.push((await client.post(`/events/${event.id}/answer`, { name: 'Viel', email: 'viel@example.org', answer: 'yes', partySize: '1' })).status)
  }
  expect(statuses).toEqual([302, 302, 302, 429])
  expect(testDb().select().from(pendingAnswers).where(eq(pendingAnswers.email, 'viel@example.org')).all()).toHaveLength(3)

  const invitedOnly = createEvent({ organisationId: createOrganisation().id, visibility: 'invited' })
  const response = await new TestClient(server.url).post(`/events/${invitedOnly.id}/answer`, { name: 'X', email: 'x@example.org', answer: 'yes', partySize: '1' })
  expect(response.status).toBe(404)
})

test('organisers see answers with totals of needs and a CSV without needs; others are refused', async () => {
  const organisation = createOrganisation()
  const editor = await createUser()
  const stranger = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const event = createEvent({ organisationId: organisation.id, capacity: 10 })
  const a = invite(event.id, { name: 'Familie Yilmaz' })
  respondToEvent({ invitationId: a.invitation.id, answer: 'yes', partySize: 3, needs: needsFromForm({ halal: 2, access: ['prayerRoom'], note: 'Bitte Gebetsteppich' }) })

  const organiser = new TestClient(server.url)
  await organiser.signIn(editor.email, TEST_PASSWORD)
  const page = await organiser.get(`/events/${event.id}/attendees`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('2 × Halal')
  expect(html).toContain('1 × Gebetsraum')
  expect(html).toContain('Bitte Gebetsteppich')
  expect(html).toContain('Familie Yilmaz')
  const csv = await organiser.get(`/events/${event.id}/attendees.csv`)
  expect(csv.headers.get('content-type')).toContain('text/csv')
  const text = await csv.text()
  expect(text).toContain('Familie Yilmaz')
  expect(text).not.toMatch(/halal|Gebet/i)

  const other = new TestClient(server.url)
  await other.signIn(stranger.email, TEST_PASSWORD)
  expect((await other.get(`/events/${event.id}/attendees`)).status).toBe(403)
  expect((await other.get(`/events/${event.id}/invitations`)).status).toBe(403)
  expect((await other.get(`/events/${event.id}/attendees.csv`)).status).toBe(403)
})

test('organisers invite pasted addresses over HTTP; invalid ones are listed back', async () => {
  const organisation = createOrganisation()
  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const event = createEvent({ organisationId: organisation.id })
  const organiser = new TestClient(server.url)
  await organiser.signIn(editor.email, TEST_PASSWORD)
  const response = await organiser.post(`/events/${event.id}/invitations`, { intent: 'invite', emails: 'eins@example.org\nkaputt@\nzwei@example.org' })
  expect(response.status).toBe(400)
  expect(await response.text()).toContain('<li>kaputt@</li>')
  expect(listOutboxFor('eins@example.org')).toHaveLength(1)
  expect(listOutboxFor('zwei@example.org')).toHaveLength(1)
  const list = await organiser.get(`/events/${event.id}/invitations`)
  expect(await list.text()).toContain('eins@example.org')
})

test('200 parallel "yes" answers with parties of 1–3 to 50 seats: never more than 50 taken, none lost, the rest waitlisted in arrival order', async () => {
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 50 })
  const links = Array.from({ length: 200 }, (_, i) => ({ ...invite(event.id), partySize: (i % 3) + 1 }))
  const responses = await Promise.all(
    links.map(({ token, partySize }) => new TestClient(server.url).post(`/r/${token}`, { answer: 'yes', partySize: String(partySize) })),
  )
  expect(responses.map((r) => r.status).filter((s) => s !== 302)).toEqual([])

  const rows = testDb()
    .select({ id: rsvps.id, status: rsvps.status, partySize: rsvps.partySize, waitlistedAt: rsvps.waitlistedAt, seq: sql<number>`rowid` })
    .from(rsvps)
    .where(eq(rsvps.eventId, event.id))
    .orderBy(sql`rowid`)
    .all()
  expect(rows).toHaveLength(200)
  const taken = rows.filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + r.partySize, 0)
  expect(taken).toBeLessThanOrEqual(50)
  expect(rows.every((r) => r.status === 'confirmed' || r.status === 'waitlisted')).toBe(true)

  // Replaying the answers in the order they arrived gives exactly the stored decisions.
  let free = 50
  const expected = rows.map((r) => {
    if (r.partySize <= free) {
      free -= r.partySize
      return 'confirmed'
    }
    return 'waitlisted'
  })
  expect(rows.map((r) => r.status)).toEqual(expected)
  const waitlist = rows.filter((r) => r.status === 'waitlisted')
  expect(waitlist.length).toBeGreaterThan(100)
  for (let i = 1; i < waitlist.length; i++) {
    expect(waitlist[i]!.waitlistedAt!.getTime()).toBeGreaterThanOrEqual(waitlist[i - 1]!.waitlistedAt!.getTime())
  }
  expect(testDb().select().from(rsvps).where(and(eq(rsvps.eventId, event.id), eq(rsvps.status, 'waitlisted'))).all()).toHaveLength(waitlist.length)
}, 120_000)

test('a signed-in member answers with one click, without confirming an address', async () => {
  const member = await createUser({ name: 'Miriam Cohen' })
  const event = createEvent({ organisationId: createOrganisation().id, capacity: 10 })
  const client = new TestClient(server.url)
  await client.signIn(member.email, TEST_PASSWORD)
  const response = await client.post(`/events/${event.id}/answer`, { answer: 'yes' })
  expect(response.status).toBe(302)
  const rows = testDb().select().from(rsvps).where(eq(rsvps.eventId, event.id)).all()
  expect(rows).toMatchObject([{ email: member.email.toLowerCase(), name: 'Miriam Cohen', status: 'confirmed', partySize: 1, userId: member.id }])
  expect(listOutboxFor(member.email.toLowerCase()).map((m) => m.template)).toEqual(['rsvp-received'])
  expect(await (await client.follow(response)).text()).toContain('Zugesagt')
})

test('after the deadline the page says so and offers only "no"; the organiser can still add people', async () => {
  const organisation = createOrganisation()
  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const event = createEvent({ organisationId: organisation.id, capacity: 10, rsvpDeadline: new Date(Date.now() - 60_000) })
  const { invitation, token } = invite(event.id)
  const client = new TestClient(server.url)
  const html = await (await client.get(`/r/${token}?answer=yes`)).text()
  expect(html).toContain('Die Anmeldefrist ist abgelaufen. Sie können nur noch absagen.')
  expect(html).not.toMatch(/type="radio"[^>]*value="yes"/)
  const refused = await client.post(`/r/${token}`, { answer: 'yes', partySize: '1' })
  expect(refused.status).toBe(409)
  expect(await refused.text()).toContain('Die Anmeldefrist ist abgelaufen. Absagen ist weiterhin möglich.')
  expect(rsvpOf(invitation.id)).toBeUndefined()
  expect((await client.post(`/r/${token}`, { answer: 'no' })).status).toBe(302)
  expect(rsvpOf(invitation.id)).toMatchObject({ status: 'declined' })

  const organiser = new TestClient(server.url)
  await organiser.signIn(editor.email, TEST_PASSWORD)
  const added = await organiser.post(`/events/${event.id}/attendees`, { intent: 'add', name: 'Herr Nachzügler', email: 'spaet@example.org', partySize: '2' })
  expect(added.status).toBe(302)
  expect(testDb().select().from(rsvps).where(eq(rsvps.email, 'spaet@example.org')).get()).toMatchObject({ status: 'confirmed', partySize: 2 })
  const bad = await organiser.post(`/events/${event.id}/attendees`, { intent: 'add', name: '', email: 'kaputt', partySize: '0' })
  expect(bad.status).toBe(400)
})

test('at the door the organiser finds a guest by name and marks the party as arrived; attendance is kept', async () => {
  const organisation = createOrganisation()
  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const event = createEvent({ organisationId: organisation.id, capacity: 10 })
  const a = invite(event.id, { name: 'Fatma Öztürk' })
  const b = invite(event.id, { name: 'Peter Schmidt' })
  respondToEvent({ invitationId: a.invitation.id, answer: 'yes', partySize: 2, needs: null })
  respondToEvent({ invitationId: b.invitation.id, answer: 'yes', partySize: 1, needs: null })
  const organiser = new TestClient(server.url)
  await organiser.signIn(editor.email, TEST_PASSWORD)
  const found = await (await organiser.get(`/events/${event.id}/attendees/check-in?q=fatma`)).text()
  expect(found).toContain('Fatma Öztürk')
  expect(found).not.toContain('Peter Schmidt')
  const rsvpId = rsvpOf(a.invitation.id)!.id
  const marked = await organiser.post(`/events/${event.id}/attendees/check-in`, { rsvpId, arrived: 'true', q: 'fatma' })
  expect(marked.status).toBe(302)
  expect(rsvpOf(a.invitation.id)!.checkedInAt).toBeInstanceOf(Date)
  expect((await organiser.post(`/events/${event.id}/attendees/check-in`, { rsvpId: 'unbekannt', arrived: 'true' })).status).toBe(404)
})

test('raising the capacity in the organiser settings promotes the waitlist; bad settings get messages next to the fields', async () => {
  const organisation = createOrganisation()
  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const event = createEvent({ organisationId: organisation.id, capacity: 1 })
  const first = invite(event.id)
  const second = invite(event.id)
  respondToEvent({ invitationId: first.invitation.id, answer: 'yes', partySize: 1, needs: null })
  respondToEvent({ invitationId: second.invitation.id, answer: 'yes', partySize: 2, needs: null })
  expect(rsvpOf(second.invitation.id)!.status).toBe('waitlisted')
  const organiser = new TestClient(server.url)
  await organiser.signIn(editor.email, TEST_PASSWORD)
  const settings = { intent: 'settings', capacity: '3', maxPartySize: '4', waitlistMode: 'auto', offerHours: '24', reminderDaysBefore: '2' }
  const bad = await organiser.post(`/events/${event.id}/attendees`, { ...settings, capacity: '0', offerHours: '999' })
  expect(bad.status).toBe(400)
  const html = await bad.text()
  expect(html).toContain('Bitte 1 bis 168 Stunden.')
  expect(rsvpOf(second.invitation.id)!.status).toBe('waitlisted')
  expect((await organiser.post(`/events/${event.id}/attendees`, settings)).status).toBe(302)
  expect(rsvpOf(second.invitation.id)!.status).toBe('confirmed')
  expect(listOutboxFor(second.invitation.email).at(-1)!.template).toBe('rsvp-promoted')
})
