import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { sessions, signInTokens } from '../../db/schema'
import { TestClient } from '../support/client'
import { createUser, listOutboxFor, testDb, TEST_PASSWORD } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
let admin: Awaited<ReturnType<typeof createUser>>
let member: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  testDb()
  admin = await createUser({ email: 'buero@example.org', name: 'Büro', role: 'admin' })
  member = await createUser({ email: 'member@example.org', name: 'Mitglied', role: 'member' })
  server = await startServer()
})

afterAll(() => server?.stop())

const client = (language?: string) => new TestClient(server.url, { language })

test('the admin signs in with a password and lands on the admin page with a fresh session cookie', async () => {
  const browser = client()
  const response = await browser.post('/login', { intent: 'password', email: 'BUERO@example.org', password: TEST_PASSWORD })
  expect(response.status).toBe(302)
  expect(response.headers.get('Location')).toBe('/admin')
  const cookie = response.headers.get('Set-Cookie') ?? ''
  expect(cookie).toMatch(/^dn_session=[a-z2-7]{32};/)
  expect(cookie).toContain('HttpOnly')
  expect(cookie).toContain('SameSite=Lax')
  const page = await browser.get('/admin')
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('<h1>Verwaltung</h1>')
})

test('each sign-in issues a new session token', async () => {
  const first = await client().signIn(member.email, TEST_PASSWORD)
  const second = await client().signIn(member.email, TEST_PASSWORD)
  expect(first.headers.get('Set-Cookie')).not.toBe(second.headers.get('Set-Cookie'))
})

test('a wrong password gets a clear message and no session', async () => {
  const response = await client().post('/login', { intent: 'password', email: member.email, password: 'falsch falsch falsch' })
  expect(response.status).toBe(400)
  expect(response.headers.get('Set-Cookie') ?? '').not.toContain('dn_session')
  expect(await response.text()).toContain('E-Mail-Adresse oder Passwort stimmen nicht.')
})

test('bad sign-in input gets a message next to the field in the user language, never a 500', async () => {
  const german = await client().post('/login', { intent: 'password', email: 'keine-adresse', password: '' })
  expect(german.status).toBe(400)
  const html = await german.text()
  expect(html).toMatch(/aria-invalid="true"[^>]*name="email"|name="email"[^>]*aria-invalid="true"/)
  expect(html).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein')
  const english = await client('en').post('/login', { intent: 'link', email: '' })
  expect(english.status).toBe(400)
  expect(await english.text()).toContain('Please fill in this field.')
  const nonsense = await client().post('/login', { intent: 'hack', email: 'a@b.de' })
  expect(nonsense.status).toBe(400)
})

test('the eleventh sign-in attempt for one account within a minute gets 429 with a clear message', async () => {
  const target = await createUser({ email: 'limited@example.org' })
  for (let attempt = 1; attempt <= 10; attempt++) {
    const response = await client().post('/login', { intent: 'password', email: target.email, password: `wrong ${attempt} wrong wrong` })
    expect(response.status).toBe(400)
  }
  const blocked = await client().post('/login', { intent: 'password', email: target.email, password: TEST_PASSWORD })
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0)
  expect(await blocked.text()).toContain('Zu viele Anmeldeversuche')
  expect(blocked.headers.get('Set-Cookie') ?? '').not.toContain('dn_session')
})

test('the eleventh sign-in attempt from one address within a minute gets 429', async () => {
  const browser = client('en')
  for (let attempt = 1; attempt <= 10; attempt++) {
    const response = await browser.post('/login', { intent: 'password', email: `nobody${attempt}@example.org`, password: 'wrong wrong wrong' })
    expect(response.status).toBe(400)
  }
  const blocked = await browser.post('/login', { intent: 'password', email: 'other@example.org', password: 'wrong wrong wrong' })
  expect(blocked.status).toBe(429)
  expect(await blocked.text()).toContain('Too many sign-in attempts')
})

