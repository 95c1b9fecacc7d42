import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm'
import { Resend } from 'resend'
import { mailSuppressions, outbox } from '../../../db/schema'
import { newId } from '../../../db/schema/columns'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import type { RenderedEmail } from './templates.server'

type OutboxRow = typeof outbox.$inferSelect

export const DELIVERY = {
  maxAttempts: 8,
  /** A claim older than this belongs to a worker that died; the row is taken again (same idempotency key). */
  staleClaimMs: 5 * 60_000,
  /** 2 min, 6, 18, 54 min, 2.7 h, 8.1 h, 10 h: eight attempts spread over about a day. */
  baseBackoffMs: 2 * 60_000,
  backoffFactor: 3,
  maxBackoffMs: 10 * 60 * 60_000,
  /** Resend's batch endpoint takes at most 100 mails. */
  batchSize: 100,
  /** After a 5xx or network error the rest of a pass waits this long (no attempt counted). */
  outagePauseMs: 30_000,
  /** When a 429 carries no Retry-After. */
  defaultRetryAfterMs: 1000,
} as const

/** Time as the worker sees it; tests pass a virtual clock so the rate limit can be checked without waiting. */
export type Clock = { now(): number; sleep(ms: number): Promise<void> }
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** Spaces requests so that at most `perSecond` start in any second. */
export class RateLimiter {
  private nextSlot = 0
  private pausedUntil = 0
  constructor(
    readonly perSecond: number,
    private clock: Clock = realClock,
  ) {}

  /** After a 429 nothing at all is sent until Retry-After has passed (the limit is per account, not per message). */
  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms)
  }

  isPaused(): boolean {
    return this.clock.now() < this.pausedUntil
  }

  async acquire(): Promise<number> {
    const now = this.clock.now()
    const at = Math.max(now, this.nextSlot)
    this.nextSlot = at + 1000 / this.perSecond
    if (at > now) await this.clock.sleep(at - now)
    return at
  }
}

let sharedLimiter: RateLimiter | undefined
function defaultLimiter() {
  const rate = getEnv().RESEND_RATE
  if (!sharedLimiter || sharedLimiter.perSecond !== rate) sharedLimiter = new RateLimiter(rate)
  return sharedLimiter
}

let resendClient: { key: string; baseUrl: string | undefined; client: Resend } | undefined
function getResend(apiKey: string): Resend {
  const baseUrl = getEnv().RESEND_BASE_URL?.replace(/\/+$/, '')
  if (!resendClient || resendClient.key !== apiKey || resendClient.baseUrl !== baseUrl) {
    resendClient = { key: apiKey, baseUrl, client: new Resend(apiKey, { baseUrl }) }
  }
  return resendClient.client
}

/** A group of rows that go out in one request under one Idempotency-Key. */
export type Claim = { key: string; rows: OutboxRow[] }

const isSingle = (claim: Claim) => claim.rows.length === 1 && claim.rows[0]!.batchKey === claim.rows[0]!.id

/**
 * Takes due messages atomically, so two workers never deliver the same row.
 * Rows are grouped for the batch endpoint; the group's key is stored on the rows before anything is
 * sent, so a worker that dies and a later one that takes the rows over send the same request again.
 * Mails with attachments go singly, keyed by their outbox id.
 */
export function claimDueMessages(now: number, limit: number): Claim[] {
  return db.transaction(
    (tx) => {
      const dueCondition = or(
        and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, new Date(now))),
        and(eq(outbox.status, 'sending'), lte(outbox.updatedAt, new Date(now - DELIVERY.staleClaimMs))),
      )
      let due = tx.select().from(outbox).where(dueCondition).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit).all()
      if (due.length === 0) return []
      // A batch that was already tried goes out whole again, with the same payload and key.
      const keys = [...new Set(due.map((row) => row.batchKey).filter((key): key is string => Boolean(key)))]
      if (keys.length > 0) {
        const seen = new Set(due.map((row) => row.id))
        const partners = tx
          .select()
          .from(outbox)
          .where(and(inArray(outbox.batchKey, keys), inArray(outbox.status, ['queued', 'sending'])))
          .all()
        due = [...due, ...partners.filter((row) => !seen.has(row.id))]
      }
      // Fresh rows to a suppressed address are not sent at all.
      const fresh = due.filter((row) => !row.batchKey)
      const suppressed = new Set(
        fresh.length === 0
          ? []
          : tx
              .select({ email: mailSuppressions.email })
              .from(mailSuppressions)
              .where(inArray(mailSuppressions.email, [...new Set(fresh.map((row) => row.toEmail.toLowerCase()))]))
              .all()
              .map((row) => row.email),
      )
      const suppressedIds = fresh.filter((row) => suppressed.has(row.toEmail.toLowerCase())).map((row) => row.id)
      if (suppressedIds.length > 0) {
        tx.update(outbox)
          .set({ status: 'suppressed', lastError: 'suppressed', updatedAt: new Date(now) })
          .where(inArray(outbox.id, suppressedIds))
          .run()
      }
      const groups = new Map<string, OutboxRow[]>()
      const unbatched: OutboxRow[] = []
      for (const row of due) {
        if (suppressedIds.includes(row.id)) continue
        if (row.batchKey) groups.set(row.batchKey, [...(groups.get(row.batchKey) ?? []), row])
        else if (row.attachments.length > 0) groups.set(row.id, [{ ...row, batchKey: row.id }])
        else unbatched.push(row)
      }
      for (let i = 0; i < unbatched.length; i += DELIVERY.batchSize) {
        const chunk = unbatched.slice(i, i + DELIVERY.batchSize)
        const key = chunk.length === 1 ? chunk[0]!.id : `batch-${newId()}`
        groups.set(
          key,
          chunk.map((row) => ({ ...row, batchKey: key })),
        )
      }
      const claims: Claim[] = []
      for (const [key, rows] of groups) {
        tx.update(outbox)
          .set({ status: 'sending', batchKey: key, updatedAt: new Date(now) })
          .where(
            inArray(
              outbox.id,
              rows.map((row) => row.id),
            ),
          )
          .run()
        claims.push({ key, rows: rows.map((row) => ({ ...row, status: 'sending' as const })) })
      }
      return claims
    },
    { behavior: 'immediate' },
  )
}

