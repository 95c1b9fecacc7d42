import { and, asc, eq, sql } from 'drizzle-orm'
import { networkMemberships, networks, organisations } from '../../../db/schema'
import { db } from '~/utils/db.server'

/** Every network with its number of active member organisations. */
export function listNetworks() {
  return db
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
    .groupBy(networks.id)
    .orderBy(asc(networks.scope), asc(networks.name))
    .all()
}

export function getNetworkBySlug(slug: string) {
  return db.select().from(networks).where(eq(networks.slug, slug)).get() ?? null
}
