import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm'
import {
  events,
  municipalities,
  networkCoordinators,
  networkMemberships,
  networkSlugs,
  networks,
  organisations,
  users,
  type NetworkScope,
} from '../../../db/schema'
import { db } from '~/utils/db.server'
import { visibleEventsCondition } from '../events/policy.server'
import { listUpcomingPublicEvents } from '../organisations/queries.server'

/** Every current network with its number of active member organisations and its next public event. */
export function listNetworks(options: { scope?: NetworkScope; now?: number } = {}) {
  const now = new Date(options.now ?? Date.now())
  const rows = db
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      scope: networks.scope,
      description: networks.description,
      districtRole: networks.districtRole,
      memberCount: sql<number>`count(${organisations.id})`,
    })
    .from(networks)
    .leftJoin(networkMemberships, eq(networkMemberships.networkId, networks.id))
    .leftJoin(organisations, and(eq(organisations.id, networkMemberships.organisationId), eq(organisations.status, 'active')))
    .where(and(isNull(networks.archivedAt), options.scope ? eq(networks.scope, options.scope) : undefined))
    .groupBy(networks.id)
    .orderBy(asc(networks.scope), asc(networks.name))
    .all()
  return rows.map((row) => ({
    ...row,
    nextEvent:
      db
        .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, allDay: events.allDay })
        .from(events)
        .where(and(visibleEventsCondition(null), eq(events.status, 'published'), eq(events.networkId, row.id), gte(events.endsAt, now)))
        .orderBy(asc(events.startsAt), asc(events.id))
        .limit(1)
        .get() ?? null,
  }))
}

export function getNetworkBySlug(slug: string) {
  return db.select().from(networks).where(eq(networks.slug, slug)).get() ?? null
}

export function getNetwork(id: string) {
  return db.select().from(networks).where(eq(networks.id, id)).get() ?? null
}

export function getRenamedNetworkSlug(oldSlug: string): string | null {
  return (
    db
      .select({ slug: networks.slug })
      .from(networkSlugs)
      .innerJoin(networks, eq(networks.id, networkSlugs.networkId))
      .where(eq(networkSlugs.slug, oldSlug))
      .get()?.slug ?? null
  )
}

/** Active member organisations of a network, with their role, tradition and municipality. */
export function listNetworkMembers(networkId: string) {
  return db
    .select({
      membershipId: networkMemberships.id,
      organisationId: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      tradition: organisations.tradition,
      city: organisations.city,
      municipalityName: municipalities.name,
      role: networkMemberships.role,
      since: networkMemberships.since,
      contactName: organisations.contactName,
      contactEmail: organisations.contactEmail,
      contactPhone: organisations.contactPhone,
    })
    .from(networkMemberships)
    .innerJoin(organisations, eq(organisations.id, networkMemberships.organisationId))
    .leftJoin(municipalities, eq(municipalities.id, organisations.municipalityId))
    .where(and(eq(networkMemberships.networkId, networkId), eq(organisations.status, 'active')))
    .orderBy(asc(organisations.name))
    .all()
}

/** The public network page: description, members, the coordinating organisations' public contact, upcoming events. */
export function getPublicNetwork(slug: string, now = Date.now()) {
  const network = db
    .select()
    .from(networks)
    .where(and(eq(networks.slug, slug), isNull(networks.archivedAt)))
    .get()
  if (!network) return null
  const members = listNetworkMembers(network.id)
  return {
    ...network,
    members,
    coordinators: members.filter((m) => m.role === 'coordinating' && (m.contactName || m.contactEmail || m.contactPhone)),
    events: listUpcomingPublicEvents({ networkId: network.id, now }),
  }
}

export function listCoordinators(networkId: string) {
  return db
    .select({ id: networkCoordinators.id, userId: users.id, name: users.name, email: users.email })
    .from(networkCoordinators)
    .innerJoin(users, eq(users.id, networkCoordinators.userId))
    .where(eq(networkCoordinators.networkId, networkId))
    .orderBy(asc(users.name))
    .all()
}

export function listAllNetworks() {
  return db.select().from(networks).orderBy(asc(networks.name)).all()
}

export function listCoordinatedNetworks(userId: string) {
  return db
    .select({ id: networks.id, slug: networks.slug, name: networks.name })
    .from(networkCoordinators)
    .innerJoin(networks, eq(networks.id, networkCoordinators.networkId))
    .where(and(eq(networkCoordinators.userId, userId), isNull(networks.archivedAt)))
    .all()
}
