import { and, asc, desc, eq, gt, gte, inArray, lte, notExists, or, sql, type SQL } from 'drizzle-orm'
import {
  digestRuns,
  events,
  invitations,
  municipalities,
  notificationPreferences,
  organisations,
  rsvps,
  users,
} from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import type { DigestEvent, DigestProps } from '../../../emails/digest'
import { visibleEventsCondition, type EventViewer } from '~/domain/events/policy.server'
import { enqueueBulkEmail, listPersonNetworkIds } from '~/domain/mail/unsubscribe.server'
import { listObservances, type Tradition } from '~/domain/observances'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { absoluteUrl } from '~/utils/http.server'
import { formatDate, formatRange, type Locale } from '~/utils/i18n'
import { berlinDate } from '~/utils/time'
import { listActiveSubscriptions } from './subscriptions.server'
import { isSendingDay, isoWeek, mondayOf, observanceRange, periodKey, type Period } from './period'
import { getMailLocale } from './preferences.server'

const WINDOW_MS = 28 * 24 * 60 * 60_000
const PERIOD_MS: Record<Period, number> = { weekly: 7 * 24 * 60 * 60_000, monthly: 31 * 24 * 60 * 60_000 }

/** Where an invitee answers; the RSVP area's answer page for signed-in people. */
/** Signed-in members answer there with one click; the personal link lives only in the invitation mail. */
export const invitationAnswerUrl = (eventId: string) => absoluteUrl(`/events/${eventId}/answer`)
const eventUrl = (eventId: string) => absoluteUrl(`/events/${eventId}`)

export type Recipient =
  | { kind: 'user'; userId: string; email: string; role: 'admin' | 'member'; networkIds: string[] }
  | { kind: 'subscription'; subscriptionId: string; email: string; locale: Locale; traditions: string[]; municipalityIds: string[] }

export const recipientKey = (r: Recipient) => (r.kind === 'user' ? `user:${r.userId}` : `subscription:${r.subscriptionId}`)

/** People who get this period's digest: a network set to it (weekly is the default), or, weekly, no network at all (for invitations). */
export function listDigestRecipients(period: Period): Recipient[] {
  const people = db.select({ id: users.id, email: users.email, role: users.role }).from(users).orderBy(asc(users.id)).all()
  const chosen = db.select().from(notificationPreferences).all()
  const byUser = new Map<string, Map<string, string>>()
  for (const row of chosen) {
    if (!byUser.has(row.userId)) byUser.set(row.userId, new Map())
    byUser.get(row.userId)!.set(row.networkId, row.frequency)
  }
  const result: Recipient[] = []
  for (const person of people) {
    const all = listPersonNetworkIds(db, person.id)
    const choice = byUser.get(person.id)
    const networkIds = all.filter((id) => (choice?.get(id) ?? 'weekly') === period)
    if (networkIds.length > 0 || (period === 'weekly' && all.length === 0)) {
      result.push({ kind: 'user', userId: person.id, email: person.email, role: person.role, networkIds })
    }
  }
  for (const subscription of listActiveSubscriptions(period)) {
    result.push({
      kind: 'subscription',
      subscriptionId: subscription.id,
      email: subscription.email,
      locale: subscription.locale,
      traditions: subscription.traditions,
      municipalityIds: subscription.municipalityIds,
    })
  }
  return result
}

const eventColumns = {
  id: events.id,
  title: events.title,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  venueName: events.venueName,
  onlineUrl: events.onlineUrl,
  municipalityName: municipalities.name,
  organiser: organisations.name,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
  changeCount: events.changeCount,
}

function selectEvents(where: SQL) {
  return db
    .select(eventColumns)
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .all()
}

/** What the recipient may see and asked for: their networks' events, or public events matching the filters. */
function scopeCondition(recipient: Recipient): SQL {
  if (recipient.kind === 'user') {
    const viewer: EventViewer = { userId: recipient.userId, role: recipient.role }
    return and(visibleEventsCondition(viewer), recipient.networkIds.length > 0 ? inArray(events.networkId, recipient.networkIds) : sql`0 = 1`)!
  }
  const conditions: SQL[] = [visibleEventsCondition(null)]
  if (recipient.traditions.length > 0) conditions.push(inArray(organisations.tradition, recipient.traditions as never[]))
  if (recipient.municipalityIds.length > 0) conditions.push(inArray(events.municipalityId, recipient.municipalityIds))
  return and(...conditions)!
}

