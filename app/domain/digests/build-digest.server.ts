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
import { prepareVisibleEventFilter, visibleEventsCondition } from '~/domain/events/policy.server'
import { enqueueBulkEmails, listNetworkIdsByPerson } from '~/domain/mail/unsubscribe.server'
import { listObservances, type Tradition } from '~/domain/observances'
import { db, insertInChunks } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { absoluteUrl } from '~/utils/http.server'
import { formatDate, formatRange, type Locale } from '~/utils/i18n'
import { berlinDate } from '~/utils/time'
import { listActiveSubscriptions } from './subscriptions.server'
import { isSendingDay, isoWeek, mondayOf, observanceRange, periodKey, type Period } from './period'
import { listMailLocales } from './preferences.server'

const WINDOW_MS = 28 * 24 * 60 * 60_000
const PERIOD_MS: Record<Period, number> = { weekly: 7 * 24 * 60 * 60_000, monthly: 31 * 24 * 60 * 60_000 }

/** Where an invitee answers; the RSVP area's answer page for signed-in people. */
/** Signed-in members answer there with one click; the personal link lives only in the invitation mail. */
export const invitationAnswerUrl = (eventId: string) => absoluteUrl(`/events/${eventId}/answer`)
const eventUrl = (eventId: string) => absoluteUrl(`/events/${eventId}`)

export type Recipient =
  | { kind: 'user'; userId: string; email: string; role: 'admin' | 'member'; networkIds: string[]; locale: Locale }
  | { kind: 'subscription'; subscriptionId: string; email: string; locale: Locale; traditions: string[]; municipalityIds: string[] }

export const recipientKey = (r: Recipient) => (r.kind === 'user' ? `user:${r.userId}` : `subscription:${r.subscriptionId}`)

/**
 * People who get this period's digest: a network set to it (weekly is the default), or, weekly, no network at all (for invitations).
 * A handful of queries for everyone (networks, preferences and mail languages in bulk), not a few per person.
 */
