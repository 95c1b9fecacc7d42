import { and, asc, eq, inArray, or, sql, type Placeholder, type SQL } from 'drizzle-orm'
import {
  events,
  invitations,
  networkCoordinators,
  networkMemberships,
  organisationMembers,
  organisations,
  users,
} from '../../../db/schema'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'

/** Who is looking: null for the anonymous public. */
export type EventViewer = { userId: string; role: 'admin' | 'member' } | null

/** A person's id, or a placeholder for it in a statement prepared once and run for many people. */
type ViewerId = string | Placeholder

/** Organisations the person belongs to (any role). */
const memberOrganisations = (userId: ViewerId) =>
  db.select({ id: organisationMembers.organisationId }).from(organisationMembers).where(eq(organisationMembers.userId, userId))

/** Networks whose member organisations include one of the person's organisations. */
const memberNetworks = (userId: ViewerId) =>
  db
    .select({ id: networkMemberships.networkId })
    .from(networkMemberships)
    .where(inArray(networkMemberships.organisationId, memberOrganisations(userId)))

const coordinatedNetworks = (userId: ViewerId) =>
  db.select({ id: networkCoordinators.networkId }).from(networkCoordinators).where(eq(networkCoordinators.userId, userId))

const invitedEvents = (userId: ViewerId) =>
  db
    .select({ id: invitations.eventId })
    .from(invitations)
    .where(
      or(
        eq(invitations.userId, userId),
        sql`lower(${invitations.email}) = (select lower(${users.email}) from ${users} where ${users.id} = ${userId})`,
      ),
    )

/**
 * The one rule for who sees which event, as an SQL condition on `events`, so lists, search, counts,
 * the start page and feeds can never disagree with the detail page.
 * - the office sees everything;
 * - the organiser's people and the network's coordinators see the event in every state;
 * - everyone else sees only published or cancelled events: public ones; network-only ones if
 *   one of their organisations belongs to the network; invited-only ones if they are invited.
 * `userId` may be a placeholder, for statements prepared once for many viewers (digests, feed ETags).
 */
export function visibleEventsCondition(viewer: { userId: ViewerId; role: 'admin' | 'member' } | null): SQL {
  const listed = inArray(events.status, ['published', 'cancelled'])
  if (!viewer) return and(listed, eq(events.visibility, 'public'))!
  if (viewer.role === 'admin') return sql`1 = 1`
  const organiser = or(
    inArray(events.organisationId, memberOrganisations(viewer.userId)),
    inArray(events.networkId, coordinatedNetworks(viewer.userId)),
  )!
  const audience = and(
    listed,
    or(
      eq(events.visibility, 'public'),
      and(eq(events.visibility, 'network'), inArray(events.networkId, memberNetworks(viewer.userId))),
      inArray(events.id, invitedEvents(viewer.userId)),
    ),
  )!
  return or(organiser, audience)!
}

/**
 * The same rule for many viewers in a row (the digest job): prepares its statements once and returns a check that
 * tells which of the given events a viewer may see (one indexed query per viewer).
 */
export function prepareVisibleEventFilter(): (viewer: EventViewer, eventIds: readonly string[]) => Set<string> {
  const among = sql`${events.id} in (select value from json_each(${sql.placeholder('eventIds')}))`
  const forPerson = db
    .select({ id: events.id })
    .from(events)
    .where(and(among, visibleEventsCondition({ userId: sql.placeholder('userId'), role: 'member' })))
    .prepare()
  const forPublic = db.select({ id: events.id }).from(events).where(and(among, visibleEventsCondition(null))).prepare()
  return (viewer, eventIds) => {
    if (eventIds.length === 0) return new Set()
    if (viewer?.role === 'admin') return new Set(eventIds)
    const rows = viewer ? forPerson.all({ eventIds: JSON.stringify(eventIds), userId: viewer.userId }) : forPublic.all({ eventIds: JSON.stringify(eventIds) })
    return new Set(rows.map((row) => row.id))
  }
}

export function canViewEvent(viewer: EventViewer, eventId: string): boolean {
  return Boolean(
    db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, eventId), visibleEventsCondition(viewer)))
      .get(),
  )
}

/** An event the viewer may not see is a 404: we never confirm that a private event exists. */
export function requireVisibleEvent(viewer: EventViewer, eventId: string): void {
  if (!canViewEvent(viewer, eventId)) httpError(404, 'not_found')
}

/** May change the event: the organiser's editors, the network's coordinators, the office. */
export function canManageEvent(viewer: EventViewer, event: { organisationId: string; networkId: string | null }): boolean {
  if (!viewer) return false
  if (viewer.role === 'admin') return true
  const editor = db
    .select({ id: organisationMembers.id })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.userId, viewer.userId),
        eq(organisationMembers.organisationId, event.organisationId),
        eq(organisationMembers.role, 'editor'),
      ),
    )
    .get()
  if (editor) return true
  if (!event.networkId) return false
  return Boolean(
    db
      .select({ id: networkCoordinators.id })
      .from(networkCoordinators)
      .where(and(eq(networkCoordinators.userId, viewer.userId), eq(networkCoordinators.networkId, event.networkId)))
      .get(),
  )
}

/** Organisations the person may create events for: where they are an editor; the office: every active one. */
export function listEditableOrganisations(viewer: NonNullable<EventViewer>) {
  const base = db
    .select({ id: organisations.id, name: organisations.name, trusted: organisations.trusted })
    .from(organisations)
  if (viewer.role === 'admin') return base.where(eq(organisations.status, 'active')).orderBy(asc(organisations.name)).all()
  return base
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
    .where(and(eq(organisationMembers.userId, viewer.userId), eq(organisationMembers.role, 'editor')))
    .orderBy(asc(organisations.name))
    .all()
}

/** Someone who may create events at all; everyone else gets 403 on /events/new. */
export function requireEventEditor(viewer: EventViewer): NonNullable<EventViewer> {
  if (!viewer || listEditableOrganisations(viewer).length === 0) httpError(403, 'forbidden')
  return viewer
}

/**
 * May approve or send back a submitted event: the office, and the coordinators of the event's
 * network. An organisation's own editor never approves their own submission.
 */
export function canModerateEvent(viewer: EventViewer, event: { networkId: string | null }): boolean {
  if (!viewer) return false
  if (viewer.role === 'admin') return true
  if (!event.networkId) return false
  return Boolean(
    db
      .select({ id: networkCoordinators.id })
      .from(networkCoordinators)
      .where(and(eq(networkCoordinators.userId, viewer.userId), eq(networkCoordinators.networkId, event.networkId)))
      .get(),
  )
}

/** The office and network coordinators see the moderation queue. */
export function isModerator(viewer: EventViewer): boolean {
  if (!viewer) return false
  if (viewer.role === 'admin') return true
  return Boolean(db.select({ id: networkCoordinators.id }).from(networkCoordinators).where(eq(networkCoordinators.userId, viewer.userId)).get())
}