/** The last digest this recipient got (or was due but empty); changes are reported since then. */
function lastDigestAt(key: string): number | null {
  return db.select({ at: digestRuns.createdAt }).from(digestRuns).where(eq(digestRuns.recipientKey, key)).orderBy(desc(digestRuns.createdAt)).limit(1).get()?.at.getTime() ?? null
}

function placeOf(row: { venueName: string | null; municipalityName: string | null; onlineUrl: string | null }) {
  const parts = [row.venueName, row.municipalityName].filter(Boolean)
  if (parts.length > 0) return parts.join(', ')
  return row.onlineUrl ? 'Online' : null
}

/** The digest's content for one recipient, or null when there is nothing to say. */
export function buildDigest(recipient: Recipient, period: Period, now: number): Omit<DigestProps, 'unsubscribeUrl'> | null {
  const locale = recipient.kind === 'user' ? getMailLocale(recipient.userId) : recipient.locale
  const since = lastDigestAt(recipientKey(recipient)) ?? now - PERIOD_MS[period]
  const scope = scopeCondition(recipient)
  const upcoming = selectEvents(and(scope, eq(events.status, 'published'), gte(events.startsAt, new Date(now)), lte(events.startsAt, new Date(now + WINDOW_MS)))!)
  const weeks = new Map<string, DigestEvent[]>()
  for (const row of upcoming) {
    const monday = mondayOf(berlinDate(row.startsAt))
    const list = weeks.get(monday) ?? []
    list.push({
      id: row.id,
      title: row.title,
      when: formatRange(row.startsAt, row.endsAt, locale, row.allDay),
      place: placeOf(row),
      organiser: row.organiser,
      url: eventUrl(row.id),
      isNew: row.createdAt.getTime() > since,
    })
    weeks.set(monday, list)
  }
  const changed = selectEvents(
    and(
      scope,
      gte(events.endsAt, new Date(now)),
      gt(events.updatedAt, new Date(since)),
      lte(events.createdAt, new Date(since)),
      or(eq(events.status, 'cancelled'), and(eq(events.status, 'published'), gt(events.changeCount, 0))),
    )!,
  )
  const open =
    recipient.kind === 'user'
      ? db
          .select({ id: invitations.id, eventId: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, allDay: events.allDay })
          .from(invitations)
          .innerJoin(events, eq(events.id, invitations.eventId))
          .where(
            and(
              or(eq(invitations.userId, recipient.userId), sql`lower(${invitations.email}) = lower(${recipient.email})`),
              // not answered, by the invitation's link or by address; two NOT EXISTS (not a LEFT JOIN … ON a OR b, which
              // SQLite can only answer by scanning every answer) so each is one index lookup
              notExists(db.select({ id: rsvps.id }).from(rsvps).where(eq(rsvps.invitationId, invitations.id))),
              notExists(
                db
                  .select({ id: rsvps.id })
                  .from(rsvps)
                  .where(and(eq(rsvps.eventId, invitations.eventId), sql`lower(${rsvps.email}) = lower(${invitations.email})`)),
              ),
              eq(events.status, 'published'),
              gte(events.startsAt, new Date(now)),
              visibleEventsCondition({ userId: recipient.userId, role: recipient.role }),
            ),
          )
          .orderBy(asc(events.startsAt))
          .all()
      : []
  if (upcoming.length === 0 && changed.length === 0 && open.length === 0) return null
  const range = observanceRange(period, now)
  const traditions = recipient.kind === 'subscription' && recipient.traditions.length > 0 ? recipient.traditions : undefined
  const observances = listObservances({ ...range, ...(traditions ? { traditions: traditions.filter((t) => t !== 'interreligious') as Tradition[] } : {}) })
    .map((o) => ({
      name: o.name[locale],
      dates: o.start === o.end ? formatDate(new Date(`${o.start}T12:00:00Z`), locale) : `${formatDate(new Date(`${o.start}T12:00:00Z`), locale)} – ${formatDate(new Date(`${o.end}T12:00:00Z`), locale)}`,
    }))
  const today = berlinDate(now)
  const [, week] = isoWeek(today)
  return {
    audience: recipient.kind === 'user' ? 'member' : 'public',
    period,
    periodLabel:
      period === 'weekly'
        ? `${locale === 'de' ? 'KW' : 'week'} ${week}`
        : new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(now),
    weeks: [...weeks.entries()].map(([monday, list]) => ({ label: formatDate(new Date(`${monday}T12:00:00Z`), locale, { dateStyle: undefined, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }), events: list })),
    invitations: open.map((row) => ({ id: row.id, title: row.title, when: formatRange(row.startsAt, row.endsAt, locale, row.allDay), url: invitationAnswerUrl(row.eventId) })),
    changes: changed.map((row) => ({
      id: row.id,
      title: row.title,
      when: formatRange(row.startsAt, row.endsAt, locale, row.allDay),
      kind: row.status === 'cancelled' ? ('cancelled' as const) : ('changed' as const),
      url: eventUrl(row.id),
    })),
    observances,
    locale,
  }
}

