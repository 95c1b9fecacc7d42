import { and, eq } from 'drizzle-orm'
import { networkMemberships, organisationMembers } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'
import type { EventViewer } from '../events/policy.server'
import { canManageMembership } from '../networks/policy.server'
import { getNetworkBySlug } from '../networks/queries.server'

export type RoundsAccess = 'manage' | 'answer'

/** A person belongs to the network when one of their organisations is a member organisation of it. */
export function isNetworkMember(userId: string, networkId: string): boolean {
  return Boolean(
    db
      .select({ id: networkMemberships.id })
      .from(networkMemberships)
      .innerJoin(organisationMembers, eq(organisationMembers.organisationId, networkMemberships.organisationId))
      .where(and(eq(networkMemberships.networkId, networkId), eq(organisationMembers.userId, userId)))
      .get(),
  )
}

/** The network's coordinators and the office manage series and polls; members answer; nobody else. */
export function getRoundsAccess(viewer: EventViewer, networkId: string): RoundsAccess | null {
  if (!viewer) return null
  if (canManageMembership(viewer, networkId)) return 'manage'
  return isNetworkMember(viewer.userId, networkId) ? 'answer' : null
}

/** Outsiders see nothing: 404, as if the rounds did not exist. */
export function requireRoundsAccess(viewer: EventViewer, networkId: string): RoundsAccess {
  const access = getRoundsAccess(viewer, networkId)
  if (!access) httpError(404, 'not_found')
  return access
}

/** The rounds area of a network (by slug) and the viewer's access to it; an unknown or archived network and outsiders get 404. */
export function requireNetworkRounds(viewer: EventViewer, slug: string) {
  const network = getNetworkBySlug(slug)
  if (!network || network.archivedAt) httpError(404, 'not_found')
  return { network, access: requireRoundsAccess(viewer, network.id) }
}

/** Members who may answer but not manage get 403 on managing actions. */
export function requireRoundsManager(viewer: EventViewer, networkId: string): void {
  if (requireRoundsAccess(viewer, networkId) !== 'manage') httpError(403, 'forbidden')
}

/** A round, poll or statement reached through a network's pages: missing or of another network is 404, as if it did not exist. */
export function requireOfNetwork<T extends { networkId: string }>(thing: T | null, networkId: string): T {
  if (!thing || thing.networkId !== networkId) httpError(404, 'not_found')
  return thing
}
