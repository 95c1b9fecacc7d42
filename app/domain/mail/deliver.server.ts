import { and, asc, eq, inArray, lte, or } from 'drizzle-orm'
import { Resend } from 'resend'
import { outbox } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { renderEmail, type RenderedEmail } from './templates.server'

type OutboxRow = typeof outbox.$inferSelect

export const DELIVERY = {
  maxAttempts: 8,
  /** A claim older than this belongs to a worker that died; the row is taken again (same idempotency key). */
  staleClaimMs: 5 * 60_000,
  baseBackoffMs: 30_000,
  maxBackoffMs: 6 * 60 * 60_000,
} as const

let resendClient: Resend | undefined
function getResend(apiKey: string): Resend {
  resendClient ??= new Resend(apiKey, { baseUrl: getEnv().RESEND_BASE_URL })
  return resendClient
}

/** Takes due messages atomically, so two workers never deliver the same row. */
export function claimDueMessages(now: number, limit: number): OutboxRow[] {
  return db.transaction(
    (tx) => {
      const due = tx
        .select()
        .from(outbox)
        .where(
          or(
            and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, new Date(now))),
            and(eq(outbox.status, 'sending'), lte(outbox.updatedAt, new Date(now - DELIVERY.staleClaimMs))),
          ),
        )
        .orderBy(asc(outbox.nextAttemptAt))
        .limit(limit)
        .all()
      if (due.length === 0) return []
      tx.update(outbox)
        .set({ status: 'sending', updatedAt: new Date(now) })
        .where(
          inArray(
            outbox.id,
            due.map((row) => row.id),
          ),
        )
        .run()
      return due
    },
    { behavior: 'immediate' },
  )
}

function backoff(attempts: number): number {
  const exponential = Math.min(DELIVERY.baseBackoffMs * 2 ** (attempts - 1), DELIVERY.maxBackoffMs)
  return Math.round(exponential * (0.75 + Math.random() * 0.5))
}

function recordFailure(row: OutboxRow, message: string, rendered: RenderedEmail | null, now: number) {
  const attempts = row.attempts + 1
  const failed = attempts >= DELIVERY.maxAttempts
  db.update(outbox)
    .set({
      status: failed ? 'failed' : 'queued',
      attempts,
      lastError: message.slice(0, 1000),
      nextAttemptAt: new Date(now + backoff(attempts)),
      ...(rendered ?? {}),
    })
    .where(eq(outbox.id, row.id))
    .run()
}

async function deliverOne(row: OutboxRow, now: number): Promise<'sent' | 'delivered-locally' | 'retry'> {
  let rendered: RenderedEmail
  try {
    rendered = await renderEmail(row.template, { ...row.props, locale: row.locale })
  } catch (error) {
    recordFailure(row, `render: ${(error as Error).message}`, null, now)
    return 'retry'
  }
  const env = getEnv()
  if (!env.RESEND_API_KEY) {
    db.update(outbox)
      .set({ ...rendered, status: 'delivered-locally', attempts: row.attempts + 1, sentAt: new Date(now), lastError: null })
      .where(eq(outbox.id, row.id))
      .run()
    return 'delivered-locally'
  }
  const { data, error } = await getResend(env.RESEND_API_KEY).emails.send(
    {
      from: env.MAIL_FROM,
      to: row.toEmail,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      ...(env.MAIL_REPLY_TO ? { replyTo: env.MAIL_REPLY_TO } : {}),
    },
    { idempotencyKey: row.id },
  )
  if (error || !data) {
    recordFailure(row, `${error?.name ?? 'error'}: ${error?.message ?? 'no response'}`, rendered, now)
    return 'retry'
  }
  db.update(outbox)
    .set({ ...rendered, status: 'sent', attempts: row.attempts + 1, providerId: data.id, sentAt: new Date(now), lastError: null })
    .where(eq(outbox.id, row.id))
    .run()
  return 'sent'
}

/** One pass of the worker: claim what is due and deliver it. `npm run mail:deliver` and the server both call this. */
export async function deliverDueEmails(options: { now?: number; limit?: number } = {}) {
  const now = options.now ?? Date.now()
  const counts = { sent: 0, 'delivered-locally': 0, retry: 0 }
  for (const row of claimDueMessages(now, options.limit ?? 50)) counts[await deliverOne(row, now)]++
  return counts
}

let timer: NodeJS.Timeout | undefined

/** The worker in the server process: a pass every second, never two at once. */
export function startMailWorker(intervalMs = 1000): () => void {
  if (timer) return () => stopMailWorker()
  let running = false
  timer = setInterval(() => {
    if (running) return
    running = true
    deliverDueEmails()
      .catch((error) => console.error('[mail] delivery pass failed', error))
      .finally(() => {
        running = false
      })
  }, intervalMs)
  timer.unref()
  return () => stopMailWorker()
}

export function stopMailWorker() {
  if (timer) clearInterval(timer)
  timer = undefined
}
