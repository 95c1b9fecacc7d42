import { and, asc, eq, inArray, ne, or, sql, type Placeholder, type SQL } from 'drizzle-orm'
import {
  calendarFeedTokens,
  eventOccurrenceExceptions,
  events,
  invitations,
  municipalities,
  networkCoordinators,
  networkMemberships,
  networks,
  organisationMembers,
  organisations,
  rsvps,
  users,
} from '../../../db/schema'
import { db, prepared } from '~/utils/db.server'
import { hashToken, isWellFormedToken } from '~/domain/auth/tokens.server'
import { visibleEventsCondition, type EventViewer } from '~/domain/events/policy.server'
import { getT, type Locale } from '~/utils/i18n'
import { icsStatusOf, type IcsEvent, type IcsRecurrence } from './build-ics.server'
import type { FeedFilters } from './schema'

const DAY = 24 * 60 * 60_000
/** Feeds span 90 days back to two years ahead; cancelled events stay 30 days so subscribed calendars drop them. */
export const FEED_WINDOW = { backDays: 90, aheadDays: 730, cancelledDays: 30 } as const

/** The columns every calendar file needs (event plus organiser's public contact and tradition). */
export const calendarColumns = {
  id: events.id,
  title: events.title,
  description: events.description,
  kind: events.kind,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  venueName: events.venueName,
  venueAddress: events.venueAddress,
  onlineUrl: events.onlineUrl,
  changeCount: events.changeCount,
  updatedAt: events.updatedAt,
  organisationName: organisations.name,
  organisationEmail: organisations.contactEmail,
  tradition: organisations.tradition,
}

export type CalendarEventRow = {
  id: string
  title: string
  description: string
  kind: string
  status: 'draft' | 'submitted' | 'published' | 'cancelled'
  startsAt: Date
  endsAt: Date
  allDay: boolean
  venueName: string | null
  venueAddress: string | null
  onlineUrl: string | null
  changeCount: number
  updatedAt: Date
  organisationName: string
  organisationEmail: string | null
  tradition: string | null
}

/** A row as the ICS builder wants it; `recurrence` comes from the events area once it stores rules. */
export function toIcsEvent(row: CalendarEventRow, locale: Locale, recurrence: IcsRecurrence | null = null): IcsEvent {
  const t = getT(locale)
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    allDay: row.allDay,
    status: icsStatusOf(row.status),
    sequence: row.changeCount,
    updatedAt: row.updatedAt,
    venueName: row.venueName,
    venueAddress: row.venueAddress,
    onlineUrl: row.onlineUrl,
    organizer: row.organisationEmail ? { name: row.organisationName, email: row.organisationEmail } : null,
    categories: [t(`events.kinds.${row.kind}`), ...(row.tradition ? [t(`calendar.traditions.${row.tradition}`)] : [])],
    recurrence,
  }
}

function selectCalendarEvents(where: SQL) {
  return db
    .select(calendarColumns)
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .all()
}

/**
 * What a feed's bytes depend on in the database, for its ETag, in one query that reads indexes only
 * (events_network_idx covers a network feed's condition; no event row is read, nothing is built):
 * - which events: the feed's own condition; their count and the sums of their rowids and of the
 *   rowids' squares;
 * - their changes: every write goes through drizzle, whose `$onUpdateFn` moves `updated_at` forward,
 *   so the sum of the events' `updated_at` grows with every edit of one of them;
 * - organisers (name, contact, tradition) and occurrence exceptions: the newest change of any of them
 *   (and the number of exceptions, for removed ones). District-wide rather than per feed: both
 *   change rarely, and reading them per event cost more than the rest of a 304 together.
 * An event entering or leaving the feed (the window moves with `now`) changes the set.
 * Sums stay exact as text (they pass 2^53). `newest` is the feed's Last-Modified (0 when empty).
 * Resolution is one millisecond: two writes to the same event within one millisecond, with a feed
 * request between them, would keep the first ETag (a request takes longer than that).
 */
export type FeedState = { signature: string; newest: number; count: number }

/** The FeedState query over `where`, prepared (the feed's bounds and filters are placeholders). */
function feedStateQuery(where: SQL) {
  const x = eventOccurrenceExceptions
  return db
    .select({
      count: sql<number>`count(*)`,
      newest: sql<number>`coalesce(max(${events.updatedAt}), 0)`,
      own: sql<string>`coalesce(sum(${events}.rowid) || ':' || sum(${events}.rowid * ${events}.rowid) || ':' || cast(sum(${events.updatedAt}) as text), '')`,
      elsewhere: sql<string>`(select coalesce(max(${organisations.updatedAt}), 0) from ${organisations}) || ':' || (select count(*) || ':' || coalesce(max(${x.updatedAt}), 0) from ${x})`,
    })
    .from(events)
    .where(where)
    .prepare()
}

