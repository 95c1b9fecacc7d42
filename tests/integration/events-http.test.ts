import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, events, invitations, rsvps } from '../../db/schema'
import { TestClient } from '../support/client'
import {
  addMember,
  addToNetwork,
  appointCoordinator,
  createEvent,
  createNetwork,
  createOrganisation,
  createUser,
  listOutboxFor,
  testDb,
  TEST_PASSWORD,
} from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
const db = testDb()

// A small district: a trusted and an untrusted organisation in one network, an outsider elsewhere.
const jewish = createOrganisation({ name: 'Synagogengemeinde Test', tradition: 'jewish', trusted: true })
const mosque = createOrganisation({ name: 'Moscheegemeinde Test', tradition: 'islamic', trusted: false })
const outsiderOrg = createOrganisation({ name: 'Außenstehende Organisation', tradition: 'christian-western' })
const network = createNetwork({ name: 'Testnetzwerk Dialog' })
const otherNetwork = createNetwork({ name: 'Anderes Netzwerk' })
addToNetwork(network.id, jewish.id)
addToNetwork(network.id, mosque.id)
addToNetwork(otherNetwork.id, outsiderOrg.id)
const memberOrg = createOrganisation({ name: 'Mitgliedsorganisation', tradition: 'christian-western' })
addToNetwork(network.id, memberOrg.id)

let people: Record<'office' | 'coordinator' | 'otherCoordinator' | 'trustedEditor' | 'editor' | 'networkMember' | 'outsider', Awaited<ReturnType<typeof createUser>>>

beforeAll(async () => {
  people = {
    office: await createUser({ role: 'admin' }),
    coordinator: await createUser(),
    otherCoordinator: await createUser(),
    trustedEditor: await createUser(),
    editor: await createUser(),
    networkMember: await createUser(),
    outsider: await createUser(),
  }
  appointCoordinator(network.id, people.coordinator.id)
  appointCoordinator(otherNetwork.id, people.otherCoordinator.id)
  addMember(jewish.id, people.trustedEditor.id, 'editor')
  addMember(mosque.id, people.editor.id, 'editor')
  addMember(memberOrg.id, people.networkMember.id, 'member')
  addMember(outsiderOrg.id, people.outsider.id, 'editor')
  server = await startServer()
})

afterAll(() => server?.stop())

async function as(who: keyof typeof people | null) {
  const client = new TestClient(server.url)
  if (who) await client.signIn(people[who].email, TEST_PASSWORD)
  return client
}

/** A valid form for an ordinary Wednesday evening without observances of note. */
function form(overrides: Record<string, string> = {}) {
  return {
    title: 'Gesprächsabend',
    description: 'Erste Zeile\nhttps://example.org/info',
    kind: 'dialogue-round',
    organisationId: mosque.id,
    networkId: network.id,
    visibility: 'public',
    startDate: '2027-11-17',
    startTime: '19:00',
    endDate: '2027-11-17',
    endTime: '21:00',
    venueName: 'Gemeindehaus',
    intent: 'submit',
    ...overrides,
  }
}

const eventIdFrom = (response: Response) => /\/events\/([a-z0-9]+)$/.exec(response.headers.get('Location') ?? '')?.[1]

test('an editor of a non-trusted organisation submits; the event waits, hidden from the public, until the network coordinator approves it', async () => {
  const editor = await as('editor')
  const response = await editor.post('/events/new', form({ title: 'Moderationspfad Koordination' }))
  expect(response.status).toBe(302)
  const id = eventIdFrom(response)!
  expect(db.select().from(events).where(eq(events.id, id)).get()?.status).toBe('submitted')
  expect((await (await as(null)).get(`/events/${id}`)).status).toBe(404)

  // Only moderators see the queue; a coordinator of another network may not approve.
  expect((await editor.get('/moderation')).status).toBe(403)
  const other = await as('otherCoordinator')
  expect(await (await other.get('/moderation')).text()).not.toContain('Moderationspfad Koordination')
  expect((await other.post('/moderation', { intent: 'approve', eventId: id })).status).toBe(403)
  expect((await editor.post('/moderation', { intent: 'approve', eventId: id })).status).toBe(403)

  const coordinator = await as('coordinator')
  expect(await (await coordinator.get('/moderation')).text()).toContain('Moderationspfad Koordination')
  expect((await coordinator.post('/moderation', { intent: 'approve', eventId: id })).status).toBe(302)
  expect(db.select().from(events).where(eq(events.id, id)).get()?.status).toBe('published')
  expect((await (await as(null)).get(`/events/${id}`)).status).toBe(200)
})

