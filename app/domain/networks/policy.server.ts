import { and, eq } from 'drizzle-orm'
import { networkCoordinators } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'
import type { EventViewer } from '../events/policy.server'

/** The office, and the appointed coordinators of this network only. */
export function canManageMembership(viewer: EventViewer, networkId: string): boolean {
  if (!viewer) return false
  if (viewer.role === 'admin') return true
  return Boolean(
    db
      .select({ id: networkCoordinators.id })
      .from(networkCoordinators)
      .where(and(eq(networkCoordinators.networkId, networkId), eq(networkCoordinators.userId, viewer.userId)))
      .get(),
  )
}

export function requireMembershipManager(viewer: EventViewer, networkId: string): void {
  if (!canManageMembership(viewer, networkId)) httpError(403, 'forbidden')
}