function toFeedState(row: { count: number; newest: number; own: string; elsewhere: string } | undefined): FeedState {
  const { count, newest, own, elsewhere } = row ?? { count: 0, newest: 0, own: '', elsewhere: '' }
  return { signature: `${count};${own};${elsewhere}`, newest: Number(newest), count }
}

/** One event for its .ics file, if the viewer may see it (drafts never get a file). */
export function getCalendarEvent(viewer: EventViewer, eventId: string): CalendarEventRow | null {
  return (
    db
      .select(calendarColumns)
      .from(events)
      .innerJoin(organisations, eq(organisations.id, events.organisationId))
      .where(and(eq(events.id, eventId), ne(events.status, 'draft'), visibleEventsCondition(viewer)))
      .get() ?? null
  )
}

/** A feed's window at `now` (see FEED_WINDOW), in UTC milliseconds as stored. */
function feedBounds(now: number) {
  return { from: now - FEED_WINDOW.backDays * DAY, to: now + FEED_WINDOW.aheadDays * DAY, cancelledSince: now - FEED_WINDOW.cancelledDays * DAY }
}
type FeedBounds = { [K in keyof ReturnType<typeof feedBounds>]: number | Placeholder }
const BOUND_PLACEHOLDERS: FeedBounds = { from: sql.placeholder('from'), to: sql.placeholder('to'), cancelledSince: sql.placeholder('cancelledSince') }

/** What belongs in a feed: in the window, not a draft, cancelled ones only for 30 days. */
function inFeedWindow(bounds: FeedBounds): SQL {
  return and(
    // a series stays in the feed until its last occurrence has ended
    sql`coalesce(${events.seriesEndsAt}, ${events.endsAt}) >= ${bounds.from}`,
    sql`${events.startsAt} <= ${bounds.to}`,
    or(inArray(events.status, ['published', 'submitted']), and(eq(events.status, 'cancelled'), sql`${events.updatedAt} >= ${bounds.cancelledSince}`)),
  )!
}

export type ResolvedFilters = {
  networkId?: string
  organisationId?: string
  tradition?: FeedFilters['tradition']
  municipalityId?: string
  kind?: FeedFilters['kind']
}

/** Slugs and keys to ids and names; an unknown one is named so the route can answer 400. */
export function resolveFeedFilters(
  filters: FeedFilters,
  locale: Locale,
): { ok: true; value: ResolvedFilters; labels: string[] } | { ok: false; unknown: 'network' | 'organisation' | 'municipality' } {
  const t = getT(locale)
  const lookup = prepared(db, 'calendar.feedFilterLookups', (db) => ({
    network: db.select({ id: networks.id, name: networks.name }).from(networks).where(eq(networks.slug, sql.placeholder('key'))).prepare(),
    organisation: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('key')))
      .prepare(),
    municipality: db
      .select({ id: municipalities.id, name: municipalities.name })
      .from(municipalities)
      .where(eq(municipalities.id, sql.placeholder('key')))
      .prepare(),
  }))
  const value: ResolvedFilters = { tradition: filters.tradition, kind: filters.kind }
  const labels: string[] = []
  if (filters.network) {
    const row = lookup.network.get({ key: filters.network })
    if (!row) return { ok: false, unknown: 'network' }
    value.networkId = row.id
    labels.push(row.name)
  }
  if (filters.organisation) {
    const row = lookup.organisation.get({ key: filters.organisation })
    if (!row) return { ok: false, unknown: 'organisation' }
    value.organisationId = row.id
    labels.push(row.name)
  }
  if (filters.municipality) {
    const row = lookup.municipality.get({ key: filters.municipality })
    if (!row) return { ok: false, unknown: 'municipality' }
    value.municipalityId = row.id
    labels.push(row.name)
  }
  if (filters.tradition) labels.push(t(`calendar.traditions.${filters.tradition}`))
  if (filters.kind) labels.push(t(`events.kinds.${filters.kind}`))
  return { ok: true, value, labels }
}

/** ResolvedFilters, or the same with placeholders for a prepared statement. */
type FilterValues = { [K in keyof ResolvedFilters]?: ResolvedFilters[K] | Placeholder }
const FILTER_KEYS = ['networkId', 'organisationId', 'tradition', 'municipalityId', 'kind'] as const

function filterConditions(filters: FilterValues): SQL[] {
  const conditions: SQL[] = []
  if (filters.networkId) conditions.push(eq(events.networkId, filters.networkId))
  if (filters.organisationId) conditions.push(eq(events.organisationId, filters.organisationId))
  if (filters.tradition) {
    // As a subquery rather than on the joined row, so every feed condition reads `events` alone (the FeedState query has no join).
    const ofTradition = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.tradition, filters.tradition))
    conditions.push(inArray(events.organisationId, ofTradition))
  }
  if (filters.kind) conditions.push(eq(events.kind, filters.kind))
  if (filters.municipalityId) {
    // A Samtgemeinde includes its member municipalities.
    const members = db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.samtgemeindeId, filters.municipalityId))
    conditions.push(or(eq(events.municipalityId, filters.municipalityId), inArray(events.municipalityId, members))!)
  }
  return conditions
}