test('a POST with a foreign or missing Origin is refused with 403 in the user language', async () => {
  const foreign = await client().post('/login', { intent: 'password', email: member.email, password: TEST_PASSWORD }, { origin: 'https://evil.example' })
  expect(foreign.status).toBe(403)
  expect(await foreign.text()).toContain('Anfrage abgelehnt')
  expect(foreign.headers.get('Set-Cookie')).toBeNull()
  const missing = await client('en').post('/language', { locale: 'en' }, { origin: null })
  expect(missing.status).toBe(403)
  expect(await missing.text()).toContain('Request refused')
})

test('a member gets 403 on the admin pages, and a visitor is sent to sign in', async () => {
  const browser = client()
  await browser.signIn(member.email, TEST_PASSWORD)
  for (const path of ['/admin', '/admin/users', '/admin/outbox']) {
    const response = await browser.get(path)
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Kein Zugriff')
  }
  const visitor = await client().get('/admin/outbox')
  expect(visitor.status).toBe(302)
  expect(visitor.headers.get('Location')).toBe('/login?redirectTo=%2Fadmin%2Foutbox')
})

test('a sign-in link is mailed; opening it changes nothing and pressing its button signs in once', async () => {
  const browser = client()
  const requested = await browser.post('/login', { intent: 'link', email: member.email })
  expect(requested.status).toBe(302)
  const confirmation = await browser.follow(requested)
  expect(await confirmation.text()).toContain('ist ein Anmeldelink unterwegs')
  const [mail] = listOutboxFor(member.email).filter((row) => row.template === 'sign-in-link')
  const url = new URL(String(mail!.props.url))
  const sessionsBefore = testDb().select().from(sessions).where(eq(sessions.userId, member.id)).all().length

  const opened = await browser.get(url.pathname)
  expect(opened.status).toBe(200)
  expect(await opened.text()).toContain('Jetzt anmelden')
  expect(opened.headers.get('Set-Cookie')).toBeNull()
  expect(testDb().select().from(sessions).where(eq(sessions.userId, member.id)).all()).toHaveLength(sessionsBefore)

  const used = await browser.post(url.pathname, {})
  expect(used.status).toBe(302)
  expect(used.headers.get('Set-Cookie')).toMatch(/dn_session=[a-z2-7]{32}/)
  expect((await browser.get('/account')).status).toBe(200)

  const again = await client().post(url.pathname, {})
  expect(again.status).toBe(410)
  expect(await again.text()).toContain('abgelaufen oder wurde schon benutzt')
})

test('an unknown address asking for a link gets the same answer and no mail', async () => {
  const response = await client().post('/login', { intent: 'link', email: 'unbekannt@example.org' })
  expect(response.status).toBe(302)
  expect(listOutboxFor('unbekannt@example.org')).toHaveLength(0)
})