function backoff(attempts: number): number {
  const exponential = Math.min(DELIVERY.baseBackoffMs * DELIVERY.backoffFactor ** (attempts - 1), DELIVERY.maxBackoffMs)
  return Math.round(exponential * (0.75 + Math.random() * 0.5))
}

type Outcome = 'sent' | 'delivered-locally' | 'retry' | 'failed' | 'rate-limited'

function recordFailure(rows: OutboxRow[], message: string, now: number, permanent = false): Outcome {
  let outcome: Outcome = 'retry'
  db.transaction((tx) => {
    for (const row of rows) {
      const attempts = row.attempts + 1
      const failed = permanent || attempts >= DELIVERY.maxAttempts
      if (failed) outcome = 'failed'
      tx.update(outbox)
        .set({
          status: failed ? 'failed' : 'queued',
          attempts,
          lastError: message.slice(0, 1000),
          nextAttemptAt: new Date(now + backoff(attempts)),
        })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, 'sending')))
        .run()
    }
  })
  return outcome
}

/** A 429, or claims left over when Resend is unreachable: nothing counts as an attempt; the rows wait. */
function recordRateLimited(rows: OutboxRow[], retryAfterMs: number, now: number, reason = `rate_limit_exceeded: retry after ${Math.ceil(retryAfterMs / 1000)} s`) {
  db.update(outbox)
    .set({ status: 'queued', lastError: reason, nextAttemptAt: new Date(now + retryAfterMs) })
    .where(
      and(
        inArray(
          outbox.id,
          rows.map((row) => row.id),
        ),
        eq(outbox.status, 'sending'),
      ),
    )
    .run()
}

function retryAfterMs(headers: Record<string, string> | null | undefined): number {
  const value = headers?.['retry-after']
  if (!value) return DELIVERY.defaultRetryAfterMs
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(seconds * 1000, 0)
  const date = Date.parse(value)
  return Number.isNaN(date) ? DELIVERY.defaultRetryAfterMs : Math.max(date - Date.now(), 0)
}

/** Renders once and keeps the result, so a retry sends exactly the same mail (Resend compares payloads per key). */
async function ensureRendered(row: OutboxRow): Promise<RenderedEmail & { row: OutboxRow }> {
  if (row.subject && row.html && row.text) return { subject: row.subject, html: row.html, text: row.text, row }
  // Loaded on first use: the templates pull in React Email (and its code highlighter), which costs the
  // server about a second at start while most requests never render a mail.
  const { renderEmail } = await import('./templates.server')
  const rendered = await renderEmail(row.template, { ...row.props, locale: row.locale })
  db.update(outbox).set(rendered).where(eq(outbox.id, row.id)).run()
  return { ...rendered, row: { ...row, ...rendered } }
}

type SendResult = { data: unknown; error: { statusCode?: number | null; name?: string; message?: string } | null; headers: Record<string, string> | null }

