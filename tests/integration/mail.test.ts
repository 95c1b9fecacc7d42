import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { outbox } from '../../db/schema'
import { deliverDueEmails } from '~/domain/mail/deliver.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { renderEmail } from '~/domain/mail/templates.server'
import { getEnv } from '~/utils/env.server'
import { FakeResend } from '../support/fake-resend'
import { testDb } from '../support/factories'

const resend = new FakeResend()

beforeAll(async () => {
  testDb()
})

afterAll(() => resend.stop())

function queueSignInMail(to: string, locale: 'de' | 'en' = 'de') {
  return enqueueEmail(testDb(), {
    template: 'sign-in-link',
    to,
    locale,
    props: { name: 'Leyla <b>Demir</b>', url: 'http://localhost:3000/auth/abcdefghijklmnopqrstuvwxyz234567', minutes: 10, locale },
  })
}

test('a mail is rendered as HTML and plain text in the recipient language, with user input escaped', async () => {
  const german = await renderEmail('sign-in-link', { name: '<script>alert(1)</script>', url: 'http://x/auth/t', minutes: 10, locale: 'de' })
  expect(german.subject).toBe('Ihr Anmeldelink für Dialognetz')
  expect(german.html).toContain('lang="de"')
  expect(german.html).not.toContain('<script>alert(1)</script>')
  expect(german.html).toContain('&lt;script&gt;')
  expect(german.text).toContain('Er gilt 10 Minuten')
  expect(german.text).not.toMatch(/<(div|table|a|p|html|td)[ >]/)
  expect(german.text).toContain('Hallo <script>alert(1)</script>,') // plain text is not HTML: shown as typed
  const english = await renderEmail('invitation-to-join', {
    name: 'Amira',
    invitedBy: 'Büro',
    organisationName: 'Jüdische Gemeinde Osnabrück',
    url: 'http://x/auth/t',
    days: 7,
    locale: 'en',
  })
  expect(english.subject).toBe('Invitation to Dialognetz')
  expect(english.text).toContain('There you can act for “Jüdische Gemeinde Osnabrück”.')
})

test('without RESEND_API_KEY a mail stays in the outbox as delivered locally, rendered for the admin view', async () => {
  expect(getEnv().RESEND_API_KEY).toBeUndefined()
  const id = queueSignInMail('lokal@example.org')
  const counts = await deliverDueEmails()
  expect(counts['delivered-locally']).toBeGreaterThanOrEqual(1)
  const row = testDb().select().from(outbox).where(eq(outbox.id, id)).get()!
  expect(row.status).toBe('delivered-locally')
  expect(row.subject).toBe('Ihr Anmeldelink für Dialognetz')
  expect(row.html).toContain('Anmelden bei Dialognetz')
  expect(row.text).toContain('http://localhost:3000/auth/abcdefghijklmnopqrstuvwxyz234567')
  expect(resend.requests).toHaveLength(0)
})

test('with a key the same outbox delivers through the resend SDK, keyed by the outbox id', async () => {
  const baseUrl = await resend.start()
  process.env.RESEND_API_KEY = 're_test_key'
  process.env.RESEND_BASE_URL = baseUrl
  const env = getEnv()
  Object.assign(env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: baseUrl })
  const id = queueSignInMail('resend@example.org', 'en')
  await deliverDueEmails()
  expect(resend.requests).toHaveLength(1)
  const [request] = resend.requests
  expect(request!.path).toBe('/emails')
  expect(request!.headers['idempotency-key']).toBe(id)
  expect(request!.body.to).toBe('resend@example.org')
  expect(request!.body.subject).toBe('Your sign-in link for Dialognetz')
  expect(request!.body.text).toContain('valid for 10 minutes')
  const row = testDb().select().from(outbox).where(eq(outbox.id, id)).get()!
  expect(row.status).toBe('sent')
  expect(row.providerId).toMatch(/^fake-/)
})

test('a failed delivery is kept for a retry with the error, not lost', async () => {
  resend.reply({ status: 500, body: { statusCode: 500, name: 'application_error', message: 'boom' } })
  const id = queueSignInMail('retry@example.org')
  await deliverDueEmails()
  const row = testDb().select().from(outbox).where(eq(outbox.id, id)).get()!
  expect(row.status).toBe('queued')
  expect(row.attempts).toBe(1)
  expect(row.lastError).toContain('boom')
  expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now())
  await deliverDueEmails({ now: row.nextAttemptAt.getTime() + 1 })
  const retried = resend.requests.filter((r) => r.body?.to === 'retry@example.org')
  expect(retried).toHaveLength(2)
  expect(retried[0]!.headers['idempotency-key']).toBe(retried[1]!.headers['idempotency-key'])
  expect(testDb().select().from(outbox).where(eq(outbox.id, id)).get()!.status).toBe('sent')
})