export type DigestRunSummary = { period: Period; periodKey: string; recipients: number; queued: number; empty: number; alreadyDone: number; dryRun: boolean }

/**
 * Builds and queues the digests of one period. Each recipient gets one digest-run row per period
 * (UNIQUE), written in the same transaction as the mail: running twice sends nothing twice.
 */
export function runDigests(options: { period: Period; now?: number; dryRun?: boolean; onProgress?: (done: number, total: number) => void }): DigestRunSummary {
  const now = options.now ?? Date.now()
  const key = periodKey(options.period, now)
  const recipients = listDigestRecipients(options.period)
  const summary: DigestRunSummary = { period: options.period, periodKey: key, recipients: recipients.length, queued: 0, empty: 0, alreadyDone: 0, dryRun: Boolean(options.dryRun) }
  recipients.forEach((recipient, i) => {
    const rk = recipientKey(recipient)
    const done = db
      .select({ id: digestRuns.id })
      .from(digestRuns)
      .where(and(eq(digestRuns.period, options.period), eq(digestRuns.periodKey, key), eq(digestRuns.recipientKey, rk)))
      .get()
    if (done) summary.alreadyDone++
    else {
      const content = buildDigest(recipient, options.period, now)
      if (options.dryRun) content ? summary.queued++ : summary.empty++
      else if (queueDigest(recipient, options.period, key, content, now)) content ? summary.queued++ : summary.empty++
      else summary.alreadyDone++
    }
    options.onProgress?.(i + 1, recipients.length)
  })
  return summary
}

function queueDigest(recipient: Recipient, period: Period, key: string, content: ReturnType<typeof buildDigest>, now: number): boolean {
  return db.transaction(
    (tx: DbOrTx) => {
      const inserted = tx
        .insert(digestRuns)
        .values({ period, periodKey: key, recipientKey: recipientKey(recipient), outcome: content ? 'queued' : 'empty', createdAt: new Date(now), updatedAt: new Date(now) })
        .onConflictDoNothing()
        .returning({ id: digestRuns.id })
        .get()
      if (!inserted) return false
      if (content) {
        const outboxId = enqueueBulkEmail(tx, {
          template: 'digest',
          to: recipient.email,
          locale: content.locale,
          props: content,
          unsubscribe: recipient.kind === 'user' ? { userId: recipient.userId } : { subscriptionId: recipient.subscriptionId },
        })
        tx.update(digestRuns).set({ outboxId }).where(eq(digestRuns.id, inserted.id)).run()
      }
      return true
    },
    { behavior: 'immediate' },
  )
}

let timer: NodeJS.Timeout | undefined

/** Runs due digests every five minutes (weekly Monday 07:00, monthly the 1st 07:00, Europe/Berlin). Idempotent per period. */
export function startDigestScheduler(intervalMs = 5 * 60_000): () => void {
  if (timer || getEnv().JOBS === 'false') return stopDigestScheduler
  const tick = () => {
    for (const period of ['weekly', 'monthly'] as const) {
      if (!isSendingDay(period, Date.now())) continue
      try {
        const summary = runDigests({ period })
        if (summary.queued > 0) console.log(`[digests] ${period} ${summary.periodKey}: ${summary.queued} queued, ${summary.empty} empty`)
      } catch (error) {
        console.error(`[digests] ${period} run failed`, error)
      }
    }
  }
  timer = setInterval(tick, intervalMs)
  timer.unref()
  return stopDigestScheduler
}

export function stopDigestScheduler() {
  if (timer) clearInterval(timer)
  timer = undefined
}

