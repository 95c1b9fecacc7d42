import { and, eq, isNull, sql } from 'drizzle-orm'
import { networkCoordinators, networkMemberships, networkSlugs, networks, organisations, users } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { recordAudit } from '../audit/mutations.server'
import { slugify } from '../organisations/slug'

type NetworkInput = { name: string; scope: 'regional' | 'supra-regional'; description: string; districtRole: string }

function uniqueNetworkSlug(tx: DbOrTx, name: string, networkId: string | null): string {
  const base = slugify(name)
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const current = tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, candidate)).get()
    const former = tx.select({ id: networkSlugs.networkId }).from(networkSlugs).where(eq(networkSlugs.slug, candidate)).get()
    if ((!current || current.id === networkId) && (!former || former.id === networkId)) return candidate
  }
}

export function createNetwork(input: NetworkInput & { actorId: string }) {
  const { actorId, ...values } = input
  return db.transaction(
    (tx) => {
      const network = tx
        .insert(networks)
        .values({ ...values, slug: uniqueNetworkSlug(tx, values.name, null) })
        .returning()
        .get()
      recordAudit(tx, { actorId, action: 'network.created', entity: 'network', entityId: network.id, details: { name: network.name } })
      return network
    },
    { behavior: 'immediate' },
  )
}

/** Renaming gives a new slug; the old one keeps redirecting. */
export function updateNetwork(input: NetworkInput & { networkId: string; actorId: string }) {
  const { actorId, networkId, ...values } = input
  return db.transaction(
    (tx) => {
      const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()
      if (!network) throw new DomainError('not_found', 404)
      let slug = network.slug
      if (values.name !== network.name) {
        slug = uniqueNetworkSlug(tx, values.name, network.id)
        if (slug !== network.slug) {
          tx.delete(networkSlugs).where(eq(networkSlugs.slug, slug)).run()
          tx.insert(networkSlugs).values({ slug: network.slug, networkId: network.id }).onConflictDoNothing().run()
        }
      }
      tx.update(networks).set({ ...values, slug }).where(eq(networks.id, network.id)).run()
      recordAudit(tx, { actorId, action: 'network.updated', entity: 'network', entityId: network.id, details: { before: network, after: values } })
      return { slug }
    },
    { behavior: 'immediate' },
  )
}

export function archiveNetwork(input: { networkId: string; actorId: string; now?: number }) {
  return db.transaction((tx) => {
    const result = tx
      .update(networks)
      .set({ archivedAt: new Date(input.now ?? Date.now()) })
      .where(and(eq(networks.id, input.networkId), isNull(networks.archivedAt)))
      .run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    recordAudit(tx, { actorId: input.actorId, action: 'network.archived', entity: 'network', entityId: input.networkId })
  })
}

/** Adds a member organisation, or changes its role and since-date. */
export function addNetworkMember(input: {
  networkId: string
  organisationId: string
  role: 'member' | 'coordinating' | 'observer'
  since: string | null
  actorId: string
}) {
  return db.transaction(
    (tx) => {
      const organisation = tx
        .select({ id: organisations.id, status: organisations.status })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId))
        .get()
      if (!organisation || organisation.status !== 'active') throw new DomainError('networks.unknown_organisation', 400)
      const network = tx.select({ id: networks.id }).from(networks).where(eq(networks.id, input.networkId)).get()
      if (!network) throw new DomainError('not_found', 404)
      tx.insert(networkMemberships)
        .values({ networkId: input.networkId, organisationId: input.organisationId, role: input.role, since: input.since })
        .onConflictDoUpdate({
          target: [networkMemberships.networkId, networkMemberships.organisationId],
          set: { role: input.role, since: input.since },
        })
        .run()
      recordAudit(tx, {
        actorId: input.actorId,
        action: 'network.member_added',
        entity: 'network',
        entityId: input.networkId,
        details: { organisationId: input.organisationId, role: input.role, since: input.since },
      })
    },
    { behavior: 'immediate' },
  )
}

export function removeNetworkMember(input: { networkId: string; organisationId: string; actorId: string }) {
  return db.transaction((tx) => {
    const result = tx
      .delete(networkMemberships)
      .where(and(eq(networkMemberships.networkId, input.networkId), eq(networkMemberships.organisationId, input.organisationId)))
      .run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    recordAudit(tx, {
      actorId: input.actorId,
      action: 'network.member_removed',
      entity: 'network',
      entityId: input.networkId,
      details: { organisationId: input.organisationId },
    })
  })
}

/** Appoints a person with an account as coordinator of the network. */
export function appointNetworkCoordinator(input: { networkId: string; email: string; actorId: string }) {
  return db.transaction(
    (tx) => {
      const user = tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`).get()
      if (!user) throw new DomainError('networks.unknown_person', 400)
      tx.insert(networkCoordinators).values({ networkId: input.networkId, userId: user.id }).onConflictDoNothing().run()
      recordAudit(tx, { actorId: input.actorId, action: 'network.coordinator_appointed', entity: 'network', entityId: input.networkId, details: { userId: user.id } })
    },
    { behavior: 'immediate' },
  )
}

export function removeNetworkCoordinator(input: { networkId: string; userId: string; actorId: string }) {
  return db.transaction((tx) => {
    const result = tx
      .delete(networkCoordinators)
      .where(and(eq(networkCoordinators.networkId, input.networkId), eq(networkCoordinators.userId, input.userId)))
      .run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    recordAudit(tx, { actorId: input.actorId, action: 'network.coordinator_removed', entity: 'network', entityId: input.networkId, details: { userId: input.userId } })
  })
}
