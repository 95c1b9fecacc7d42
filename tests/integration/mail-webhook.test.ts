import { eq } from 'drizzle-orm'
import { Webhook } from 'svix'
import { beforeAll, expect, test } from 'vitest'
import { mailSuppressions, outbox, webhookEvents } from '../../db/schema'
import { claimDueMessages } from '~/domain/mail/deliver.server'
import { isSuppressed, liftSuppression } from '~/domain/mail/suppressions.server'
import { handleResendWebhook } from '~/domain/mail/webhook.server'
import { getEnv } from '~/utils/env.server'
import { createUser, testDb } from '../support/factories'
import { outboxRow, queueMails } from '../support/mail'

const SECRET = `whsec_${Buffer.from('a secret of thirty-two bytes!!!!').toString('base64')}`
let counter = 0

beforeAll(() => {
  testDb()
  Object.assign(getEnv(), { RESEND_WEBHOOK_SECRET: SECRET })
})

function signed(body: unknown, options: { at?: Date; secret?: string; id?: string; raw?: string } = {}) {
  const raw = options.raw ?? JSON.stringify(body)
  const id = options.id ?? `msg_${++counter}`
  const at = options.at ?? new Date()
  const signature = new Webhook(options.secret ?? SECRET).sign(id, at, raw)
  const headers = new Headers({ 'svix-id': id, 'svix-timestamp': String(Math.floor(at.getTime() / 1000)), 'svix-signature': signature })
  return { raw, headers, id }
}

/** A message that went out through Resend with the given provider id. */
function sentMessage(providerId: string) {
  const [id] = queueMails(1, { prefix: 'hook' })
  testDb().update(outbox).set({ status: 'sent', providerId }).where(eq(outbox.id, id!)).run()
  return outboxRow(id!)
}

const event = (type: string, emailId: string, to: string) => ({ type, created_at: new Date().toISOString(), data: { email_id: emailId, to: [to] } })

test('a delivered event is recorded on the message', async () => {
  const message = sentMessage('re-delivered-1')
  const { raw, headers } = signed(event('email.delivered', 're-delivered-1', message.toEmail))
  expect(await handleResendWebhook(raw, headers)).toEqual({ status: 200, result: 'handled' })
  expect(outboxRow(message.id).providerEvent).toBe('delivered')
})

test('a delayed delivery is recorded and changes nothing else', async () => {
  const message = sentMessage('re-delayed-1')
  const { raw, headers } = signed(event('email.delivery_delayed', 're-delayed-1', message.toEmail))
  expect((await handleResendWebhook(raw, headers)).status).toBe(200)
  expect(outboxRow(message.id)).toMatchObject({ providerEvent: 'delivery_delayed', status: 'sent' })
  expect(isSuppressed(message.toEmail)).toBe(false)
})

test('a bounce suppresses the address: waiting mail to it is suppressed and new mail is never sent', async () => {
  const message = sentMessage('re-bounced-1')
  const waiting = queueMails(1, { prefix: 'hook' })[0]!
  testDb().update(outbox).set({ toEmail: message.toEmail.toUpperCase() }).where(eq(outbox.id, waiting)).run()
  const { raw, headers } = signed({ ...event('email.bounced', 're-bounced-1', message.toEmail), data: { email_id: 're-bounced-1', to: [message.toEmail], bounce: { type: 'Permanent', message: 'mailbox does not exist' } } })
  expect((await handleResendWebhook(raw, headers)).status).toBe(200)
  expect(isSuppressed(message.toEmail)).toBe(true)
  expect(outboxRow(waiting)).toMatchObject({ status: 'suppressed' })
  const later = queueMails(1, { prefix: 'hook' })[0]!
  testDb().update(outbox).set({ toEmail: message.toEmail }).where(eq(outbox.id, later)).run()
  const claimed = claimDueMessages(Date.now() + 1000, 500).flatMap((c) => c.rows.map((r) => r.id))
  expect(claimed).not.toContain(later)
  expect(outboxRow(later).status).toBe('suppressed')
})

test('a complaint suppresses the address, and an admin can lift it with an audit entry', async () => {
  const admin = await createUser({ role: 'admin' })
  const message = sentMessage('re-complained-1')
  const { raw, headers } = signed(event('email.complained', 're-complained-1', message.toEmail))
  expect((await handleResendWebhook(raw, headers)).status).toBe(200)
  const suppression = testDb().select().from(mailSuppressions).where(eq(mailSuppressions.email, message.toEmail)).get()!
  expect(suppression.reason).toBe('complained')
  expect(liftSuppression({ suppressionId: suppression.id, actorId: admin.id })).toBe(true)
  expect(isSuppressed(message.toEmail)).toBe(false)
})

test('the same delivery twice (same svix-id) is handled once', async () => {
  const message = sentMessage('re-dup-1')
  const first = signed(event('email.delivered', 're-dup-1', message.toEmail), { id: 'msg_dup' })
  expect((await handleResendWebhook(first.raw, first.headers)).result).toBe('handled')
  testDb().update(outbox).set({ providerEvent: null }).where(eq(outbox.id, message.id)).run()
  const again = signed(event('email.delivered', 're-dup-1', message.toEmail), { id: 'msg_dup' })
  expect(await handleResendWebhook(again.raw, again.headers)).toEqual({ status: 200, result: 'duplicate' })
  expect(outboxRow(message.id).providerEvent).toBeNull()
})

function snapshot() {
  const db = testDb()
  return {
    suppressions: db.select().from(mailSuppressions).all().length,
    events: db.select().from(webhookEvents).all().length,
  }
}

test('a bad signature, an old timestamp, an unknown type or malformed JSON get a 400 and change nothing', async () => {
  const message = sentMessage('re-bad-1')
  const bounce = event('email.bounced', 're-bad-1', message.toEmail)
  const before = snapshot()
  const wrongSecret = signed(bounce, { secret: `whsec_${Buffer.from('another secret of 32 bytes!!!!!!').toString('base64')}` })
  expect(await handleResendWebhook(wrongSecret.raw, wrongSecret.headers)).toEqual({ status: 400, result: 'bad_signature' })
  const tampered = signed(bounce)
  expect((await handleResendWebhook(tampered.raw.replace('re-bad-1', 're-bad-2'), tampered.headers)).result).toBe('bad_signature')
  const old = signed(bounce, { at: new Date(Date.now() - 6 * 60_000) })
  expect(await handleResendWebhook(old.raw, old.headers)).toEqual({ status: 400, result: 'bad_signature' })
  const unsigned = new Headers({ 'svix-id': 'msg_x', 'svix-timestamp': String(Math.floor(Date.now() / 1000)) })
  expect((await handleResendWebhook(JSON.stringify(bounce), unsigned)).status).toBe(400)
  const unknown = signed({ ...bounce, type: 'email.opened' })
  expect(await handleResendWebhook(unknown.raw, unknown.headers)).toEqual({ status: 400, result: 'unknown_type' })
  const malformed = signed(null, { raw: '{"type": "email.bounced", "data": ' })
  expect(await handleResendWebhook(malformed.raw, malformed.headers)).toEqual({ status: 400, result: 'malformed' })
  const missingId = signed({ type: 'email.bounced', data: { to: [message.toEmail] } })
  expect(await handleResendWebhook(missingId.raw, missingId.headers)).toEqual({ status: 400, result: 'malformed' })
  expect(snapshot()).toEqual(before)
  expect(isSuppressed(message.toEmail)).toBe(false)
})