test('the office sends an event back with a comment, the editor sees it and resubmits', async () => {
  const editor = await as('editor')
  const id = eventIdFrom(await editor.post('/events/new', form({ title: 'Zurückgegeben' })))!
  const office = await as('office')
  const empty = await office.post('/moderation', { intent: 'send-back', eventId: id, comment: '' })
  expect(empty.status).toBe(400)
  expect(db.select().from(events).where(eq(events.id, id)).get()?.status).toBe('submitted')
  expect((await office.post('/moderation', { intent: 'send-back', eventId: id, comment: 'Bitte den Ort ergänzen.' })).status).toBe(302)
  const row = db.select().from(events).where(eq(events.id, id)).get()!
  expect(row.status).toBe('draft')
  expect(await (await editor.get('/me/events')).text()).toContain('Bitte den Ort ergänzen.')
  const resubmitted = await editor.post(`/events/${id}/edit`, form({ title: 'Zurückgegeben', venueName: 'Gemeindesaal' }))
  expect(resubmitted.status).toBe(302)
  expect(db.select().from(events).where(eq(events.id, id)).get()?.status).toBe('submitted')
})

test('an editor of a trusted organisation publishes directly, and a draft stays a draft', async () => {
  const trusted = await as('trustedEditor')
  const published = eventIdFrom(await trusted.post('/events/new', form({ organisationId: jewish.id, title: 'Direkt veröffentlicht' })))!
  expect(db.select().from(events).where(eq(events.id, published)).get()?.status).toBe('published')
  const draft = eventIdFrom(await trusted.post('/events/new', form({ organisationId: jewish.id, title: 'Nur ein Entwurf', intent: 'draft' })))!
  expect(db.select().from(events).where(eq(events.id, draft)).get()?.status).toBe('draft')
})

test('someone without an editor role gets 403 on the form, and an editor cannot create for another organisation', async () => {
  expect((await (await as('networkMember')).get('/events/new')).status).toBe(403)
  expect((await (await as('networkMember')).post('/events/new', form())).status).toBe(403)
  expect((await (await as('outsider')).post('/events/new', form({ organisationId: mosque.id }))).status).toBe(403)
  expect((await (await as(null)).get('/events/new')).status).toBe(302)
})

test('bad input gets a message next to the field and saves nothing', async () => {
  const editor = await as('editor')
  const before = db.select().from(events).all().length
  const cases: [Record<string, string>, string][] = [
    [{ endTime: '18:00' }, 'Das Ende muss nach dem Beginn liegen.'],
    [{ startDate: '2027-02-30', endDate: '2027-03-01' }, 'Bitte geben Sie ein gültiges Datum ein'],
    [{ startDate: '1899-12-31', endDate: '1899-12-31' }, 'Bitte geben Sie ein gültiges Datum ein'],
    [{ capacity: '0' }, 'Es muss mindestens einen Platz geben.'],
    [{ onlineUrl: 'javascript:alert(1)' }, 'mit https:// oder http:// beginnt'],
    [{ onlineUrl: 'ftp://example.org/x' }, 'mit https:// oder http:// beginnt'],
    [{ organisationId: 'gibt-es-nicht' }, 'Diese Organisation gibt es nicht.'],
    [{ networkId: 'gibt-es-nicht' }, 'Dieses Netzwerk gibt es nicht.'],
    [{ municipalityId: 'gibt-es-nicht' }, 'Diese Gemeinde gibt es nicht.'],
    [{ venueName: '' }, 'Bitte geben Sie einen Ort oder einen Online-Link an.'],
    [{ visibility: 'network', networkId: '' }, 'wählen Sie bitte ein Netzwerk'],
    [{ capacity: 'viele' }, 'Bitte geben Sie eine ganze Zahl ein.'],
    [{ title: '' }, 'Bitte füllen Sie dieses Feld aus.'],
    [{ allDay: 'on', startDate: '2027-11-18', endDate: '2027-11-17' }, 'Das Ende muss nach dem Beginn liegen.'],
    [{ kind: 'party' }, 'Bitte füllen Sie dieses Feld aus.'],
    [{ frequency: 'weekly' }, 'mehr als 500 Termine'],
    [{ frequency: 'weekly', count: '1', exceptionDates: '2027-11-17' }, 'keinen einzigen Termin'],
    [{ frequency: 'weekly', count: '501' }, 'mehr als 500 Termine'],
  ]
  for (const [overrides, message] of cases) {
    const response = await editor.post('/events/new', form(overrides))
    expect(response.status, JSON.stringify(overrides)).toBe(400)
    expect(await response.text(), JSON.stringify(overrides)).toContain(message)
  }
  expect(db.select().from(events).all().length).toBe(before)
})

