import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, calendarFeedTokens, invitations, rsvps } from '../../db/schema'
import { TestClient } from '../support/client'
import {
  addMember,
  addToNetwork,
  createEvent,
  createNetwork,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
  testDb,
} from '../support/factories'
import { webcalUrl } from '~/components/subscribe-links'
import { publicFeedUrl } from '~/domain/calendar/feeds.server'
import { listObservances } from '~/domain/observances'
import { addDays } from '~/utils/time'
import { icsProblems, linesOf, parseEvents } from '../support/ics'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
const DAY = 24 * 60 * 60_000

beforeAll(async () => {
  testDb()
  server = await startServer()
})

afterAll(() => server?.stop())

const get = (path: string, headers: Record<string, string> = {}) => new TestClient(server.url).get(path, headers)

/** Fetches a calendar URL, checks status, content type and conformance, and returns its parsed events. */
async function calendar(client: TestClient, path: string) {
  const response = await client.get(path)
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect(icsProblems(bytes), path).toEqual([])
  const text = Buffer.from(bytes).toString('utf8')
  return { response, text, events: parseEvents(bytes), uids: parseEvents(bytes).map((e) => e.uid) }
}

const uid = (id: string) => `event-${id}@127.0.0.1`

async function world() {
  const organiser = createOrganisation({ contactEmail: 'kontakt@moschee.example', tradition: 'islamic', municipalityId: '03459001' })
  const outsiderOrg = createOrganisation()
  const network = createNetwork()
  const otherNetwork = createNetwork()
  addToNetwork(network.id, organiser.id)
  addToNetwork(otherNetwork.id, outsiderOrg.id)
  const member = await createUser({ locale: 'de' })
  const outsider = await createUser()
  addMember(organiser.id, member.id, 'member')
  addMember(outsiderOrg.id, outsider.id, 'editor')
  const now = Date.now()
  const at = (days: number) => new Date(now + days * DAY)
  const base = { organisationId: organiser.id, networkId: network.id }
  const events = {
    public: createEvent({ ...base, title: 'Offenes Fastenbrechen; Gäste, willkommen', startsAt: at(10), municipalityId: '03459001' }),
    network: createEvent({ ...base, visibility: 'network', title: 'Netzwerktreffen intern', startsAt: at(12) }),
    invited: createEvent({ organisationId: outsiderOrg.id, visibility: 'invited', title: 'Nur mit Einladung', startsAt: at(14) }),
    otherNetwork: createEvent({ organisationId: outsiderOrg.id, networkId: otherNetwork.id, visibility: 'network', startsAt: at(15) }),
    draft: createEvent({ ...base, status: 'draft', startsAt: at(16) }),
    cancelledRecently: createEvent({ ...base, status: 'cancelled', startsAt: at(20), changeCount: 2, updatedAt: at(-5) }),
    cancelledLongAgo: createEvent({ ...base, status: 'cancelled', startsAt: at(20), updatedAt: at(-40) }),
    endedLately: createEvent({ ...base, startsAt: at(-80) }),
    endedLongAgo: createEvent({ ...base, startsAt: at(-100) }),
    farAhead: createEvent({ ...base, startsAt: at(800) }),
    festival: createEvent({ organisationId: outsiderOrg.id, kind: 'festival', startsAt: at(30) }),
  }
  const db = testDb()
  db.insert(invitations).values({ eventId: events.invited.id, email: member.email, tokenHash: `hash-${events.invited.id}` }).run()
  return { organiser, network, member, outsider, events }
}

test('the public feed holds public events in its window and recently cancelled ones, never network-only, invited or draft events', async () => {
  const { events } = await world()
  const { text, events: parsed, uids, response } = await calendar(new TestClient(server.url), '/calendar.ics')
  for (const name of ['public', 'cancelledRecently', 'endedLately', 'festival'] as const) expect(uids, name).toContain(uid(events[name].id))
  for (const name of ['network', 'invited', 'otherNetwork', 'draft', 'cancelledLongAgo', 'endedLongAgo', 'farAhead'] as const) {
    expect(uids, name).not.toContain(uid(events[name].id))
  }
  expect(linesOf(text, 'METHOD')).toEqual([])
  expect(text).toContain('X-PUBLISHED-TTL:PT1H')
  expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
  expect(response.headers.get('last-modified')).toMatch(/GMT$/)
  const cancelled = parsed.find((e) => e.uid === uid(events.cancelledRecently.id))!
  expect([cancelled.status, cancelled.sequence]).toEqual(['CANCELLED', 2])
  const open = parsed.find((e) => e.uid === uid(events.public.id))!
  expect(open.summary).toBe('Offenes Fastenbrechen; Gäste, willkommen')
  expect(open.startUtc).toBe(new Date(Math.floor(events.public.startsAt.getTime() / 1000) * 1000).toISOString())
  expect(open.component.getFirstPropertyValue('organizer')).toBe('mailto:kontakt@moschee.example')
  expect(open.component.getFirstProperty('categories')!.getValues()).toEqual(['Vortrag', 'Islamisch'])
})

