import { and, eq } from 'drizzle-orm'
import { organisationMembers } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'
import type { EventViewer } from '../events/policy.server'

/** The office, and the editors of this organisation only. */
export function canEditOrganisation(viewer: EventViewer, organisationId: string): boolean {
  if (!viewer) return false
  if (viewer.role === 'admin') return true
  return Boolean(
    db
      .select({ id: organisationMembers.id })
      .from(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, organisationId),
          eq(organisationMembers.userId, viewer.userId),
          eq(organisationMembers.role, 'editor'),
        ),
      )
      .get(),
  )
}

export function requireOrganisationEditor(viewer: EventViewer, organisationId: string): void {
  if (!canEditOrganisation(viewer, organisationId)) httpError(403, 'forbidden')
}