test('a date on the eve of Yom Kippur is not saved until the organiser confirms the warning, which names the affected organisation', async () => {
  const editor = await as('editor')
  const before = db.select().from(events).all().length
  const eve = form({ title: 'Am Vorabend', startDate: '2027-10-10', endDate: '2027-10-10', startTime: '18:30', endTime: '21:00' })
  const warned = await editor.post('/events/new', eve)
  expect(warned.status).toBe(200)
  const html = await warned.text()
  expect(html).toContain('Jom Kippur')
  expect(html).toContain('Synagogengemeinde Test')
  expect(html).toContain('role="alert"')
  expect(db.select().from(events).all().length).toBe(before)
  const saved = await editor.post('/events/new', { ...eve, confirmConflicts: 'on' })
  expect(saved.status).toBe(302)
  expect(db.select().from(events).all().length).toBe(before + 1)
  // The moderators see the warning too.
  const queue = await (await as('office')).get('/moderation')
  expect(await queue.text()).toMatch(/Hohe Feiertage an diesem Termin:<\/strong> (<!-- -->)?Jom Kippur/)
})

test('editing a published event keeps it published, raises the change counter and records the changes', async () => {
  const trusted = await as('trustedEditor')
  const id = eventIdFrom(await trusted.post('/events/new', form({ organisationId: jewish.id, title: 'Wird geändert' })))!
  const response = await trusted.post(`/events/${id}/edit`, form({ organisationId: jewish.id, title: 'Wurde geändert', endTime: '21:30' }))
  expect(response.status).toBe(302)
  const row = db.select().from(events).where(eq(events.id, id)).get()!
  expect(row.status).toBe('published')
  expect(row.title).toBe('Wurde geändert')
  expect(row.changeCount).toBe(1)
  const entry = db.select().from(auditLog).where(eq(auditLog.entityId, id)).all().find((e) => e.action === 'event.edited')!
  expect((entry.details as { changed: string[] }).changed.sort()).toEqual(['endsAt', 'title'])
  // Others may not edit: 403 for a visible event, 404 for an invisible one.
  expect((await (await as('outsider')).get(`/events/${id}/edit`)).status).toBe(403)
  const draft = createEvent({ organisationId: jewish.id, status: 'draft' })
  expect((await (await as('outsider')).get(`/events/${draft.id}/edit`)).status).toBe(404)
  expect((await (await as('outsider')).get('/events/unbekannt')).status).toBe(404)
})

