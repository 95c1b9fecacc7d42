import { request as httpRequest } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { eventOccurrenceExceptions, events, organisations } from '../../db/schema'
import { personalCalendarFile, publicCalendarFile } from '~/domain/calendar/feeds.server'
import { resetFeedToken } from '~/domain/calendar/mutations.server'
import type { ResolvedFilters } from '~/domain/calendar/queries.server'
import type { Locale } from '~/utils/i18n'
import { berlinInstant } from '~/utils/time'
import { TestClient } from '../support/client'
import { addMember, addToNetwork, createEvent, createNetwork, createOrganisation, createUser, testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

const DAY = 24 * 60 * 60_000

let server: RunningServer

beforeAll(async () => {
  testDb()
  server = await startServer()
})

afterAll(() => server?.stop())

/** updated_at has millisecond resolution (see FeedState): a write in a later millisecond than the one before. */
function nextMillisecond() {
  const start = Date.now()
  while (Date.now() === start) {
    // spin: at most one millisecond
  }
}

function networkWithEvents() {
  const organisation = createOrganisation({ name: 'Moscheegemeinde Quakenbrück', contactEmail: 'kontakt@moschee.example', tradition: 'islamic' })
  const network = createNetwork()
  addToNetwork(network.id, organisation.id)
  const now = Date.now()
  const single = createEvent({ organisationId: organisation.id, networkId: network.id, title: 'Offenes Fastenbrechen', startsAt: new Date(now + 10 * DAY) })
  const series = createEvent({
    organisationId: organisation.id,
    networkId: network.id,
    title: 'Gesprächskreis',
    startsAt: berlinInstant('2027-03-18', '19:00'),
    endsAt: berlinInstant('2027-03-18', '21:00'),
    recurrence: { frequency: 'weekly', count: 6, exceptionDates: [] },
  })
  nextMillisecond()
  const feed = (locale: Locale = 'de', at = now) =>
    publicCalendarFile({ filters: { networkId: network.id } satisfies ResolvedFilters, filterLabel: network.name, locale, now: at })
  return { organisation, network, single, series, feed, now }
}

test('an unchanged feed keeps its ETag and its bytes', () => {
  const { feed } = networkWithEvents()
  const first = feed()
  const again = feed()
  expect(again.etag).toBe(first.etag)
  expect(again.render()).toBe(first.render())
  expect(first.render()).toContain('SUMMARY:Offenes Fastenbrechen')
})

test('editing an event gives the feed a new ETag and the new bytes', () => {
  const { feed, single } = networkWithEvents()
  const before = feed()
  expect(before.render()).toContain('SUMMARY:Offenes Fastenbrechen')
  testDb().update(events).set({ title: 'Fastenbrechen im Gemeindehaus' }).where(eq(events.id, single.id)).run()
  const after = feed()
  expect(after.etag).not.toBe(before.etag)
  expect(after.render()).toContain('SUMMARY:Fastenbrechen im Gemeindehaus')
  expect(after.render()).not.toContain('SUMMARY:Offenes Fastenbrechen')
})

test('renaming the organiser gives the feed a new ETag and the new ORGANIZER', () => {
  const { feed, organisation } = networkWithEvents()
  const before = feed()
  expect(before.render()).toContain('ORGANIZER;CN="Moscheegemeinde Quakenbrück"')
  testDb().update(organisations).set({ name: 'DITIB Quakenbrück' }).where(eq(organisations.id, organisation.id)).run()
  const after = feed()
  expect(after.etag).not.toBe(before.etag)
  expect(after.render()).toContain('ORGANIZER;CN="DITIB Quakenbrück"')
})

test('cancelling and moving an occurrence each give the feed a new ETag; restoring it gives back the first bytes and ETag', () => {
  const { feed, series } = networkWithEvents()
  const original = feed()
  const etags = [original.etag]
  testDb().insert(eventOccurrenceExceptions).values({ eventId: series.id, originalDate: '2027-04-01', kind: 'cancelled' }).run()
  const cancelled = feed()
  etags.push(cancelled.etag)
  expect(cancelled.render()).toMatch(/EXDATE;TZID=Europe\/Berlin:20270401T190000/)
  nextMillisecond()
  testDb()
    .update(eventOccurrenceExceptions)
    .set({ kind: 'moved', startsAt: berlinInstant('2027-04-02', '18:00'), endsAt: berlinInstant('2027-04-02', '20:00') })
    .where(eq(eventOccurrenceExceptions.eventId, series.id))
    .run()
  const moved = feed()
  etags.push(moved.etag)
  expect(moved.render()).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270401T190000')
  testDb().delete(eventOccurrenceExceptions).where(eq(eventOccurrenceExceptions.eventId, series.id)).run()
  expect(new Set(etags).size).toBe(3)
  const restored = feed()
  expect(restored.render()).not.toContain('RECURRENCE-ID')
  expect(restored.render()).toBe(original.render())
  expect(restored.etag).toBe(original.etag)
})

test('another language, another filter label or another event in the window give the feed another ETag', () => {
  const { feed, network, organisation, now } = networkWithEvents()
  const german = feed('de')
  const english = feed('en')
  expect(english.etag).not.toBe(german.etag)
  expect(english.render()).not.toBe(german.render())
  const relabelled = publicCalendarFile({ filters: { networkId: network.id }, filterLabel: 'Umbenannt', locale: 'de', now })
  expect(relabelled.etag).not.toBe(german.etag)
  // An event far ahead enters the window as time passes; a cancelled one leaves it after 30 days.
  createEvent({ organisationId: organisation.id, networkId: network.id, title: 'Weit voraus', startsAt: new Date(now + 800 * DAY) })
  expect(feed('de').etag).toBe(german.etag)
  const later = feed('de', now + 100 * DAY)
  expect(later.etag).not.toBe(german.etag)
  expect(later.render()).toContain('SUMMARY:Weit voraus')
})

test('a personal feed gets a new ETag when the person joins an organisation whose network has events', async () => {
  const { organisation, single } = networkWithEvents()
  const person = await createUser({ locale: 'de' })
  const viewer = { userId: person.id, role: 'member' as const }
  const feed = () => personalCalendarFile({ viewer, name: person.name, locale: 'de', now: Date.now() })
  const before = feed()
  expect(before.render()).not.toContain(single.id)
  addMember(organisation.id, person.id, 'member')
  const after = feed()
  expect(after.etag).not.toBe(before.etag)
  expect(after.render()).toContain(single.id)
})

test('over HTTP a feed answers 304 to its ETag until an event changes, then 200 with the new bytes', async () => {
  const { network, single } = networkWithEvents()
  const client = new TestClient(server.url)
  const path = `/calendar.ics?network=${network.slug}`
  const first = await client.get(path)
  const etag = first.headers.get('etag')!
  expect(await first.text()).toContain('SUMMARY:Offenes Fastenbrechen')
  const unchanged = await client.get(path, { 'If-None-Match': etag })
  expect(unchanged.status).toBe(304)
  expect(unchanged.headers.get('etag')).toBe(etag)
  testDb().update(events).set({ title: 'Fastenbrechen verlegt' }).where(eq(events.id, single.id)).run()
  const changed = await client.get(path, { 'If-None-Match': etag })
  expect(changed.status).toBe(200)
  expect(changed.headers.get('etag')).not.toBe(etag)
  const text = await changed.text()
  expect(text).toContain('SUMMARY:Fastenbrechen verlegt')
  expect(text).not.toContain('SUMMARY:Offenes Fastenbrechen')
})

/** A GET without fetch's automatic decompression: status, headers and the bytes as sent. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('a feed goes out gzip-compressed to clients that take gzip and plain to the others, the same bytes every time', async () => {
  const { network } = networkWithEvents()
  const url = `${server.url}/calendar.ics?network=${network.slug}`
  const plain = await rawGet(url, {})
  expect(plain.status).toBe(200)
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.headers['vary']).toMatch(/Accept-Encoding/i)
  expect(plain.body.toString('utf8')).toContain('SUMMARY:Offenes Fastenbrechen')
  for (let i = 0; i < 3; i++) {
    const zipped = await rawGet(url, { 'Accept-Encoding': 'br, gzip;q=0.8' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['etag']).toBe(plain.headers['etag'])
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    const again = await rawGet(url, { 'Accept-Encoding': 'identity' })
    expect(again.headers['content-encoding']).toBeUndefined()
    expect(again.body.equals(plain.body)).toBe(true)
  }
  const refused = await rawGet(url, { 'Accept-Encoding': 'gzip;q=0' })
  expect(refused.headers['content-encoding']).toBeUndefined()
  expect(refused.body.equals(plain.body)).toBe(true)
})

test('a poll with the current ETag gets a 304 with the headers of the 200, for the public and for a personal feed', async () => {
  const { network } = networkWithEvents()
  const person = await createUser({ locale: 'de' })
  const personal = `/feeds/${resetFeedToken(person.id)}/calendar.ics`
  const shared = ['etag', 'last-modified', 'cache-control', 'content-type', 'content-disposition', 'vary', 'x-content-type-options']
  for (const [path, headers] of [
    [`/calendar.ics?network=${network.slug}`, shared],
    [personal, [...shared, 'x-robots-tag', 'referrer-policy']],
  ] as const) {
    const full = await rawGet(server.url + path, {})
    expect(full.status, path).toBe(200)
    const etag = String(full.headers['etag'])
    for (const ifNoneMatch of [etag, `"older", W/${etag}`]) {
      const poll = await rawGet(server.url + path, { 'If-None-Match': ifNoneMatch })
      expect(poll.status, path).toBe(304)
      expect(poll.body.length).toBe(0)
      for (const name of headers) expect(poll.headers[name], `${path} ${name}`).toBe(full.headers[name])
    }
    const head = await fetch(server.url + path, { method: 'HEAD', headers: { 'If-None-Match': etag } })
    expect(head.status, path).toBe(304)
  }
})

test('a poll with an ETag and a bad filter or token gets the same 4xx as one without', async () => {
  const { network } = networkWithEvents()
  const etag = String((await rawGet(`${server.url}/calendar.ics?network=${network.slug}`, {})).headers['etag'])
  for (const path of ['/calendar.ics?kind=bogus', '/calendar.ics?network=gibt-es-nicht', '/feeds/not-a-token/calendar.ics', `/feeds/${'a'.repeat(32)}/calendar.ics`, '/feeds/%E0%A4%A/calendar.ics']) {
    const plain = await rawGet(server.url + path, {})
    const conditional = await rawGet(server.url + path, { 'If-None-Match': etag })
    expect(plain.status, path).toBeGreaterThanOrEqual(400)
    expect(plain.status, path).toBeLessThan(500)
    expect(conditional.status, path).toBe(plain.status)
    expect(conditional.body.toString('utf8'), path).toBe(plain.body.toString('utf8'))
  }
})

test('repeated polls of an unchanged feed keep getting 304, and the first poll after a change gets the new feed', async () => {
  const { organisation, network, single } = networkWithEvents()
  const person = await createUser({ locale: 'de' })
  const personal = `/feeds/${resetFeedToken(person.id)}/calendar.ics`
  const publicPath = `/calendar.ics?network=${network.slug}`
  const etags = { public: String((await rawGet(server.url + publicPath, {})).headers['etag']), personal: String((await rawGet(server.url + personal, {})).headers['etag']) }
  for (let i = 0; i < 3; i++) {
    expect((await rawGet(server.url + publicPath, { 'If-None-Match': etags.public })).status).toBe(304)
    expect((await rawGet(server.url + personal, { 'If-None-Match': etags.personal })).status).toBe(304)
  }
  // another language is another feed (its name and categories), even between polls of the same address
  expect((await rawGet(server.url + publicPath, { 'If-None-Match': etags.public, 'Accept-Language': 'en' })).status).toBe(200)

  nextMillisecond()
  testDb().update(events).set({ title: 'Fastenbrechen im Gemeindehaus' }).where(eq(events.id, single.id)).run()
  addMember(organisation.id, person.id, 'member') // the person's feed now holds the network's events
  const publicAfter = await rawGet(server.url + publicPath, { 'If-None-Match': etags.public })
  expect(publicAfter.status).toBe(200)
  expect(publicAfter.body.toString('utf8')).toContain('SUMMARY:Fastenbrechen im Gemeindehaus')
  const personalAfter = await rawGet(server.url + personal, { 'If-None-Match': etags.personal })
  expect(personalAfter.status).toBe(200)
  expect(personalAfter.body.toString('utf8')).toContain(`UID:event-${single.id}@`)
  expect((await rawGet(server.url + publicPath, { 'If-None-Match': String(publicAfter.headers['etag']) })).status).toBe(304)
  expect((await rawGet(server.url + publicPath, { 'If-None-Match': etags.public })).status).toBe(200)
})
