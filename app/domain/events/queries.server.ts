import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import {
  eventOccurrenceExceptions,
  events,
  municipalities,
  networkCoordinators,
  networks,
  organisationMembers,
  organisations,
} from '../../../db/schema'
import type { EventKind } from '../../../db/schema/events'
import { db } from '~/utils/db.server'
import { visibleEventsCondition, type EventViewer } from './policy.server'
import { listOccurrences, type Occurrence } from './recurrence'

/**
 * When an event (the whole series) is over: coalesce(series_ends_at, ends_at), spelled exactly as the expression
 * of the indexes events_visibility_start_idx / events_visibility_series_end_idx (db/schema/events.ts) so SQLite uses them.
 */
const seriesEnd = sql`(case when ${events.seriesEndsAt} is null then ${events.endsAt} else ${events.seriesEndsAt} end)`

/**
 * The organiser join. The unary + keeps SQLite from driving the list from organisations through
 * events_organisation_idx (which read and sorted every event for a page of 20, ~150 ms on the 60,000-event
 * benchmark); events are read in start order from events_visibility_start_idx instead.
 */
const organiserJoin = sql`${organisations.id} = +${events.organisationId}`

const cardColumns = {
  id: events.id,
  title: events.title,
  kind: events.kind,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  recurring: sql<boolean>`${events.recurrence} is not null`.mapWith(Boolean),
  venueName: events.venueName,
  onlineUrl: events.onlineUrl,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  networkName: networks.name,
  municipalityName: municipalities.name,
}

function cardQuery(where: SQL | undefined) {
  return db
    .select(cardColumns)
    .from(events)
    .innerJoin(organisations, organiserJoin)
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(where)
}

/**
 * How many events match. Every event has its organiser (NOT NULL foreign key), so the join is only needed when the
 * condition reads organisations (text search, tradition); without it the count comes from an index alone.
 */
function countWhere(where: SQL | undefined, readsOrganisations = true) {
  const query = db.select({ n: sql<number>`count(*)` }).from(events)
  return ((readsOrganisations ? query.innerJoin(organisations, eq(organisations.id, events.organisationId)) : query).where(where).get()?.n ?? 0)
}

/** Published events the viewer may see that have not ended, soonest first (the start page). */
export function listUpcomingEvents(options: { viewer: EventViewer; now?: number; limit: number; offset?: number }) {
  const now = options.now ?? Date.now()
  const where = and(visibleEventsCondition(options.viewer), eq(events.status, 'published'), sql`${seriesEnd} >= ${now}`)
  const rows = cardQuery(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
  return { rows, total: countWhere(where, false) }
}

export type EventListItem = ReturnType<typeof listUpcomingEvents>['rows'][number]

export type EventFilters = {
  q?: string
  tradition?: string
  networkId?: string
  /** A Gemeinde, or a Samtgemeinde with its member municipalities. */
  municipalityId?: string
  kind?: EventKind
  language?: string
  accessibility?: string
  /** Past events instead of upcoming ones. */
  archive?: boolean
}

function filterCondition(viewer: EventViewer, filters: EventFilters, now: number): SQL {
  const conditions: (SQL | undefined)[] = [
    visibleEventsCondition(viewer),
    // The public calendar shows what is announced; drafts and submissions live on /me/events. A visitor's
    // visibility rule says so already (asked twice, it cost a third of the count over 25,000 events).
    viewer ? inArray(events.status, ['published', 'cancelled']) : undefined,
    filters.archive ? sql`${seriesEnd} < ${now}` : sql`${seriesEnd} >= ${now}`,
  ]
  if (filters.q) {
    const pattern = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    conditions.push(
      sql`(lower(${events.title}) like ${pattern} escape '\\' or lower(${events.description}) like ${pattern} escape '\\' or lower(coalesce(${events.venueName}, '')) like ${pattern} escape '\\' or lower(${organisations.name}) like ${pattern} escape '\\')`,
    )
  }
  if (filters.tradition) conditions.push(eq(organisations.tradition, filters.tradition as never))
  if (filters.networkId) conditions.push(eq(events.networkId, filters.networkId))
  if (filters.municipalityId) {
    conditions.push(
      or(
        eq(events.municipalityId, filters.municipalityId),
        inArray(
          events.municipalityId,
          db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.samtgemeindeId, filters.municipalityId)),
        ),
      ),
    )
  }
  if (filters.kind) conditions.push(eq(events.kind, filters.kind))
  if (filters.language) conditions.push(sql`exists (select 1 from json_each(${events.languages}) where value = ${filters.language})`)
  if (filters.accessibility) {
    conditions.push(sql`exists (select 1 from json_each(${events.accessibility}) where value = ${filters.accessibility})`)
  }
  return and(...conditions)!
}