test('cancelling asks for a reason, marks the page and queues a notice to everyone who answered, in their language', async () => {
  const event = createEvent({ organisationId: jewish.id, networkId: network.id, title: 'Wird abgesagt' })
  const invitation = db
    .insert(invitations)
    .values({ eventId: event.id, email: 'gast@example.org', locale: 'en', tokenHash: `hash-${event.id}` })
    .returning()
    .get()
  db.insert(rsvps).values({ eventId: event.id, invitationId: invitation.id, email: 'gast@example.org', name: 'Guest', answer: 'yes', status: 'confirmed' }).run()
  db.insert(rsvps).values({ eventId: event.id, email: 'nein@example.org', name: 'Absage', answer: 'no', status: 'declined' }).run()
  const trusted = await as('trustedEditor')
  expect((await trusted.post(`/events/${event.id}/cancel`, { reason: '' })).status).toBe(400)
  expect((await (await as('networkMember')).post(`/events/${event.id}/cancel`, { reason: 'x' })).status).toBe(403)
  expect((await trusted.post(`/events/${event.id}/cancel`, { reason: 'Der Saal ist <b>nicht</b> verfügbar.' })).status).toBe(302)
  const page = await (await as(null)).get(`/events/${event.id}`)
  const html = await page.text()
  expect(html).toContain('Abgesagt.')
  expect(html).toContain('Der Saal ist &lt;b&gt;nicht&lt;/b&gt; verfügbar.')
  expect(html).not.toContain('id="answer"')
  const [guestMail] = listOutboxFor('gast@example.org')
  expect(guestMail?.template).toBe('event-cancelled')
  expect(guestMail?.locale).toBe('en')
  expect(listOutboxFor('nein@example.org')).toHaveLength(1)
  expect((await trusted.post(`/events/${event.id}/cancel`, { reason: 'noch einmal' })).status).toBe(409)
})

test('the visibility rule holds on the list, the detail page, search and the start page', async () => {
  const marker = 'Sichtbarkeitsprobe'
  const shown = {
    public: createEvent({ organisationId: jewish.id, networkId: network.id, visibility: 'public', title: `${marker} öffentlich` }),
    network: createEvent({ organisationId: jewish.id, networkId: network.id, visibility: 'network', title: `${marker} Netzwerk` }),
    draft: createEvent({ organisationId: jewish.id, networkId: network.id, status: 'draft', title: `${marker} Entwurf` }),
  }
  const expectations: [keyof typeof people | null, (keyof typeof shown)[], (keyof typeof shown)[]][] = [
    // who, detail pages they may open, entries in the public calendar
    [null, ['public'], ['public']],
    ['networkMember', ['public', 'network'], ['public', 'network']],
    ['outsider', ['public'], ['public']],
    ['trustedEditor', ['public', 'network', 'draft'], ['public', 'network']],
    ['office', ['public', 'network', 'draft'], ['public', 'network']],
  ]
  for (const [who, detail, listed] of expectations) {
    const client = await as(who)
    for (const [name, event] of Object.entries(shown)) {
      const status = (await client.get(`/events/${event.id}`)).status
      expect(status, `${who} → ${name}`).toBe(detail.includes(name as keyof typeof shown) ? 200 : 404)
    }
    const list = await (await client.get('/events')).text()
    const search = await (await client.get(`/events?q=${encodeURIComponent(marker)}`)).text()
    const home = await (await client.get('/')).text()
    for (const [name, event] of Object.entries(shown)) {
      const expected = listed.includes(name as keyof typeof shown)
      expect(search.includes(event.title), `${who} search → ${name}`).toBe(expected)
      if (!expected) {
        expect(list.includes(event.title), `${who} list → ${name}`).toBe(false)
        expect(home.includes(event.title), `${who} start page → ${name}`).toBe(false)
      }
    }
    // Counts never leak: the number found equals the entries shown.
    const count = /(\d+) Veranstaltung(en)? gefunden/.exec(search)?.[1]
    expect(Number(count), `${who} count`).toBe(listed.length)
  }
})

