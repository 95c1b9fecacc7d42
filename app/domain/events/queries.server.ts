import { and, asc, eq, gte, sql } from 'drizzle-orm'
import { events, municipalities, networks, organisations } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { visibleEventsCondition, type EventViewer } from './policy.server'

/** Published events the viewer may see that have not ended, soonest first. */
export function listUpcomingEvents(options: { viewer: EventViewer; now?: number; limit: number; offset?: number }) {
  const now = new Date(options.now ?? Date.now())
  const where = and(visibleEventsCondition(options.viewer), eq(events.status, 'published'), gte(events.endsAt, now))
  const rows = db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      venueName: events.venueName,
      onlineUrl: events.onlineUrl,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      networkName: networks.name,
      municipalityName: municipalities.name,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
  const total = db.select({ n: sql<number>`count(*)` }).from(events).where(where).get()?.n ?? 0
  return { rows, total }
}

export type EventListItem = ReturnType<typeof listUpcomingEvents>['rows'][number]