/** The public feed: exactly what the public calendar shows, with its filters. */
export function listPublicFeedEvents(filters: ResolvedFilters, now: number): CalendarEventRow[] {
  return selectCalendarEvents(publicFeedCondition(filters, feedBounds(now)))
}

/**
 * The signature of exactly the rows listPublicFeedEvents would return (see FeedState). Asked on every poll
 * of a feed: one statement per combination of filters, prepared once, with the filters and bounds bound.
 */
export function getPublicFeedState(filters: ResolvedFilters, now: number): FeedState {
  const present = FILTER_KEYS.filter((key) => filters[key])
  const statement = prepared(db, `calendar.publicFeedState:${present.join(',')}`, () =>
    feedStateQuery(publicFeedCondition(Object.fromEntries(present.map((key) => [key, sql.placeholder(key)])), BOUND_PLACEHOLDERS)),
  )
  return toFeedState(statement.get({ ...Object.fromEntries(present.map((key) => [key, filters[key]])), ...feedBounds(now) }))
}

function publicFeedCondition(filters: FilterValues, bounds: FeedBounds): SQL {
  return and(visibleEventsCondition(null), inFeedWindow(bounds), ...filterConditions(filters))!
}

/** The person behind a personal feed token, or null for a malformed, unknown or reset token. */
export function getFeedOwner(token: string): { userId: string; role: 'admin' | 'member'; locale: Locale; name: string } | null {
  if (!isWellFormedToken(token)) return null
  return (
    db
      .select({ userId: users.id, role: users.role, locale: users.locale, name: users.name })
      .from(calendarFeedTokens)
      .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
      .where(eq(calendarFeedTokens.tokenHash, hashToken(token)))
      .get() ?? null
  )
}

export function getFeedTokenInfo(userId: string): { createdAt: Date; updatedAt: Date } | null {
  return (
    db
      .select({ createdAt: calendarFeedTokens.createdAt, updatedAt: calendarFeedTokens.updatedAt })
      .from(calendarFeedTokens)
      .where(eq(calendarFeedTokens.userId, userId))
      .get() ?? null
  )
}

/**
 * The personal feed: events the person is invited to or answered yes/maybe to, plus the events of
 * their networks (through their organisations or as coordinator) — and of those only what the one
 * visibility rule lets them see.
 */
export function listPersonalFeedEvents(viewer: NonNullable<EventViewer>, now: number): CalendarEventRow[] {
  return selectCalendarEvents(personalFeedCondition(viewer, feedBounds(now)))
}

/** The signature of exactly the rows listPersonalFeedEvents would return (see FeedState); prepared once per role. */
export function getPersonalFeedState(viewer: NonNullable<EventViewer>, now: number): FeedState {
  const statement = prepared(db, `calendar.personalFeedState:${viewer.role}`, () =>
    feedStateQuery(personalFeedCondition({ userId: sql.placeholder('userId'), role: viewer.role }, BOUND_PLACEHOLDERS)),
  )
  return toFeedState(statement.get({ userId: viewer.userId, ...feedBounds(now) }))
}

function personalFeedCondition(viewer: { userId: string | Placeholder; role: NonNullable<EventViewer>['role'] }, bounds: FeedBounds): SQL {
  const ownEmail = sql`(select lower(${users.email}) from ${users} where ${users.id} = ${viewer.userId})`
  const invited = db
    .select({ id: invitations.eventId })
    .from(invitations)
    .where(or(eq(invitations.userId, viewer.userId), sql`lower(${invitations.email}) = ${ownEmail}`))
  const answered = db
    .select({ id: rsvps.eventId })
    .from(rsvps)
    .where(
      and(
        inArray(rsvps.answer, ['yes', 'maybe']),
        or(eq(rsvps.userId, viewer.userId), sql`lower(${rsvps.email}) = ${ownEmail}`),
      ),
    )
  const ownOrganisations = db
    .select({ id: organisationMembers.organisationId })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, viewer.userId))
  const memberNetworks = db
    .select({ id: networkMemberships.networkId })
    .from(networkMemberships)
    .where(inArray(networkMemberships.organisationId, ownOrganisations))
  const coordinated = db
    .select({ id: networkCoordinators.networkId })
    .from(networkCoordinators)
    .where(eq(networkCoordinators.userId, viewer.userId))
  const mine = or(
    inArray(events.id, invited),
    inArray(events.id, answered),
    inArray(events.networkId, memberNetworks),
    inArray(events.networkId, coordinated),
  )!
  return and(visibleEventsCondition(viewer), inFeedWindow(bounds), mine)!
}
