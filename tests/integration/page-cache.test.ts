import { afterAll, beforeAll, expect, test } from 'vitest'
import { TestClient } from '../support/client'
import { createEvent, createOrganisation, createUser, TEST_PASSWORD, testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer

beforeAll(async () => {
  testDb()
  server = await startServer()
})

afterAll(() => server?.stop())

const anonymous = (language = 'de-DE,de;q=0.9') => (path: string) =>
  fetch(server.url + path, { headers: { 'Accept-Language': language } })

test('an anonymous visitor gets the public event list from the cache while nothing has changed', async () => {
  const organiser = createOrganisation()
  createEvent({ organisationId: organiser.id, title: 'Interreligiöses Friedensgebet' })
  const get = anonymous()
  const first = await get('/events')
  expect(first.headers.get('X-Page-Cache')).toBe('miss')
  const firstBody = await first.text()
  expect(firstBody).toContain('Interreligiöses Friedensgebet')
  const second = await get('/events')
  expect(second.headers.get('X-Page-Cache')).toBe('hit')
  expect(await second.text()).toBe(firstBody)
  expect(second.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
  expect(second.headers.get('Vary')).toContain('Cookie')

  const gzipped = await fetch(server.url + '/events', { headers: { 'Accept-Language': 'de-DE,de;q=0.9', 'Accept-Encoding': 'gzip' } })
  expect(gzipped.headers.get('X-Page-Cache')).toBe('hit')
  expect(await gzipped.text()).toBe(firstBody) // fetch unpacks the stored gzip
})

test('a change written by another process is on the next page at once', async () => {
  const organiser = createOrganisation()
  const get = anonymous()
  await get('/events')
  expect((await get('/events')).headers.get('X-Page-Cache')).toBe('hit')
  createEvent({ organisationId: organiser.id, title: 'Tag der offenen Moschee' })
  const after = await get('/events')
  expect(after.headers.get('X-Page-Cache')).toBe('miss')
  expect(await after.text()).toContain('Tag der offenen Moschee')
})

test('a change the server writes itself (a sign-in) also makes the cached pages stale', async () => {
  const user = await createUser()
  const get = anonymous()
  await get('/organisations')
  expect((await get('/organisations')).headers.get('X-Page-Cache')).toBe('hit')
  await new TestClient(server.url).signIn(user.email, TEST_PASSWORD)
  expect((await get('/organisations')).headers.get('X-Page-Cache')).toBe('miss')
})

test('each language has its own entry, and people with a cookie never get a cached page', async () => {
  const german = await anonymous()('/events')
  await german.text()
  const english = await anonymous('en-GB,en;q=0.9')('/events')
  expect(await english.text()).toMatch(/<h1>Events<\/h1>/)
  expect((await anonymous()('/events')).headers.get('X-Page-Cache')).toBe('hit')

  const user = await createUser({ name: 'Amina Yilmaz' })
  const client = new TestClient(server.url)
  await client.signIn(user.email, TEST_PASSWORD)
  const signedIn = await client.get('/events')
  expect(signedIn.headers.get('X-Page-Cache')).toBeNull()
  expect(await signedIn.text()).toContain('Amina Yilmaz')
})

test('other pages and HEAD requests are not cached', async () => {
  const organiser = createOrganisation()
  const event = createEvent({ organisationId: organiser.id })
  const get = anonymous()
  await get(`/events/${event.id}`)
  expect((await get(`/events/${event.id}`)).headers.get('X-Page-Cache')).toBeNull()
  const head = await fetch(server.url + '/events', { method: 'HEAD' })
  expect(head.headers.get('X-Page-Cache')).toBeNull()
})

test('a cached page goes out gzipped only to clients that take gzip', async () => {
  const get = anonymous()
  await get('/networks')
  const refused = await fetch(server.url + '/networks', { headers: { 'Accept-Language': 'de-DE,de;q=0.9', 'Accept-Encoding': 'gzip;q=0, identity' } })
  expect(refused.headers.get('X-Page-Cache')).toBe('hit')
  expect(refused.headers.get('Content-Encoding')).toBeNull()
  const taken = await fetch(server.url + '/networks', { headers: { 'Accept-Language': 'de-DE,de;q=0.9', 'Accept-Encoding': 'gzip' } })
  expect(taken.headers.get('Content-Encoding')).toBe('gzip')
})
