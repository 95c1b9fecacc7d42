import { request as httpRequest } from 'node:http'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { digestSubscriptions, organisations, users } from '../../db/schema'
import { TestClient } from '../support/client'
import { createUser, testDb, TEST_PASSWORD } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
let member: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  testDb()
  member = await createUser({ email: 'mitglied@example.org', name: 'Mia Mitglied', role: 'member' })
  server = await startServer()
})

afterAll(() => server?.stop())

const client = (language?: string) => new TestClient(server.url, { language })

/** A request exactly as written (fetch would normalise `..` and `%2e%2e` away). */
function rawGet(path: string, language = 'de-DE'): Promise<{ status: number; location?: string; body: string }> {
  const url = new URL(server.url)
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path, headers: { 'Accept-Language': language } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

test('a sign-in posted as JSON instead of a form gets a 400 page in German, not a 500', async () => {
  const response = await client().send('POST', '/login', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ intent: 'password', email: member.email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(400)
  const html = await response.text()
  expect(html).toContain('<html lang="de"')
  expect(html).toContain('Diese Anfrage enthielt kein Formular, das Dialognetz lesen kann.')
  expect(response.headers.get('Set-Cookie') ?? '').not.toContain('dn_session')
})

test('an English visitor whose form arrives as plain text gets the same message in English', async () => {
  const response = await client('en').send('POST', '/subscribe', { headers: { 'Content-Type': 'text/plain' }, body: 'email=someone@example.org' })
  expect(response.status).toBe(400)
  const html = await response.text()
  expect(html).toContain('<html lang="en"')
  expect(html).toContain('This request did not carry a form that Dialognetz can read.')
  expect(html.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>Invalid request · Dialognetz</title>'])
  expect(testDb().select().from(digestSubscriptions).all()).toEqual([])
})

test('a multipart body without its boundary, or cut off in the middle, is a 400 and changes nothing', async () => {
  const browser = client()
  await browser.signIn(member.email, TEST_PASSWORD)
  const noBoundary = await browser.send('POST', '/account', { headers: { 'Content-Type': 'multipart/form-data' }, body: 'intent=profile&name=Neu' })
  expect(noBoundary.status).toBe(400)
  const cutOff = await browser.send('POST', '/account', {
    headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
    body: '--zz\r\nContent-Disposition: form-data; name="intent"\r\n\r\nprofile\r\n--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nNeu',
  })
  expect(cutOff.status).toBe(400)
  expect(await cutOff.text()).toContain('Diese Anfrage enthielt kein Formular')
  expect(testDb().select().from(users).where(eq(users.id, member.id)).get()?.name).toBe('Mia Mitglied')
})

test('an application for the directory sent with no body at all is a 400 and leaves no organisation behind', async () => {
  const before = testDb().select().from(organisations).all().length
  const response = await client().send('POST', '/organisations/apply')
  expect(response.status).toBe(400)
  expect(testDb().select().from(organisations).all()).toHaveLength(before)
})

test('an address with broken percent-encoding gets a 400 page in the visitor language instead of express English page', async () => {
  const german = await client().get('/events/%E0%A4%A')
  expect(german.status).toBe(400)
  const html = await german.text()
  expect(html).toContain('<html lang="de"')
  expect(html).toContain('<h1>Ungültige Adresse</h1>')
  const english = await client('en').get('/organisations/%')
  expect(english.status).toBe(400)
  expect(await english.text()).toContain('<h1>Invalid address</h1>')
})

test('a ?_data= request of the old Remix data protocol gets a 400, not a 500', async () => {
  // The sign-in loader returns null, which the old protocol cannot answer.
  const login = await client().get('/login?_data=')
  expect(login.status).toBe(400)
  expect(await login.text()).toContain('<h1>Ungültige Adresse</h1>')
  const browser = client()
  await browser.signIn(member.email, TEST_PASSWORD)
  const account = await browser.get('/account?_data=routes%2Faccount')
  expect(account.status).toBe(400)
})

test('a path climbing out with .. gets the page a browser would show, not an English redirect of the file server', async () => {
  for (const path of ['/events/..', '/events/%2e%2e']) {
    const response = await rawGet(path)
    expect(response.status).toBe(200)
    expect(response.location).toBeUndefined()
    expect(response.body).toContain('<html lang="de"')
  }
})

test('an error thrown by an action is shown in the language of the signed-in person, not always in German', async () => {
  const english = await createUser({ email: 'english@example.org', name: 'Emma English', role: 'member', locale: 'en' })
  const browser = client('de-DE')
  await browser.signIn(english.email, TEST_PASSWORD)
  const response = await browser.post('/account', { intent: 'no-such-action' })
  expect(response.status).toBe(400)
  const html = await response.text()
  expect(html).toContain('<html lang="en"')
  expect(html).toContain('This action is unknown.')
  expect(html).toContain('<title>Invalid request · Dialognetz</title>')
})