test('an expired link answers 410 and a made-up one 404, in the user language', async () => {
  await client().post('/login', { intent: 'link', email: admin.email })
  const [mail] = listOutboxFor(admin.email).filter((row) => row.template === 'sign-in-link')
  const path = new URL(String(mail!.props.url)).pathname
  testDb()
    .update(signInTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(and(eq(signInTokens.userId, admin.id), eq(signInTokens.purpose, 'sign-in')))
    .run()
  const expired = await client('en').get(path)
  expect(expired.status).toBe(410)
  expect(await expired.text()).toContain('This link has expired or has already been used')
  const unknown = await client().get('/auth/abcdefghijklmnopqrstuvwxyz234567')
  expect(unknown.status).toBe(404)
  const garbage = await client().get('/auth/%3Cscript%3E')
  expect(garbage.status).toBe(404)
})

test('signing out on all devices ends every session of that person', async () => {
  const person = await createUser({ email: 'everywhere@example.org' })
  const phone = client()
  const laptop = client()
  await phone.signIn(person.email, TEST_PASSWORD)
  await laptop.signIn(person.email, TEST_PASSWORD)
  const response = await phone.post('/account', { intent: 'sign-out-everywhere' })
  expect(response.status).toBe(302)
  expect(testDb().select().from(sessions).where(eq(sessions.userId, person.id)).all()).toHaveLength(0)
  expect((await laptop.get('/account')).status).toBe(302)
})

test('signing out deletes the session row', async () => {
  const person = await createUser({ email: 'signout@example.org' })
  const browser = client()
  await browser.signIn(person.email, TEST_PASSWORD)
  expect(testDb().select().from(sessions).where(eq(sessions.userId, person.id)).all()).toHaveLength(1)
  await browser.post('/logout', {})
  expect(testDb().select().from(sessions).where(eq(sessions.userId, person.id)).all()).toHaveLength(0)
})

test('the office invites a person, who sets a password from the emailed link and is signed in', async () => {
  const office = client()
  await office.signIn(admin.email, TEST_PASSWORD)
  const invalid = await office.post('/admin/users', { email: 'kaputt', name: '', role: 'member', locale: 'en', organisationRole: 'editor' })
  expect(invalid.status).toBe(400)
  expect(await invalid.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  const invited = await office.post('/admin/users', { email: 'Neu@Example.org', name: 'Amira Haddad', role: 'member', locale: 'en', organisationRole: 'editor' })
  expect(invited.status).toBe(302)
  const duplicate = await office.post('/admin/users', { email: 'neu@example.org', name: 'Amira Haddad', role: 'member', locale: 'en', organisationRole: 'editor' })
  expect(duplicate.status).toBe(409)
  expect(await duplicate.text()).toContain('Zu dieser E-Mail-Adresse gibt es schon ein Konto.')

  const [mail] = listOutboxFor('neu@example.org')
  expect(mail?.template).toBe('invitation-to-join')
  expect(mail?.locale).toBe('en')
  const path = new URL(String(mail!.props.url)).pathname
  const invitee = client('en')
  expect(await (await invitee.get(path)).text()).toContain('Set your password')
  const weak = await invitee.post(path, { password: 'password1234', confirm: 'password1234' })
  expect(weak.status).toBe(400)
  expect(await weak.text()).toContain('This password is too common')
  const done = await invitee.post(path, { password: 'Ein Garten in Bramsche', confirm: 'Ein Garten in Bramsche' })
  expect(done.status).toBe(302)
  expect((await invitee.get('/account')).status).toBe(200)
  expect((await client().signIn('neu@example.org', 'Ein Garten in Bramsche')).status).toBe(302)
})

test('the language switch remembers English and the page follows it', async () => {
  const browser = client()
  const response = await browser.post('/language', { locale: 'en', redirectTo: '/events' })
  expect(response.status).toBe(302)
  expect(response.headers.get('Location')).toBe('/events')
  const page = await (await browser.get('/events')).text()
  expect(page).toContain('<html lang="en" dir="ltr">')
  expect(page).toContain('<h1>Events</h1>')
  const unknown = await browser.post('/language', { locale: 'xx' })
  expect(unknown.status).toBe(400)
  const offsite = await browser.post('/language', { locale: 'de', redirectTo: '//evil.example/' })
  expect(offsite.headers.get('Location')).toBe('/')
})

test('a language the switch does not offer gets the translated error page, not the bare JSON of a resource route', async () => {
  for (const [language, text] of [
    ['de-DE', 'Diese Sprache wird noch nicht angeboten.'],
    ['en', 'This language is not offered yet.'],
  ] as const) {
    const response = await client(language).post('/language', { locale: 'tlh', redirectTo: '/events' })
    expect(response.status).toBe(400)
    expect(response.headers.get('Content-Type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain(`<html lang="${language.slice(0, 2)}"`)
    expect(html).toContain(text)
  }
})

test('unknown URLs get the translated 404 page', async () => {
  const german = await client().get('/gibt-es-nicht')
  expect(german.status).toBe(404)
  expect(await german.text()).toContain('Seite nicht gefunden')
  const english = await client('en').get('/does/not/exist')
  expect(english.status).toBe(404)
  expect(await english.text()).toContain('Page not found')
})
