import { afterAll, beforeAll, expect, test } from 'vitest'
import { DELIVERY, RateLimiter, claimDueMessages, deliverDueEmails, retryMessage } from '~/domain/mail/deliver.server'
import { getEnv } from '~/utils/env.server'
import { FakeResend } from '../support/fake-resend'
import { testDb } from '../support/factories'
import { outboxRow, outboxRows, queueMails, useFakeResend, virtualClock } from '../support/mail'

const resend = new FakeResend()
/** No real waiting between requests in these tests; the rate limit has its own test. */
const fast = () => new RateLimiter(1000, virtualClock())

beforeAll(async () => {
  testDb()
  await useFakeResend(resend, { RESEND_TIMEOUT_MS: 300 })
})

afterAll(() => resend.stop())

function acceptedFor(ids: string[]) {
  const rows = outboxRows(ids)
  const addresses = new Set(rows.map((row) => row.toEmail))
  return resend.accepted.filter((mail) => addresses.has(mail.to))
}

test('mails without attachments go out in one batch request and mails with attachments singly, keyed by the outbox id', async () => {
  const batched = queueMails(3, { prefix: 'batch', bulk: true })
  const [single] = queueMails(1, { prefix: 'single', attachment: true })
  const before = resend.requests.length
  const counts = await deliverDueEmails({ limiter: fast() })
  expect(counts.sent).toBe(4)
  const requests = resend.requests.slice(before)
  expect(requests.map((r) => r.path).sort()).toEqual(['/emails', '/emails/batch'])
  const batch = requests.find((r) => r.path === '/emails/batch')!
  expect(batch.body).toHaveLength(3)
  expect(batch.body[0].text).toContain('Er gilt 10 Minuten')
  expect(batch.body[0].headers).toEqual({
    'List-Unsubscribe': '<http://localhost:3000/unsubscribe/x>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  })
  expect(batch.body[0]).not.toHaveProperty('attachments')
  const alone = requests.find((r) => r.path === '/emails')!
  expect(alone.headers['idempotency-key']).toBe(single)
  expect(alone.body.attachments).toEqual([{ filename: 'termin.ics', content_type: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }])
  for (const row of outboxRows([...batched, single!])) {
    expect(row.status).toBe('sent')
    expect(row.providerId).toMatch(/^fake-/)
  }
  expect(acceptedFor([...batched, single!])).toHaveLength(4)
})

test('sender and reply-to come from the configuration', async () => {
  Object.assign(getEnv(), { MAIL_FROM: 'Büro <buero@example.org>', MAIL_REPLY_TO: 'antwort@example.org' })
  const [id] = queueMails(1, { prefix: 'sender' })
  await deliverDueEmails({ limiter: fast() })
  const request = resend.requests.find((r) => r.headers['idempotency-key'] === id)!
  expect(request.body).toMatchObject({ from: 'Büro <buero@example.org>', reply_to: 'antwort@example.org' })
})

test('a batch request never carries more than 100 mails', async () => {
  const ids = queueMails(101, { prefix: 'many' })
  const before = resend.requests.length
  await deliverDueEmails({ limiter: fast() })
  const sizes = resend.requests.slice(before).map((r) => (Array.isArray(r.body) ? r.body.length : 1))
  expect(sizes.sort((a, b) => b - a)).toEqual([100, 1])
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
  expect(acceptedFor(ids)).toHaveLength(101)
})

test('a 429 waits for its Retry-After, costs no attempt, and the retry uses the same idempotency key', async () => {
  const ids = queueMails(2, { prefix: 'limited' })
  const now = Date.now() + 60_000
  resend.reply({ status: 429, headers: { 'Retry-After': '30' }, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests' } })
  const before = resend.requests.length
  const first = await deliverDueEmails({ now, limiter: fast() })
  expect(first['rate-limited']).toBe(2)
  for (const row of outboxRows(ids)) {
    expect(row.status).toBe('queued')
    expect(row.attempts).toBe(0)
    expect(row.nextAttemptAt.getTime()).toBe(now + 30_000)
    expect(row.lastError).toContain('rate_limit_exceeded')
  }
  await deliverDueEmails({ now: now + 29_000, limiter: fast() })
  expect(resend.requests.length).toBe(before + 1)
  await deliverDueEmails({ now: now + 30_001, limiter: fast() })
  const requests = resend.requests.slice(before)
  expect(requests).toHaveLength(2)
  expect(requests[0]!.headers['idempotency-key']).toBe(requests[1]!.headers['idempotency-key'])
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
  expect(acceptedFor(ids)).toHaveLength(2)
})

test('after a 429 the worker sends nothing at all, not even other mail, until Retry-After has passed', async () => {
  const clock = virtualClock()
  const limiter = new RateLimiter(2, clock)
  const [first] = queueMails(1, { prefix: 'pause', attachment: true })
  resend.reply({ status: 429, headers: { 'Retry-After': '20' }, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests' } })
  const before = resend.requests.length
  await deliverDueEmails({ now: Date.now() + 90_000, limiter })
  const [other] = queueMails(1, { prefix: 'pause-other', attachment: true })
  await clock.sleep(19_000)
  expect(await deliverDueEmails({ now: Date.now() + 90_000, limiter })).toMatchObject({ sent: 0 })
  expect(resend.requests.length).toBe(before + 1)
  expect(outboxRow(other!).status).toBe('queued')
  await clock.sleep(1_000)
  await deliverDueEmails({ now: Date.now() + 200_000, limiter })
  expect(outboxRows([first!, other!]).map((row) => row.status)).toEqual(['sent', 'sent'])
})

test('a 500 backs off exponentially; after 8 attempts the message fails with its error and an admin retry sends it with the same key', async () => {
  const [id] = queueMails(1, { prefix: 'outage', attachment: true })
  let now = Date.now() + 120_000
  const waits: number[] = []
  for (let attempt = 1; attempt <= DELIVERY.maxAttempts; attempt++) {
    resend.reply({ status: 500, body: { statusCode: 500, name: 'application_error', message: `boom ${attempt}` } })
    await deliverDueEmails({ now, limiter: fast() })
    const row = outboxRow(id!)
    expect(row.attempts).toBe(attempt)
    if (attempt < DELIVERY.maxAttempts) {
      expect(row.status).toBe('queued')
      waits.push(row.nextAttemptAt.getTime() - now)
      now = row.nextAttemptAt.getTime()
    }
  }
  // 2 min × 3^n up to 10 h, each with ±25 % jitter; all together they take most of a day
  waits.forEach((wait, i) => {
    const nominal = Math.min(DELIVERY.baseBackoffMs * DELIVERY.backoffFactor ** i, DELIVERY.maxBackoffMs)
    expect(wait).toBeGreaterThanOrEqual(nominal * 0.75 - 1)
    expect(wait).toBeLessThanOrEqual(nominal * 1.25 + 1)
  })
  const total = waits.reduce((a, b) => a + b, 0)
  expect(total).toBeGreaterThan(12 * 60 * 60_000)
  expect(total).toBeLessThan(36 * 60 * 60_000)
  const failed = outboxRow(id!)
  expect(failed.status).toBe('failed')
  expect(failed.lastError).toContain('boom 8')
  expect(await deliverDueEmails({ now: now + 48 * 60 * 60_000, limiter: fast() })).toMatchObject({ sent: 0 })
  expect(retryMessage(id!, now)).toBe(true)
  await deliverDueEmails({ now, limiter: fast() })
  expect(outboxRow(id!).status).toBe('sent')
  const keys = resend.requests.filter((r) => r.body?.to === failed.toEmail).map((r) => r.headers['idempotency-key'])
  expect(keys).toHaveLength(9)
  expect(new Set(keys)).toEqual(new Set([id]))
  expect(acceptedFor([id!])).toHaveLength(1)
})

test('a hanging server is given up after the timeout; the retry is answered from the first, so the mail arrives once', async () => {
  const ids = queueMails(2, { prefix: 'hang' })
  const now = Date.now() + 180_000
  resend.reply('hang')
  const first = await deliverDueEmails({ now, limiter: fast() })
  expect(first.retry).toBe(2)
  for (const row of outboxRows(ids)) {
    expect(row.status).toBe('queued')
    expect(row.lastError).toContain('network')
  }
  await deliverDueEmails({ now: now + DELIVERY.maxBackoffMs * 2, limiter: fast() })
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
  const accepted = acceptedFor(ids)
  expect(accepted).toHaveLength(2)
  expect(new Set(accepted.map((mail) => mail.to)).size).toBe(2)
})

test('while Resend hangs, a pass spends one timeout; the other mails wait without losing an attempt', async () => {
  const ids = queueMails(3, { prefix: 'outage-rest', attachment: true })
  const now = Date.now() + 270_000
  resend.reply('hang')
  const before = resend.requests.length
  await deliverDueEmails({ now, limiter: fast() })
  expect(resend.requests.length).toBe(before + 1)
  const rows = outboxRows(ids)
  expect(rows.filter((row) => row.attempts === 1)).toHaveLength(1)
  const waiting = rows.filter((row) => row.attempts === 0)
  expect(waiting).toHaveLength(2)
  for (const row of waiting) {
    expect(row.status).toBe('queued')
    expect(row.nextAttemptAt.getTime()).toBe(now + DELIVERY.outagePauseMs)
  }
  await deliverDueEmails({ now: now + DELIVERY.maxBackoffMs * 2, limiter: fast() })
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
  expect(acceptedFor(ids)).toHaveLength(3)
})

test('a dropped connection is retried with the same key and nothing is lost', async () => {
  const [id] = queueMails(1, { prefix: 'drop' })
  const now = Date.now() + 240_000
  resend.reply('drop')
  await deliverDueEmails({ now, limiter: fast() })
  expect(outboxRow(id!).status).toBe('queued')
  await deliverDueEmails({ now: now + DELIVERY.maxBackoffMs * 2, limiter: fast() })
  expect(outboxRow(id!).status).toBe('sent')
  const keys = resend.requests.filter((r) => r.body?.to === outboxRow(id!).toEmail).map((r) => r.headers['idempotency-key'])
  expect(keys).toEqual([id, id])
  expect(acceptedFor([id!])).toHaveLength(1)
})

test('at most RESEND_RATE requests start in any second', async () => {
  const ids = queueMails(7, { prefix: 'rate', attachment: true })
  const clock = virtualClock()
  const times: number[] = []
  resend.onRequest = () => times.push(clock.now())
  await deliverDueEmails({ now: Date.now() + 300_000, limiter: new RateLimiter(2, clock) })
  resend.onRequest = undefined
  expect(times).toHaveLength(7)
  for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 2]!).toBeGreaterThanOrEqual(1000)
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
})

test('two workers claiming at once never get the same message', () => {
  const ids = queueMails(5, { prefix: 'claim', attachment: true })
  const now = Date.now() + 360_000
  const first = claimDueMessages(now, 3).flatMap((claim) => claim.rows.map((row) => row.id))
  const second = claimDueMessages(now, 10).flatMap((claim) => claim.rows.map((row) => row.id))
  expect(first).toHaveLength(3)
  expect(first.filter((id) => second.includes(id))).toEqual([])
  expect([...first, ...second].filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort())
})
