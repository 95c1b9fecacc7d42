import { canManageEvent, listEditableOrganisations, type EventViewer } from './policy.server'
import { conflictsNeedingConfirmation, listEventConflicts, type EventConflict } from './conflicts.server'
import { createEvent, eventColumns, findUnknownReferences, updateEvent } from './mutations.server'
import { getEvent, listExceptionsFor } from './queries.server'
import type { EventFormValue } from './schema'
import { DomainError } from '~/utils/http.server'

export type SaveOutcome =
  | { kind: 'field-errors'; fieldErrors: Record<string, string[]> }
  | { kind: 'needs-confirmation'; conflicts: EventConflict[] }
  | { kind: 'saved'; event: { id: string; status: string } }

/**
 * The event form's use case: checks references and rights, lists observance conflicts and asks
 * for a confirmation before saving when there are any (saving stays possible), then writes.
 */
export function saveEvent(input: { viewer: NonNullable<EventViewer>; eventId?: string; value: EventFormValue }): SaveOutcome {
  const { viewer, value } = input
  const columns = eventColumns(value)
  const unknown = findUnknownReferences(columns)
  if (Object.keys(unknown).length > 0) return { kind: 'field-errors', fieldErrors: unknown }

  const existing = input.eventId ? getEvent(input.eventId) : null
  if (input.eventId && !existing) throw new DomainError('not_found', 404)
  if (existing && !canManageEvent(viewer, existing)) throw new DomainError('forbidden', 403)
  const organisationChanged = !existing || existing.organisationId !== columns.organisationId
  if (organisationChanged && !listEditableOrganisations(viewer).some((o) => o.id === columns.organisationId)) {
    throw new DomainError('forbidden', 403)
  }

  const conflicts = listEventConflicts({ ...columns, id: existing?.id, exceptions: existing ? listExceptionsFor(existing.id) : [] })
  if (!value.confirmConflicts && conflictsNeedingConfirmation(conflicts).length > 0) return { kind: 'needs-confirmation', conflicts }

  const intent = value.intent ?? 'submit'
  const actor = { userId: viewer.userId, role: viewer.role }
  const event = existing ? updateEvent({ actor, eventId: existing.id, columns, intent }) : createEvent({ actor, columns, intent })
  return { kind: 'saved', event }
}
