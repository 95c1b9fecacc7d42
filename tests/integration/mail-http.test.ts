import { eq } from 'drizzle-orm'
import { Webhook } from 'svix'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { digestSubscriptions, notificationPreferences, outbox } from '../../db/schema'
import { runDigests } from '~/domain/digests/build-digest.server'
import { createUnsubscribeUrl } from '~/domain/mail/unsubscribe.server'
import { renderEmail } from '~/domain/mail/templates.server'
import { TestClient } from '../support/client'
import { addMember, addToNetwork, createEvent, createNetwork, createOrganisation, createUser, listOutboxFor, testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

const SECRET = `whsec_${Buffer.from('http secret of thirty-two bytes!').toString('base64')}`
let server: RunningServer

beforeAll(async () => {
  testDb()
  server = await startServer({ RESEND_WEBHOOK_SECRET: SECRET })
})

afterAll(() => server.stop())

async function member() {
  const user = await createUser()
  const organisation = createOrganisation()
  const first = createNetwork({ name: 'Netzwerk Nord' })
  const second = createNetwork({ name: 'Netzwerk Süd' })
  addMember(organisation.id, user.id)
  addToNetwork(first.id, organisation.id)
  addToNetwork(second.id, organisation.id)
  return { user, networks: [first, second] }
}

const pathOf = (url: string) => new URL(url).pathname

function preferencesOf(userId: string) {
  return testDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).all()
}

test('a one-click POST without cookies or Origin unsubscribes and answers 200, not a redirect', async () => {
  const { user, networks } = await member()
  const path = pathOf(createUnsubscribeUrl(testDb(), { userId: user.id }))
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
    redirect: 'manual',
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('set-cookie')).toBeNull()
  const prefs = preferencesOf(user.id)
  expect(prefs.map((p) => [p.networkId, p.frequency]).sort()).toEqual(networks.map((n) => [n.id, 'none']).sort())
  // and the next weekly run has nothing for them
  runDigests({ period: 'weekly' })
  expect(listOutboxFor(user.email).filter((row) => row.template === 'digest')).toHaveLength(0)
})

test('opening the link only shows a page with a button and the per-network options; nothing changes', async () => {
  const { user } = await member()
  const path = pathOf(createUnsubscribeUrl(testDb(), { userId: user.id }))
  const response = await new TestClient(server.url).get(path)
  expect(response.status).toBe(200)
  const html = await response.text()
  expect(html).toContain('<h1')
  expect(html).toContain('E-Mails abbestellen')
  expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Abbestellen<\/button>/)
  expect(html).toContain('Netzwerk Nord')
  expect(html).toContain('Wöchentliche Übersicht (montags)')
  expect(preferencesOf(user.id)).toEqual([])
})

test('the options on the unsubscribe page save a choice per network', async () => {
  const { user, networks } = await member()
  const path = pathOf(createUnsubscribeUrl(testDb(), { userId: user.id }))
  const client = new TestClient(server.url)
  const response = await client.post(path, { intent: 'preferences', [`network.${networks[0]!.id}`]: 'monthly', [`network.${networks[1]!.id}`]: 'immediate' })
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('Ihre Auswahl ist gespeichert.')
  const prefs = Object.fromEntries(preferencesOf(user.id).map((p) => [p.networkId, p.frequency]))
  expect(prefs).toEqual({ [networks[0]!.id]: 'monthly', [networks[1]!.id]: 'immediate' })
  const bad = await client.post(path, { intent: 'preferences', [`network.${networks[0]!.id}`]: 'hourly' })
  expect(bad.status).toBe(400)
  expect(preferencesOf(user.id).find((p) => p.networkId === networks[0]!.id)?.frequency).toBe('monthly')
})

test('a public subscriber ends the subscription with one click and gets no further digest', async () => {
  const subscription = testDb()
    .insert(digestSubscriptions)
    .values({ email: 'abmelden@example.org', locale: 'en', consentVersion: 'v1', confirmedAt: new Date() })
    .returning()
    .get()
  const path = pathOf(createUnsubscribeUrl(testDb(), { subscriptionId: subscription.id }))
  const page = await fetch(server.url + path)
  expect(await page.text()).toContain('Mit einem Klick beenden Sie Ihr Abonnement der Veranstaltungsübersicht.')
  const response = await fetch(server.url + path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual' })
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('Sie erhalten diese E-Mails nicht mehr.')
  expect(testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.id, subscription.id)).get()!.unsubscribedAt).toBeInstanceOf(Date)
  const organisation = createOrganisation()
  createEvent({ organisationId: organisation.id, startsAt: new Date(Date.now() + 2 * 86_400_000) })
  runDigests({ period: 'weekly' })
  expect(listOutboxFor('abmelden@example.org')).toHaveLength(0)
})