async function sendClaim(claim: Claim, now: number, limiter: RateLimiter): Promise<Outcome | 'outage'> {
  const rendered: Array<RenderedEmail & { row: OutboxRow }> = []
  for (const row of claim.rows) {
    try {
      rendered.push(await ensureRendered(row))
    } catch (error) {
      recordFailure([row], `render: ${(error as Error).message}`, now, true)
    }
  }
  if (rendered.length === 0) return 'failed'
  const rows = rendered.map((r) => r.row)
  const env = getEnv()
  if (!env.RESEND_API_KEY) {
    db.update(outbox)
      .set({ status: 'delivered-locally', attempts: sql`${outbox.attempts} + 1`, sentAt: new Date(now), lastError: null })
      .where(
        inArray(
          outbox.id,
          rows.map((row) => row.id),
        ),
      )
      .run()
    return 'delivered-locally'
  }
  const payload = rendered.map(({ row, subject, html, text }) => ({
    from: env.MAIL_FROM,
    to: row.toEmail,
    subject,
    html,
    text,
    ...(env.MAIL_REPLY_TO ? { replyTo: env.MAIL_REPLY_TO } : {}),
    ...(Object.keys(row.headers).length > 0 ? { headers: row.headers } : {}),
    ...(row.attachments.length > 0
      ? { attachments: row.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) }
      : {}),
  }))
  await limiter.acquire()
  const resend = getResend(env.RESEND_API_KEY)
  const options = { idempotencyKey: claim.key, signal: AbortSignal.timeout(env.RESEND_TIMEOUT_MS) }
  let result: SendResult
  try {
    result = (isSingle(claim) ? await resend.emails.send(payload[0]!, options) : await resend.batch.send(payload, options)) as SendResult
  } catch (error) {
    result = { data: null, error: { statusCode: null, name: 'network_error', message: (error as Error).message }, headers: null }
  }
  const { data, error, headers } = result
  if (error || !data) {
    const status = error?.statusCode ?? null
    const message = `${status ?? 'network'} ${error?.name ?? 'error'}: ${error?.message ?? 'no response'}`
    if (status === 429) {
      const wait = retryAfterMs(headers)
      limiter.pause(wait)
      recordRateLimited(rows, wait, now)
      return 'rate-limited'
    }
    // A malformed mail never gets better by trying again; everything else (5xx, network, timeout, 401 while misconfigured) may.
    const outcome = recordFailure(rows, message, now, status === 400 || status === 422)
    return outcome === 'retry' && (status === null || status >= 500) ? 'outage' : outcome
  }
  const ids = isSingle(claim)
    ? [(data as { id: string }).id]
    : ((data as { data?: Array<{ id: string }> }).data ?? []).map((item) => item.id)
  db.transaction((tx) => {
    rows.forEach((row, i) => {
      tx.update(outbox)
        .set({ status: 'sent', attempts: row.attempts + 1, providerId: ids[i] ?? null, sentAt: new Date(now), lastError: null })
        .where(eq(outbox.id, row.id))
        .run()
    })
  })
  return 'sent'
}

export type DeliveryCounts = Record<Outcome, number>

/**
 * One pass of the worker: claim what is due and deliver it. `npm run mail:deliver` and the server both call this.
 * A 429 ends the pass: the remaining claims go back to the queue for after Retry-After; so does an outage
 * (5xx, timeout, dropped connection), so a hanging server costs one timeout per pass, not one per claim.
 */
export async function deliverDueEmails(options: { now?: number; limit?: number; limiter?: RateLimiter } = {}): Promise<DeliveryCounts> {
  const now = options.now ?? Date.now()
  const limiter = options.limiter ?? defaultLimiter()
  const counts: DeliveryCounts = { sent: 0, 'delivered-locally': 0, retry: 0, failed: 0, 'rate-limited': 0 }
  if (limiter.isPaused()) return counts
  const claims = claimDueMessages(now, options.limit ?? 200)
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!
    const result = await sendClaim(claim, now, limiter)
    const outcome = result === 'outage' ? 'retry' : result
    counts[outcome] += claim.rows.length
    if (result === 'outage') {
      // Resend is down or hanging: one timeout per pass is enough; the other claims wait without losing an attempt.
      const rest = claims.slice(i + 1).flatMap((c) => c.rows)
      if (rest.length > 0) recordRateLimited(rest, DELIVERY.outagePauseMs, now, 'waiting: Resend did not answer the previous request')
      break
    }
    if (outcome === 'rate-limited') {
      const waiting = db.select({ next: outbox.nextAttemptAt }).from(outbox).where(eq(outbox.id, claim.rows[0]!.id)).get()
      const rest = claims.slice(i + 1).flatMap((c) => c.rows)
      if (rest.length > 0) recordRateLimited(rest, (waiting?.next.getTime() ?? now) - now, now)
      counts['rate-limited'] += rest.length
      break
    }
  }
  return counts
}

/** An admin sends a failed message again: same outbox id, so the same idempotency key. */
export function retryMessage(id: string, now = Date.now()): boolean {
  const result = db
    .update(outbox)
    .set({ status: 'queued', attempts: 0, nextAttemptAt: new Date(now), lastError: null })
    .where(and(eq(outbox.id, id), inArray(outbox.status, ['failed', 'suppressed'])))
    .run()
  return result.changes > 0
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