test('the calendar filters by kind, language, accessibility, tradition and Samtgemeinde, and has an archive', async () => {
  const talk = createEvent({
    organisationId: mosque.id,
    kind: 'talk',
    title: 'Filterprobe Vortrag',
    languages: ['ar', 'de'],
    accessibility: ['step-free'],
    municipalityId: '03459001', // Alfhausen, in Samtgemeinde Bersenbrück
  })
  const past = createEvent({ organisationId: mosque.id, title: 'Filterprobe vergangen', startsAt: new Date(Date.now() - 10 * 86_400_000) })
  const client = await as(null)
  const search = async (query: string) => (await (await client.get(`/events?q=Filterprobe&${query}`)).text()).includes(talk.title)
  expect(await search('kind=talk')).toBe(true)
  expect(await search('kind=festival')).toBe(false)
  expect(await search('language=ar')).toBe(true)
  expect(await search('language=tr')).toBe(false)
  expect(await search('accessibility=step-free')).toBe(true)
  expect(await search('accessibility=hearing-loop')).toBe(false)
  expect(await search('tradition=islamic')).toBe(true)
  expect(await search('tradition=jewish')).toBe(false)
  const samtgemeinde = db.query.municipalities.findFirst({ where: (m, { eq }) => eq(m.id, '03459001') }).sync()?.samtgemeindeId
  expect(await search(`municipality=${samtgemeinde}`)).toBe(true)
  expect(await search('municipality=03459003')).toBe(false)
  const archive = await (await client.get('/events?archive=1&q=Filterprobe')).text()
  expect(archive).toContain(past.title)
  expect(archive).not.toContain(talk.title)
  expect(await (await client.get('/events?q=Filterprobe')).text()).not.toContain(past.title)
})

test('the description is plain text: line breaks kept, links clickable, HTML escaped', async () => {
  const event = createEvent({ organisationId: jewish.id, description: 'Zeile eins\nZeile <script>alert(1)</script> https://example.org/a.' })
  const html = await (await (await as(null)).get(`/events/${event.id}`)).text()
  expect(html).toContain('Zeile eins<br/>Zeile &lt;script&gt;')
  expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">https://example.org/a</a>.')
  expect(html).not.toContain('<script>alert(1)</script>')
})

test('observances.json answers the documented shape and refuses bad parameters with a plain 400', async () => {
  const client = await as(null)
  const ok = await client.get('/observances.json?from=2027-05-01&to=2027-10-31&tradition=jewish,islamic&lang=en')
  expect(ok.status).toBe(200)
  const body = (await ok.json()) as { observances: Record<string, unknown>[] }
  const yomKippur = body.observances.find((o) => o.id === 'jewish-yom-kippur-2027')
  expect(yomKippur).toEqual({
    id: 'jewish-yom-kippur-2027',
    tradition: 'jewish',
    name: expect.stringContaining('Yom Kippur'),
    start: '2027-10-11',
    end: '2027-10-11',
    beginsPreviousEvening: true,
    uncertaintyDays: 0,
    importance: 'high',
    note: expect.any(String),
  })
  expect(new Set(body.observances.map((o) => o.tradition))).toEqual(new Set(['jewish', 'islamic']))
  for (const bad of [
    'from=2027-02-30&to=2027-03-01',
    'from=2027-01-01',
    'from=2027-03-01&to=2027-01-01',
    'from=2027-01-01&to=2030-01-02',
    'from=2027-01-01&to=2027-02-01&tradition=klingon',
    'from=2027-01-01&to=2027-02-01&lang=fr',
  ]) {
    const response = await client.get(`/observances.json?${bad}`)
    expect(response.status, bad).toBe(400)
    expect(response.headers.get('Content-Type'), bad).toContain('text/plain')
  }
  expect((await client.get('/observances.json?from=2027-01-01&to=2030-01-01')).status).toBe(200)
  // the message follows lang, else the visitor's language (German here; English for an English browser)
  expect(await (await client.get('/observances.json?from=2027-03-01&to=2027-01-01')).text()).toBe('to darf nicht vor from liegen.')
  expect(await (await client.get('/observances.json?from=2027-03-01&to=2027-01-01&lang=en')).text()).toBe('to must not be before from.')
  const english = new TestClient(server.url, { language: 'en-GB,en;q=0.9' })
  expect(await (await english.get('/observances.json?from=2027-01-01&to=2027-02-01&lang=fr')).text()).toBe('lang must be de or en.')
})

