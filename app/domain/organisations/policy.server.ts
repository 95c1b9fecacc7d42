import { and, eq } from 'drizzle-orm'
import { organisationMembers } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'
import type { EventViewer } from '../events/policy.server'

/** Whether this person is an editor of this organisation (the office aside); takes a transaction when a write depends on it. */
export function isOrganisationEditor(userId: string, organisationId: string, from: DbOrTx = db): boolean {
  return Boolean(
    from
      .select({ id: organisationMembers.id })
      .from(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, organisationId),
          eq(organisationMembers.userId, userId),
          eq(organisationMembers.role, 'editor'),
        ),
      )
      .get(),
  )
}

/** The office, and the editors of this organisation only. */
export function canEditOrganisation(viewer: EventViewer, organisationId: string): boolean {
  if (!viewer) return false
  return viewer.role === 'admin' || isOrganisationEditor(viewer.userId, organisationId)
}

export function requireOrganisationEditor(viewer: EventViewer, organisationId: string): void {
  if (!canEditOrganisation(viewer, organisationId)) httpError(403, 'forbidden')
}