/** The public calendar: filters, text search, pagination; upcoming soonest first, the archive latest first. */
export function searchEvents(options: { viewer: EventViewer; filters: EventFilters; limit: number; offset: number; now?: number }) {
  const now = options.now ?? Date.now()
  const where = filterCondition(options.viewer, options.filters, now)
  const rows = cardQuery(where)
    .orderBy(options.filters.archive ? desc(events.startsAt) : asc(events.startsAt), asc(events.id))
    .limit(options.limit)
    .offset(options.offset)
    .all()
  return { rows, total: countWhere(where, Boolean(options.filters.q || options.filters.tradition)) }
}

/** Every occurrence in a month (YYYY-MM) of the events matching the filters, for the month view. */
export function listMonthOccurrences(options: { viewer: EventViewer; filters: EventFilters; from: Date; to: Date }) {
  const where = and(
    filterCondition(options.viewer, { ...options.filters, archive: false }, 0),
    lt(events.startsAt, options.to),
    gte(seriesEnd, options.from.getTime()),
  )
  const rows = db
    .select({ ...cardColumns, recurrence: events.recurrence })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(where)
    .limit(500)
    .all()
  const items: { event: Omit<(typeof rows)[number], 'recurrence'>; occurrence: Occurrence }[] = []
  for (const { recurrence, ...event } of rows) {
    const exceptions = recurrence ? listExceptionsFor(event.id) : []
    for (const occurrence of listOccurrences({ ...event, recurrence, exceptions }, { from: options.from, to: options.to })) {
      items.push({ event, occurrence })
    }
  }
  return items.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
}

/** Cancelled and moved occurrences of an event, by original date. */
export function listExceptionsFor(eventId: string) {
  return db
    .select({
      originalDate: eventOccurrenceExceptions.originalDate,
      kind: eventOccurrenceExceptions.kind,
      startsAt: eventOccurrenceExceptions.startsAt,
      endsAt: eventOccurrenceExceptions.endsAt,
      reason: eventOccurrenceExceptions.reason,
    })
    .from(eventOccurrenceExceptions)
    .where(eq(eventOccurrenceExceptions.eventId, eventId))
    .orderBy(asc(eventOccurrenceExceptions.originalDate))
    .all()
}

/** One event with everything its page shows, or null when it does not exist or the viewer may not see it. */
export function getEventForViewer(viewer: EventViewer, eventId: string) {
  const row = db
    .select({
      event: events,
      organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug, tradition: organisations.tradition },
      network: { id: networks.id, name: networks.name, slug: networks.slug },
      municipalityName: municipalities.name,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(and(eq(events.id, eventId), visibleEventsCondition(viewer)))
    .get()
  if (!row) return null
  return { ...row, network: row.network?.id ? row.network : null, exceptions: listExceptionsFor(eventId) }
}

/** The plain event row (for forms and policy), without a visibility check: callers check canManageEvent. */
export function getEvent(eventId: string) {
  return db.select().from(events).where(eq(events.id, eventId)).get() ?? null
}

/** The occurrences of a stored event in a range, exceptions applied: for the calendar feed and the detail page. */
export function listEventOccurrences(eventId: string, range: { from: Date; to: Date }): Occurrence[] {
  const event = getEvent(eventId)
  if (!event) return []
  return listOccurrences({ ...event, exceptions: listExceptionsFor(eventId) }, range)
}

/** Events of the organisations the person edits, every state, newest first: /me/events. */
export function listMyEvents(userId: string, options: { limit: number; offset: number }) {
  const mine = inArray(
    events.organisationId,
    db
      .select({ id: organisationMembers.organisationId })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.role, 'editor'))),
  )
  const rows = db
    .select({ ...cardColumns, moderationComment: events.moderationComment, cancelledReason: events.cancelledReason, seriesEndsAt: events.seriesEndsAt })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(mine)
    .orderBy(desc(events.startsAt), asc(events.id))
    .limit(options.limit)
    .offset(options.offset)
    .all()
  return { rows, total: countWhere(mine) }
}

/** Submitted events the viewer may moderate: all for the office, their networks' for coordinators. */
export function listModerationQueue(viewer: NonNullable<EventViewer>) {
  const scope =
    viewer.role === 'admin'
      ? undefined
      : inArray(
          events.networkId,
          db.select({ id: networkCoordinators.networkId }).from(networkCoordinators).where(eq(networkCoordinators.userId, viewer.userId)),
        )
  return db
    .select({ ...cardColumns, organisationId: events.organisationId, networkId: events.networkId, recurrence: events.recurrence })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(and(eq(events.status, 'submitted'), scope))
    .orderBy(asc(events.submittedAt), asc(events.id))
    .all()
    .map((row) => ({ ...row, exceptions: listExceptionsFor(row.id) }))
}

/** Options of the calendar filters. */
export function listFilterOptions() {
  return {
    networks: db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).orderBy(asc(networks.name)).all(),
    municipalities: db
      .select({ id: municipalities.id, name: municipalities.name, kind: municipalities.kind })
      .from(municipalities)
      .orderBy(asc(municipalities.name))
      .all(),
  }
}