test('the public feed takes the filters of the public calendar', async () => {
  const { events, network, organiser } = await world()
  const client = new TestClient(server.url)
  const byNetwork = await calendar(client, `/calendar.ics?network=${network.slug}`)
  expect(byNetwork.uids).toContain(uid(events.public.id))
  expect(byNetwork.uids).not.toContain(uid(events.festival.id))
  expect(byNetwork.text).toContain(`X-WR-CALNAME:Dialognetz – ${network.name}`)
  const byKind = await calendar(client, '/calendar.ics?kind=festival')
  expect(byKind.uids).toContain(uid(events.festival.id))
  expect(byKind.uids).not.toContain(uid(events.public.id))
  const byOrganisation = await calendar(client, `/calendar.ics?organisation=${organiser.slug}&tradition=islamic`)
  expect(byOrganisation.uids).toContain(uid(events.public.id))
  expect(byOrganisation.uids).not.toContain(uid(events.festival.id))
  // Alfhausen belongs to the Samtgemeinde Bersenbrück: the Samtgemeinde includes it.
  for (const municipality of ['03459001', 'samtgemeinde-bersenbrueck']) {
    const byPlace = await calendar(client, `/calendar.ics?municipality=${municipality}`)
    expect(byPlace.uids, municipality).toContain(uid(events.public.id))
    expect(byPlace.uids, municipality).not.toContain(uid(events.festival.id))
  }
})

test('bad filter values are a 400 with a plain message', async () => {
  for (const query of [
    'kind=bogus',
    'tradition=pastafarian',
    'network=Not%20A%20Slug',
    'network=no-such-network',
    'organisation=no-such-organisation',
    'municipality=99999999',
    'kind=talk&kind=festival',
  ]) {
    const response = await get(`/calendar.ics?${query}`)
    expect(response.status, query).toBe(400)
    expect(response.headers.get('content-type'), query).toBe('text/plain; charset=utf-8')
    expect((await response.text()).length, query).toBeGreaterThan(10)
  }
  const english = await get('/calendar.ics?kind=bogus&lang=en')
  expect(await english.text()).toContain('Invalid filter value: kind')
})

test('feeds answer If-None-Match with 304 and HEAD with the headers only', async () => {
  await world()
  const first = await get('/calendar.ics')
  const etag = first.headers.get('etag')!
  const body = await first.text()
  const again = await get('/calendar.ics', { 'If-None-Match': etag })
  expect(again.status).toBe(304)
  expect(again.headers.get('etag')).toBe(etag)
  expect(await again.text()).toBe('')
  expect((await get('/calendar.ics', { 'If-None-Match': '"something-else"' })).status).toBe(200)
  const head = await fetch(`${server.url}/calendar.ics`, { method: 'HEAD' })
  expect(head.status).toBe(200)
  expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  expect(head.headers.get('etag')).toBe(etag)
  expect(await head.text()).toBe('')
  expect(body.length).toBeGreaterThan(100)
})