test('an organiser cancels and moves single occurrences of a recurring event from its page; others may not', async () => {
  const trusted = await as('trustedEditor')
  const response = await trusted.post('/events/new', form({ organisationId: jewish.id, title: 'Wöchentliche Runde', frequency: 'weekly', count: '3' }))
  const id = eventIdFrom(response)!
  const page = await (await as(null)).get(`/events/${id}`)
  expect(await page.text()).toContain('Nächste Termine')
  expect((await (await as('outsider')).post(`/events/${id}`, { intent: 'cancel-occurrence', originalDate: '2027-11-24' })).status).toBe(403)
  expect((await trusted.post(`/events/${id}`, { intent: 'cancel-occurrence', originalDate: '2027-11-25' })).status).toBe(404)
  expect((await trusted.post(`/events/${id}`, { intent: 'cancel-occurrence', originalDate: '2027-11-24' })).status).toBe(302)
  expect(
    (await trusted.post(`/events/${id}`, { intent: 'move-occurrence', originalDate: '2027-12-01', date: '2027-12-02', startTime: '19:00', endTime: '18:00' })).status,
  ).toBe(400)
  expect(
    (await trusted.post(`/events/${id}`, { intent: 'move-occurrence', originalDate: '2027-12-01', date: '2027-12-02', startTime: '19:00', endTime: '21:00' })).status,
  ).toBe(302)
  const html = await (await (await as(null)).get(`/events/${id}`)).text()
  expect(html).toContain('abgesagt')
  expect(html).toContain('verschoben')
})

test('the answer section appears only while a published event lies ahead; the calendar section always', async () => {
  const upcoming = createEvent({ organisationId: jewish.id })
  const past = createEvent({ organisationId: jewish.id, startsAt: new Date(Date.now() - 3 * 86_400_000) })
  const visitor = await as(null)
  const upcomingHtml = await (await visitor.get(`/events/${upcoming.id}`)).text()
  expect(upcomingHtml).toContain(`id="answer"`)
  expect(upcomingHtml).toContain(`href="/events/${upcoming.id}/answer"`)
  expect(upcomingHtml).toContain(`href="/events/${upcoming.id}/calendar.ics"`)
  const pastHtml = await (await visitor.get(`/events/${past.id}`)).text()
  expect(pastHtml).not.toContain(`id="answer"`)
  expect(pastHtml).toContain(`id="add-to-calendar"`)
  expect(pastHtml).toContain('Diese Veranstaltung hat bereits stattgefunden.')
})

test('"copy to a new date" on /me/events makes a draft and opens its form; only managers may copy', async () => {
  const source = createEvent({ organisationId: jewish.id, title: 'Vorlage zum Kopieren' })
  const trusted = await as('trustedEditor')
  expect(await (await trusted.get('/me/events')).text()).toContain('Vorlage zum Kopieren')
  expect((await trusted.post('/me/events', { eventId: source.id, startDate: '2027-02-30' })).status).toBe(400)
  expect((await (await as('outsider')).post('/me/events', { eventId: source.id, startDate: '2027-12-01' })).status).toBe(403)
  const response = await trusted.post('/me/events', { eventId: source.id, startDate: '2027-12-01' })
  expect(response.status).toBe(302)
  const copyId = /\/events\/([a-z0-9]+)\/edit$/.exec(response.headers.get('Location') ?? '')?.[1]
  const copy = db.select().from(events).where(eq(events.id, copyId!)).get()!
  expect(copy.status).toBe('draft')
  expect(copy.title).toBe('Vorlage zum Kopieren')
  const form = await (await trusted.follow(response)).text()
  expect(form).toContain('value="2027-12-01"')
})

test('the form speaks English to an English-speaking editor, the observances to an English browser', async () => {
  const person = await createUser({ locale: 'en' })
  addMember(jewish.id, person.id, 'editor')
  const editor = new TestClient(server.url)
  await editor.signIn(person.email, TEST_PASSWORD)
  const html = await (await editor.get('/events/new')).text()
  expect(html).toContain('Register an event')
  expect(html).toContain('Organising organisation')
  expect(await (await new TestClient(server.url, { language: 'en' }).get('/observances?year=2027')).text()).toContain('Yom Kippur')
})
