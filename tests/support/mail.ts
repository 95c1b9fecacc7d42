import { eq, inArray } from 'drizzle-orm'
import { outbox } from '../../db/schema'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { listUnsubscribeHeaders } from '~/domain/mail/unsubscribe.server'
import { getEnv } from '~/utils/env.server'
import type { FakeResend } from './fake-resend'
import { testDb } from './factories'

/** Points the resend SDK at the fake server (the env is read once, so the cached copy is updated too). */
export async function useFakeResend(fake: FakeResend, extra: Record<string, string | number> = {}) {
  const baseUrl = await fake.start()
  const values = { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: baseUrl, ...extra }
  for (const [key, value] of Object.entries(values)) process.env[key] = String(value)
  Object.assign(getEnv(), values)
  return baseUrl
}

let counter = 0

/** Queues sign-in mails (no attachments: batchable) or, with `attachment`, a mail that must go singly. */
export function queueMails(count: number, options: { attachment?: boolean; bulk?: boolean; prefix?: string } = {}) {
  const db = testDb()
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const to = `${options.prefix ?? 'mail'}-${++counter}@example.org`
    ids.push(
      enqueueEmail(db, {
        template: 'sign-in-link',
        to,
        locale: 'de',
        props: { name: `Person ${counter}`, url: `http://localhost:3000/auth/${'a'.repeat(32)}`, minutes: 10, locale: 'de' },
        ...(options.bulk ? { kind: 'bulk' as const, headers: listUnsubscribeHeaders('http://localhost:3000/unsubscribe/x') } : {}),
        ...(options.attachment
          ? { attachments: [{ filename: 'termin.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }] }
          : {}),
      }),
    )
  }
  return ids
}

export function outboxRows(ids: string[]) {
  return testDb().select().from(outbox).where(inArray(outbox.id, ids)).all()
}

export function outboxRow(id: string) {
  return testDb().select().from(outbox).where(eq(outbox.id, id)).get()!
}

/** A clock that jumps instead of waiting: the rate limiter's waits become visible and cost no time. */
export function virtualClock(start = Date.now()) {
  let now = start
  const sleeps: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
    sleeps,
  }
}