test('the file of one event is there for those who may see it and a 404 for everyone else', async () => {
  const { events, member, outsider } = await world()
  const anonymous = new TestClient(server.url)
  const file = await calendar(anonymous, `/events/${events.public.id}/calendar.ics`)
  expect(file.uids).toEqual([uid(events.public.id)])
  expect(linesOf(file.text, 'METHOD')).toEqual(['METHOD:PUBLISH'])
  expect(linesOf(file.text, 'URL')).toEqual([`URL;VALUE=URI:${server.url}/events/${events.public.id}`])
  expect(file.response.headers.get('content-disposition')).toBe('attachment; filename="event.ics"')
  for (const id of [events.network.id, events.draft.id, 'no-such-event']) {
    const response = await anonymous.get(`/events/${id}/calendar.ics`)
    expect(response.status, id).toBe(404)
  }
  const memberClient = new TestClient(server.url)
  await memberClient.signIn(member.email, TEST_PASSWORD)
  expect((await calendar(memberClient, `/events/${events.network.id}/calendar.ics`)).uids).toEqual([uid(events.network.id)])
  const outsiderClient = new TestClient(server.url)
  await outsiderClient.signIn(outsider.email, TEST_PASSWORD)
  expect((await outsiderClient.get(`/events/${events.network.id}/calendar.ics`)).status).toBe(404)
  const cancelled = await calendar(anonymous, `/events/${events.cancelledRecently.id}/calendar.ics`)
  expect(cancelled.events[0]!.status).toBe('CANCELLED')
})

/** Creates (or resets) the personal feed on /account/feed and returns its path. */
async function createFeed(client: TestClient): Promise<string> {
  const response = await client.post('/account/feed', { intent: 'reset' })
  expect(response.status).toBe(200)
  const html = await response.text()
  const match = /value="http:\/\/127\.0\.0\.1:\d+(\/feeds\/[a-z2-7]{32}\/calendar\.ics)"/.exec(html)
  expect(match, 'feed address on the page').not.toBeNull()
  expect(html).toContain(`href="webcal://127.0.0.1:${new URL(server.url).port}${match![1]}"`)
  return match![1]!
}

test('a personal feed holds invited, answered and network events the person may see, and nothing of other networks', async () => {
  const { events, member, outsider } = await world()
  const yesEvent = createEvent({ organisationId: createOrganisation().id, title: 'Zugesagt', startsAt: new Date(Date.now() + 40 * DAY) })
  const noEvent = createEvent({ organisationId: createOrganisation().id, title: 'Abgesagt', startsAt: new Date(Date.now() + 41 * DAY) })
  testDb()
    .insert(rsvps)
    .values([
      { eventId: yesEvent.id, userId: member.id, email: member.email, name: member.name, answer: 'yes', status: 'confirmed' },
      { eventId: noEvent.id, userId: member.id, email: member.email, name: member.name, answer: 'no', status: 'declined' },
    ])
    .run()
  const memberClient = new TestClient(server.url)
  await memberClient.signIn(member.email, TEST_PASSWORD)
  const feedPath = await createFeed(memberClient)
  const feed = await calendar(new TestClient(server.url), feedPath)
  for (const name of ['public', 'network', 'invited', 'cancelledRecently'] as const) expect(feed.uids, name).toContain(uid(events[name].id))
  expect(feed.uids).toContain(uid(yesEvent.id))
  for (const name of ['otherNetwork', 'draft', 'festival', 'cancelledLongAgo'] as const) expect(feed.uids, name).not.toContain(uid(events[name].id))
  expect(feed.uids).not.toContain(uid(noEvent.id))
  expect(feed.response.headers.get('cache-control')).toContain('private')
  expect(feed.text).toContain(`X-WR-CALNAME:Dialognetz – mein Kalender (${member.name})`)

  const outsiderClient = new TestClient(server.url)
  await outsiderClient.signIn(outsider.email, TEST_PASSWORD)
  const outsiderFeed = await calendar(new TestClient(server.url), await createFeed(outsiderClient))
  expect(outsiderFeed.uids).toContain(uid(events.otherNetwork.id))
  for (const name of ['network', 'invited', 'public'] as const) expect(outsiderFeed.uids, name).not.toContain(uid(events[name].id))
})

test('only the hash of the feed token is stored, and a reset makes the old address a 404', async () => {
  const { member } = await world()
  const client = new TestClient(server.url)
  await client.signIn(member.email, TEST_PASSWORD)
  const first = await createFeed(client)
  const token = first.split('/')[2]!
  const stored = testDb().select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, member.id)).all()
  expect(stored).toHaveLength(1)
  expect(stored[0]!.tokenHash).not.toContain(token)
  expect((await get(first)).status).toBe(200)
  const accountPage = await (await client.get('/account/feed')).text()
  expect(accountPage).not.toContain(token)
  const second = await createFeed(client)
  expect(second).not.toBe(first)
  expect((await get(first)).status).toBe(404)
  expect((await get(second)).status).toBe(200)
  expect(testDb().select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, member.id)).all()).toHaveLength(1)
  expect(testDb().select().from(auditLog).where(eq(auditLog.action, 'calendar.feed_token_reset')).all().length).toBeGreaterThanOrEqual(2)
  expect((await get('/feeds/not-a-token/calendar.ics')).status).toBe(404)
  expect((await get(`/feeds/${'a'.repeat(32)}/calendar.ics`)).status).toBe(404)
})

