import { spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DELIVERY, RateLimiter, deliverDueEmails } from '~/domain/mail/deliver.server'
import { FakeResend } from '../support/fake-resend'
import { testDb } from '../support/factories'
import { outboxRows, queueMails, useFakeResend, virtualClock } from '../support/mail'

const resend = new FakeResend()
let baseUrl = ''

beforeAll(async () => {
  testDb()
  baseUrl = await useFakeResend(resend)
})

afterAll(() => resend.stop())

/** Runs tests/support/crash-worker.ts against the same database and fake Resend. */
function worker(mode: 'claim-only' | 'send') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-worker.ts', mode], {
    env: { ...process.env, RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: baseUrl, RESEND_TIMEOUT_MS: '60000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, exited, output: () => output }
}

function deliveredPerRow(ids: string[]) {
  const addresses = outboxRows(ids).map((row) => row.toEmail)
  return addresses.map((address) => resend.accepted.filter((mail) => mail.to === address).length)
}

test('a worker that dies after claiming leaves the messages to the next one, which delivers each exactly once', async () => {
  const ids = queueMails(3, { prefix: 'claimed' })
  const dead = worker('claim-only')
  expect((await dead.exited).code).toBe(0)
  expect(dead.output()).toContain('claimed 3')
  expect(outboxRows(ids).every((row) => row.status === 'sending')).toBe(true)
  // a fresh claim is left alone; once it is stale the restarted worker takes it over
  expect((await deliverDueEmails({ limiter: new RateLimiter(100, virtualClock()) })).sent).toBe(0)
  await deliverDueEmails({ now: Date.now() + DELIVERY.staleClaimMs + 1000, limiter: new RateLimiter(100, virtualClock()) })
  expect(outboxRows(ids).every((row) => row.status === 'sent')).toBe(true)
  expect(deliveredPerRow(ids)).toEqual([1, 1, 1])
})

test('a worker killed while its request is under way is followed by one that sends the same key again: one mail per row', async () => {
  const ids = queueMails(2, { prefix: 'killed' })
  const [single] = queueMails(1, { prefix: 'killed-single', attachment: true })
  const all = [...ids, single!]
  const before = resend.requests.length
  const running = worker('send')
  // the fake accepts the first request but never answers it; the worker is killed while it waits
  resend.reply('hang')
  const firstRequest = new Promise<void>((resolve) => {
    resend.onRequest = () => {
      resend.onRequest = undefined
      resolve()
    }
  })
  await firstRequest
  running.child.kill('SIGKILL')
  expect((await running.exited).signal).toBe('SIGKILL')
  const firstKey = resend.requests[before]!.headers['idempotency-key']
  expect(outboxRows(all).every((row) => row.status === 'sending')).toBe(true)
  await deliverDueEmails({ now: Date.now() + DELIVERY.staleClaimMs + 1000, limiter: new RateLimiter(100, virtualClock()) })
  expect(outboxRows(all).every((row) => row.status === 'sent')).toBe(true)
  const keys = resend.requests.slice(before).map((r) => r.headers['idempotency-key'])
  expect(keys.filter((key) => key === firstKey)).toHaveLength(2)
  expect(deliveredPerRow(all)).toEqual([1, 1, 1])
})