test('an unknown or malformed unsubscribe token is a 404 and changes nothing', async () => {
  for (const token of ['a'.repeat(32), 'nonsense', '%00']) {
    const response = await fetch(`${server.url}/unsubscribe/${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(404)
  }
})

test('double opt-in: the request stores nothing confirmed and mails a link without news; the button confirms with time and consent version', async () => {
  const organisation = createOrganisation({ tradition: 'jewish' })
  const news = createEvent({ organisationId: organisation.id, title: 'Geheime Neuigkeit', startsAt: new Date(Date.now() + 3 * 86_400_000) })
  const client = new TestClient(server.url)
  const form = await client.get('/subscribe')
  expect(form.status).toBe(200)
  expect(await form.text()).toContain('Veranstaltungsübersicht abonnieren')
  const response = await client.post('/subscribe', { email: 'Neu.Abo@Example.org', period: 'weekly', locale: 'de', traditions: 'jewish', consent: 'on' })
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('Bitte bestätigen Sie Ihre Adresse')
  const subscription = testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.email, 'neu.abo@example.org')).get()!
  expect(subscription.confirmedAt).toBeNull()
  expect(subscription.traditions).toEqual(['jewish'])
  expect(subscription.consentVersion).toMatch(/^\d{4}-\d{2}-v\d+$/)
  // not confirmed: no digest
  runDigests({ period: 'weekly' })
  const mails = listOutboxFor('neu.abo@example.org')
  expect(mails.map((m) => m.template)).toEqual(['subscription-confirm'])
  const confirmMail = mails[0]!
  expect(confirmMail.kind).toBe('transactional')
  const rendered = await renderEmail(confirmMail.template, { ...confirmMail.props, locale: confirmMail.locale })
  expect(rendered.subject).toBe('Bitte bestätigen Sie Ihr Abonnement')
  expect(rendered.text).not.toContain(news.title)
  const link = /http:\/\/127\.0\.0\.1:\d+(\/subscribe\/confirm\/[a-z2-7]{32})/.exec(rendered.text)![1]!
  // a GET shows the button and changes nothing
  const page = await client.get(link)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('neu.abo@example.org')
  expect(testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.id, subscription.id)).get()!.confirmedAt).toBeNull()
  const confirmed = await client.post(link, {})
  expect(confirmed.status).toBe(200)
  expect(await confirmed.text()).toContain('Abonnement bestätigt')
  const stored = testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.id, subscription.id)).get()!
  expect(stored.confirmedAt).toBeInstanceOf(Date)
  expect(stored.consentVersion).toBe(subscription.consentVersion)
  // pressing again changes nothing
  expect((await client.post(link, {})).status).toBe(200)
  expect(testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.id, subscription.id)).get()!.confirmedAt).toEqual(stored.confirmedAt)
  // now confirmed, the next run brings the news the confirmation mail did not
  runDigests({ period: 'weekly' })
  const digest = listOutboxFor('neu.abo@example.org').find((m) => m.template === 'digest')!
  expect((await renderEmail(digest.template, { ...digest.props, locale: digest.locale })).text).toContain(news.title)
})

test('a subscription without consent or with a bad address gets messages next to the fields and stores nothing', async () => {
  const client = new TestClient(server.url)
  const noConsent = await client.post('/subscribe', { email: 'ohne-zustimmung@example.org', period: 'weekly', locale: 'de' })
  expect(noConsent.status).toBe(400)
  expect(await noConsent.text()).toContain('Bitte stimmen Sie zu, damit wir Ihnen schreiben dürfen.')
  const badEmail = await client.post('/subscribe', { email: 'kein-at-zeichen', period: 'weekly', locale: 'de', consent: 'on' })
  expect(badEmail.status).toBe(400)
  expect(await badEmail.text()).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein')
  expect(testDb().select().from(digestSubscriptions).where(eq(digestSubscriptions.email, 'ohne-zustimmung@example.org')).get()).toBeUndefined()
})

test('the webhook route takes a signed call without Origin and refuses a bad signature with 400', async () => {
  const body = JSON.stringify({ type: 'email.delivered', created_at: new Date().toISOString(), data: { email_id: 'nobody', to: ['x@example.org'] } })
  const now = new Date()
  const sign = (secret: string) => new Webhook(secret).sign('msg_http_1', now, body)
  const headers = (signature: string) => ({ 'Content-Type': 'application/json', 'svix-id': 'msg_http_1', 'svix-timestamp': String(Math.floor(now.getTime() / 1000)), 'svix-signature': signature })
  const bad = await fetch(`${server.url}/webhooks/resend`, { method: 'POST', headers: headers(sign(`whsec_${Buffer.from('x'.repeat(32)).toString('base64')}`)), body })
  expect(bad.status).toBe(400)
  const good = await fetch(`${server.url}/webhooks/resend`, { method: 'POST', headers: headers(sign(SECRET)), body })
  expect(good.status).toBe(200)
  expect(await good.json()).toEqual({ result: 'handled' })
  expect(testDb().select().from(outbox).where(eq(outbox.providerId, 'nobody')).all()).toEqual([])
})