test('creating a feed address needs a signed-in person and a same-origin POST', async () => {
  const anonymous = new TestClient(server.url)
  const response = await anonymous.post('/account/feed', { intent: 'reset' })
  expect(response.status).toBe(302)
  expect(response.headers.get('location')).toMatch(/^\/login/)
  const { member } = await world()
  const client = new TestClient(server.url)
  await client.signIn(member.email, TEST_PASSWORD)
  expect((await client.post('/account/feed', { intent: 'reset' }, { origin: 'https://evil.example' })).status).toBe(403)
  expect((await client.post('/account/feed', { intent: 'something' })).status).toBe(400)
  const page = await client.get('/account/feed')
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Kalenderadresse erstellen')
})

test('the observance calendar is all-day entries with the exclusive end date, filtered by tradition and year', async () => {
  const { text, events } = await calendar(new TestClient(server.url), '/observances.ics?tradition=islamic&year=2026')
  expect(events.length).toBeGreaterThan(3)
  expect(events.every((e) => e.allDay)).toBe(true)
  expect(events.every((e) => e.startUtc.startsWith('2026') || e.endUtc.startsWith('2026'))).toBe(true)
  expect(linesOf(text, 'CATEGORIES').every((l) => l === 'CATEGORIES:Islamisch')).toBe(true)
  const ramadan = events.find((e) => /Ramadan/.test(e.summary))!
  expect(ramadan.endUtc > ramadan.startUtc).toBe(true)
  const several = await calendar(new TestClient(server.url), '/observances.ics?tradition=jewish,christian-western&year=2026')
  const categories = new Set(linesOf(several.text, 'CATEGORIES'))
  expect(categories).toEqual(new Set(['CATEGORIES:Jüdisch', 'CATEGORIES:Christlich (westlich)']))
  // Each entry runs from its first day to the day after its last day.
  const expected = listObservances({ from: '2026-01-01', to: '2026-12-31', traditions: ['jewish', 'christian-western'] })
  expect(several.events.map((e) => [e.summary, e.startUtc, e.endUtc])).toEqual(expected.map((o) => [o.name.de, o.start, addDays(o.end, 1)]))
  for (const query of ['year=20x6', 'year=1800', 'tradition=klingon', 'year=2026&year=2027']) {
    expect((await get(`/observances.ics?${query}`)).status, query).toBe(400)
  }
})

test('a server running in New York time serves the same bytes as one running in UTC', async () => {
  const { events } = await world()
  const newYork = await startServer({ TZ: 'America/New_York' })
  try {
    const newYorkUrl = new URL(newYork.url)
    for (const path of ['/calendar.ics', `/events/${events.public.id}/calendar.ics`, '/observances.ics?year=2026']) {
      const here = Buffer.from(await (await get(path)).arrayBuffer()).toString('utf8')
      const there = Buffer.from(await (await fetch(`${newYork.url}${path}`)).arrayBuffer()).toString('utf8')
      // Only the host differs (each server names its own origin in UIDs and URLs).
      expect(there.replaceAll(newYorkUrl.host, 'HOST').replaceAll(newYorkUrl.hostname, 'HOST')).toBe(
        here.replaceAll(new URL(server.url).host, 'HOST').replaceAll(new URL(server.url).hostname, 'HOST'),
      )
    }
  } finally {
    await newYork.stop()
  }
})

test('subscribe addresses are absolute, carry the filters and have a webcal:// twin', () => {
  expect(publicFeedUrl()).toBe('http://localhost:3000/calendar.ics')
  expect(publicFeedUrl({ network: 'runder-tisch', kind: undefined })).toBe('http://localhost:3000/calendar.ics?network=runder-tisch')
  expect(webcalUrl('https://dialognetz.example/calendar.ics?network=a')).toBe('webcal://dialognetz.example/calendar.ics?network=a')
})