export function listDigestRecipients(period: Period): Recipient[] {
  const people = db.select({ id: users.id, email: users.email, role: users.role }).from(users).orderBy(asc(users.id)).all()
  const chosen = db.select().from(notificationPreferences).all()
  const byUser = new Map<string, Map<string, string>>()
  for (const row of chosen) {
    if (!byUser.has(row.userId)) byUser.set(row.userId, new Map())
    byUser.get(row.userId)!.set(row.networkId, row.frequency)
  }
  const networksByPerson = listNetworkIdsByPerson(db)
  const locales = listMailLocales()
  const result: Recipient[] = []
  for (const person of people) {
    const all = networksByPerson.get(person.id) ?? []
    const choice = byUser.get(person.id)
    const networkIds = all.filter((id) => (choice?.get(id) ?? 'weekly') === period)
    if (networkIds.length > 0 || (period === 'weekly' && all.length === 0)) {
      result.push({ kind: 'user', userId: person.id, email: person.email, role: person.role, networkIds, locale: locales.get(person.id) ?? 'de' })
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

type EventRow = {
  id: string
  title: string
  status: string
  startsAt: Date
  endsAt: Date
  allDay: boolean
  venueName: string | null
  onlineUrl: string | null
  municipalityName: string | null
  organiser: string
  createdAt: Date
}

function selectEvents(where: SQL): EventRow[] {
  return db
    .select(eventColumns)
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .all()
}

/** Published events starting in the coming four weeks. */
const upcomingCondition = (now: number) => and(eq(events.status, 'published'), gte(events.startsAt, new Date(now)), lte(events.startsAt, new Date(now + WINDOW_MS)))!

/** Events not over that were cancelled or changed since the last digest (and existed then). */
const changedCondition = (now: number, since: number) =>
  and(
    gte(events.endsAt, new Date(now)),
    gt(events.updatedAt, new Date(since)),
    lte(events.createdAt, new Date(since)),
    or(eq(events.status, 'cancelled'), and(eq(events.status, 'published'), gt(events.changeCount, 0))),
  )!

/** Public events matching a subscription's filters (the public see only what the visibility rule shows everyone). */
function subscriptionScope(recipient: Extract<Recipient, { kind: 'subscription' }>): SQL {
  const conditions: SQL[] = [visibleEventsCondition(null)]
  if (recipient.traditions.length > 0) conditions.push(inArray(organisations.tradition, recipient.traditions as never[]))
  if (recipient.municipalityIds.length > 0) conditions.push(inArray(events.municipalityId, recipient.municipalityIds))
  return and(...conditions)!
}

function placeOf(row: { venueName: string | null; municipalityName: string | null; onlineUrl: string | null }) {
  const parts = [row.venueName, row.municipalityName].filter(Boolean)
  if (parts.length > 0) return parts.join(', ')
  return row.onlineUrl ? 'Online' : null
}

const byStart = (a: EventRow, b: EventRow) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function memo<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) return cache.get(key)!
  const value = make()
  cache.set(key, value)
  return value
}

type OpenInvitation = { id: string; userId: string | null; emailKey: string; eventId: string; title: string; startsAt: Date; endsAt: Date; allDay: boolean }

/**
 * What one run shares between its recipients, so it is read or computed once, not once per person: the candidate events
 * of each network (before the visibility rule, which is then applied per person, in SQL, to those few events), the open
 * invitations, the observances per language and filter, and the formatted dates.
 */
export function createDigestContext(period: Period, now: number) {
  const caches = {
    upcoming: new Map<string, EventRow[]>(),
    changed: new Map<string, EventRow[]>(),
    subscription: new Map<string, { upcoming: EventRow[]; changed: EventRow[] }>(),
    observances: new Map<string, DigestProps['observances']>(),
    labels: new Map<string, string>(),
  }
  const lastRun = db
    .select({ at: digestRuns.createdAt })
    .from(digestRuns)
    .where(eq(digestRuns.recipientKey, sql.placeholder('key')))
    .orderBy(desc(digestRuns.createdAt))
    .limit(1)
    .prepare()
  const visibleAmong = prepareVisibleEventFilter()
  const facts = new WeakMap<EventRow | OpenInvitation, { when: Partial<Record<Locale, string>>; url?: string; monday?: string }>()
  const factsOf = (row: EventRow | OpenInvitation) => {
    let found = facts.get(row)
    if (!found) facts.set(row, (found = { when: {} }))
    return found
  }
  // Open (unanswered) invitations to upcoming published events, by person and by address (lower-cased as SQLite does).
  let openInvitations: { byUser: Map<string, OpenInvitation[]>; byEmail: Map<string, OpenInvitation[]> } | undefined
  const loadOpenInvitations = () => {
    const rows = db
      .select({
        id: invitations.id,
        userId: invitations.userId,
        emailKey: sql<string>`lower(${invitations.email})`,
        eventId: events.id,
        title: events.title,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        allDay: events.allDay,
      })
      .from(invitations)
      .innerJoin(events, eq(events.id, invitations.eventId))
      .where(
        and(
          eq(events.status, 'published'),
          gte(events.startsAt, new Date(now)),
          // not answered, by the invitation's link or by address (two NOT EXISTS, each one index lookup)
          notExists(db.select({ id: rsvps.id }).from(rsvps).where(eq(rsvps.invitationId, invitations.id))),
          notExists(
            db
              .select({ id: rsvps.id })
              .from(rsvps)
              .where(and(eq(rsvps.eventId, invitations.eventId), sql`lower(${rsvps.email}) = lower(${invitations.email})`)),
          ),
        ),
      )
      .orderBy(asc(events.startsAt))
      .all()
    const byUser = new Map<string, OpenInvitation[]>()
    const byEmail = new Map<string, OpenInvitation[]>()
    const add = (map: Map<string, OpenInvitation[]>, key: string, row: OpenInvitation) => {
      const list = map.get(key)
      if (list) list.push(row)
      else map.set(key, [row])
    }
    for (const row of rows) {
      if (row.userId) add(byUser, row.userId, row)
      add(byEmail, row.emailKey, row)
    }
    return { byUser, byEmail }
  }
  const networkEvents = (cache: Map<string, EventRow[]>, networkIds: string[], key: string, condition: (networkId: string) => SQL) =>
    networkIds.length === 1
      ? memo(cache, `${networkIds[0]}|${key}`, () => selectEvents(condition(networkIds[0]!)))
      : networkIds.flatMap((id) => memo(cache, `${id}|${key}`, () => selectEvents(condition(id)))).sort(byStart)
  return {
    period,
    now,
    /** The last digest this recipient got (or was due but empty); changes are reported since then. */
    lastDigestAt: (key: string): number | null => lastRun.get({ key })?.at.getTime() ?? null,
    upcomingOf: (networkIds: string[]) => networkEvents(caches.upcoming, networkIds, '', (id) => and(eq(events.networkId, id), upcomingCondition(now))!),
    changedOf: (networkIds: string[], since: number) =>
      networkEvents(caches.changed, networkIds, String(since), (id) => and(eq(events.networkId, id), changedCondition(now, since))!),
    subscriptionEvents: (recipient: Extract<Recipient, { kind: 'subscription' }>, since: number) =>
      memo(caches.subscription, JSON.stringify([recipient.traditions, recipient.municipalityIds, since]), () => {
        const scope = subscriptionScope(recipient)
        return { upcoming: selectEvents(and(scope, upcomingCondition(now))!), changed: selectEvents(and(scope, changedCondition(now, since))!) }
      }),
    openInvitationsOf: (recipient: Extract<Recipient, { kind: 'user' }>) => {
      openInvitations ??= loadOpenInvitations()
      const seen = new Set<string>()
      return [...(openInvitations.byUser.get(recipient.userId) ?? []), ...(openInvitations.byEmail.get(emailKeyOf(recipient.email)) ?? [])]
        .filter((row) => !seen.has(row.id) && seen.add(row.id))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    },
    visibleAmong,
    observancesFor: (locale: Locale, traditions: string[] | undefined) =>
      memo(caches.observances, `${locale}|${traditions?.join(',') ?? ''}`, () => {
        const range = observanceRange(period, now)
        return listObservances({ ...range, ...(traditions ? { traditions: traditions.filter((t) => t !== 'interreligious') as Tradition[] } : {}) }).map((o) => ({
          name: o.name[locale],
          dates:
            o.start === o.end
              ? formatDate(new Date(`${o.start}T12:00:00Z`), locale)
              : `${formatDate(new Date(`${o.start}T12:00:00Z`), locale)} – ${formatDate(new Date(`${o.end}T12:00:00Z`), locale)}`,
        }))
      }),
    /** The event's dates in the recipient's language, formatted once per run (rows are shared between recipients). */
    when: (row: EventRow | OpenInvitation, locale: Locale) => (factsOf(row).when[locale] ??= formatRange(row.startsAt, row.endsAt, locale, row.allDay)),
    url: (row: EventRow) => (factsOf(row).url ??= eventUrl(row.id)),
    answerUrl: (row: OpenInvitation) => (factsOf(row).url ??= invitationAnswerUrl(row.eventId)),
    mondayOf: (row: EventRow) => (factsOf(row).monday ??= mondayOf(berlinDate(row.startsAt))),
    weekLabel: (monday: string, locale: Locale) =>
      memo(caches.labels, `w|${locale}|${monday}`, () =>
        formatDate(new Date(`${monday}T12:00:00Z`), locale, { dateStyle: undefined, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      ),
    periodLabel: (locale: Locale) =>
      memo(caches.labels, `p|${locale}`, () =>
        period === 'weekly'
          ? `${locale === 'de' ? 'KW' : 'week'} ${isoWeek(berlinDate(now))[1]}`
          : new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(now),
      ),
  }
}

export type DigestContext = ReturnType<typeof createDigestContext>

/** SQLite's lower(): ASCII letters only, as the invitation index and the old per-person query compare addresses. */
const emailKeyOf = (email: string) => email.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())

/** The digest's content for one recipient, or null when there is nothing to say. */
export function buildDigest(
  recipient: Recipient,
  period: Period,
  now: number,
  context: DigestContext = createDigestContext(period, now),
): Omit<DigestProps, 'unsubscribeUrl'> | null {
  const locale = recipient.locale
  const since = context.lastDigestAt(recipientKey(recipient)) ?? now - PERIOD_MS[period]
  let upcoming: EventRow[]
  let changed: EventRow[]
  let open: OpenInvitation[] = []
  if (recipient.kind === 'user') {
    // their networks' events and their open invitations, then the one visibility rule applied to those events for this person
    const candidates = { upcoming: context.upcomingOf(recipient.networkIds), changed: context.changedOf(recipient.networkIds, since) }
    open = context.openInvitationsOf(recipient)
    const ids = [...new Set([...candidates.upcoming, ...candidates.changed, ...open.map((row) => ({ id: row.eventId }))].map((row) => row.id))]
    const visible = context.visibleAmong({ userId: recipient.userId, role: recipient.role }, ids)
    upcoming = candidates.upcoming.filter((row) => visible.has(row.id))
    changed = candidates.changed.filter((row) => visible.has(row.id))
    open = open.filter((row) => visible.has(row.eventId))
  } else {
    ;({ upcoming, changed } = context.subscriptionEvents(recipient, since))
  }
  if (upcoming.length === 0 && changed.length === 0 && open.length === 0) return null
  const weeks = new Map<string, DigestEvent[]>()
  for (const row of upcoming) {
    const monday = context.mondayOf(row)
    const list = weeks.get(monday) ?? []
    list.push({
      id: row.id,
      title: row.title,
      when: context.when(row, locale),
      place: placeOf(row),
      organiser: row.organiser,
      url: context.url(row),
      isNew: row.createdAt.getTime() > since,
    })
    weeks.set(monday, list)
  }
  const traditions = recipient.kind === 'subscription' && recipient.traditions.length > 0 ? recipient.traditions : undefined
  return {
    audience: recipient.kind === 'user' ? 'member' : 'public',
    period,
    periodLabel: context.periodLabel(locale),
    weeks: [...weeks.entries()].map(([monday, list]) => ({ label: context.weekLabel(monday, locale), events: list })),
    invitations: open.map((row) => ({ id: row.id, title: row.title, when: context.when(row, locale), url: context.answerUrl(row) })),
    changes: changed.map((row) => ({
      id: row.id,
      title: row.title,
      when: context.when(row, locale),
      kind: row.status === 'cancelled' ? ('cancelled' as const) : ('changed' as const),
      url: context.url(row),
    })),
    observances: context.observancesFor(locale, traditions),
    locale,
  }
}

export type DigestRunSummary = { period: Period; periodKey: string; recipients: number; queued: number; empty: number; alreadyDone: number; dryRun: boolean }

/** Recipients written per transaction: one commit per batch instead of per person, short enough not to hold up the app's writes. */
const BATCH_SIZE = 250

/**
 * Builds and queues the digests of one period. Each recipient gets one digest-run row per period
 * (UNIQUE), written in the same transaction as the mail: running twice sends nothing twice.
 */
export function runDigests(options: { period: Period; now?: number; dryRun?: boolean; onProgress?: (done: number, total: number) => void }): DigestRunSummary {
  const now = options.now ?? Date.now()
  const key = periodKey(options.period, now)
  const recipients = listDigestRecipients(options.period)
  const summary: DigestRunSummary = { period: options.period, periodKey: key, recipients: recipients.length, queued: 0, empty: 0, alreadyDone: 0, dryRun: Boolean(options.dryRun) }
  const context = createDigestContext(options.period, now)
  const done = new Set(
    db
      .select({ recipientKey: digestRuns.recipientKey })
      .from(digestRuns)
      .where(and(eq(digestRuns.period, options.period), eq(digestRuns.periodKey, key)))
      .all()
      .map((row) => row.recipientKey),
  )
  for (let start = 0; start < recipients.length; start += BATCH_SIZE) {
    const batch = recipients.slice(start, start + BATCH_SIZE)
    const work = (tx: DbOrTx) => {
      const built: { recipient: Recipient; content: ReturnType<typeof buildDigest> }[] = []
      for (const recipient of batch) {
        if (done.has(recipientKey(recipient))) summary.alreadyDone++
        else built.push({ recipient, content: buildDigest(recipient, options.period, now, context) })
      }
      const fresh = options.dryRun ? built : queueDigests(tx, built, options.period, key, now)
      summary.alreadyDone += built.length - fresh.length
      for (const { content } of fresh) content ? summary.queued++ : summary.empty++
    }
    if (options.dryRun) work(db)
    else db.transaction(work, { behavior: 'immediate' })
    batch.forEach((_, i) => options.onProgress?.(start + i + 1, recipients.length))
  }
  return summary
}

/**
 * Writes a batch's digest-run rows and mails in the caller's (immediate) transaction and returns those written. Holding
 * the write lock, it first leaves out whoever another run finished meanwhile: one digest per recipient and period.
 */
function queueDigests<T extends { recipient: Recipient; content: ReturnType<typeof buildDigest> }>(
  tx: DbOrTx,
  built: T[],
  period: Period,
  key: string,
  now: number,
): T[] {
  if (built.length === 0) return []
  const finished = new Set(
    tx
      .select({ recipientKey: digestRuns.recipientKey })
      .from(digestRuns)
      .where(and(eq(digestRuns.period, period), eq(digestRuns.periodKey, key), inArray(digestRuns.recipientKey, built.map(({ recipient }) => recipientKey(recipient)))))
      .all()
      .map((row) => row.recipientKey),
  )
  const fresh = built.filter(({ recipient }) => !finished.has(recipientKey(recipient)))
  const mails = fresh.filter((item): item is T & { content: NonNullable<T['content']> } => item.content !== null)
  const outboxIds = enqueueBulkEmails(
    tx,
    mails.map(({ recipient, content }) => ({
      template: 'digest' as const,
      to: recipient.email,
      locale: content.locale,
      props: content,
      unsubscribe: recipient.kind === 'user' ? { userId: recipient.userId } : { subscriptionId: recipient.subscriptionId },
    })),
  )
  const outboxIdOf = new Map(mails.map(({ recipient }, i) => [recipientKey(recipient), outboxIds[i]!]))
  const rows = fresh.map(({ recipient, content }) => ({
    period,
    periodKey: key,
    recipientKey: recipientKey(recipient),
    outcome: content ? ('queued' as const) : ('empty' as const),
    outboxId: outboxIdOf.get(recipientKey(recipient)) ?? null,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }))
  // no ON CONFLICT: a duplicate here would be a bug, and the error rolls the whole batch back (no mail goes out twice)
  insertInChunks(rows, (chunk) => tx.insert(digestRuns).values(chunk).run())
  return fresh
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

