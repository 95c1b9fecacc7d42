import { and, eq, inArray, isNotNull, or } from 'drizzle-orm'
import { invitations, networkMemberships, organisationMembers, organisations } from '../../../db/schema'
import type { EventRecurrence } from '../../../db/schema/events'
import { listOccurrences, type OccurrenceException } from './recurrence'
import { isTradition, listObservanceConflicts, type Conflict, type Tradition } from '~/domain/observances'
import { db } from '~/utils/db.server'

export type EventConflict = {
  observanceId: string
  tradition: Tradition
  name: { de: string; en: string }
  note: { de: string; en: string }
  start: string
  end: string
  importance: Conflict['observance']['importance']
  reason: Conflict['reason']
  /** The organisations of the organiser or the network that keep this tradition. */
  affectedOrganisations: string[]
  affected: boolean
  /** Local dates of the event's occurrences that touch the observance. */
  occurrenceDates: string[]
}

/**
 * The organiser, the member organisations of the chosen network and the organisations of people
 * invited to a saved event, with their traditions.
 */
function organisationsConcerned(organisationId: string, networkId: string | null, eventId: string | undefined) {
  const conditions = [eq(organisations.id, organisationId)]
  if (networkId) {
    conditions.push(
      inArray(organisations.id, db.select({ id: networkMemberships.organisationId }).from(networkMemberships).where(eq(networkMemberships.networkId, networkId))),
    )
  }
  if (eventId) {
    const invitedUsers = db.select({ id: invitations.userId }).from(invitations).where(and(eq(invitations.eventId, eventId), isNotNull(invitations.userId)))
    conditions.push(
      inArray(organisations.id, db.select({ id: organisationMembers.organisationId }).from(organisationMembers).where(inArray(organisationMembers.userId, invitedUsers))),
    )
  }
  return db
    .select({ name: organisations.name, tradition: organisations.tradition })
    .from(organisations)
    .where(and(isNotNull(organisations.tradition), or(...conditions)))
    .orderBy(organisations.name)
    .all()
}

/**
 * Observances the event touches, over all its (not cancelled) occurrences, high importance first.
 * Affected means: one of the organisations concerned keeps that tradition (or nobody's tradition is
 * known, or it is a public or school holiday).
 */
export function listEventConflicts(event: {
  /** A saved event: its invited people's organisations count too. */
  id?: string
  organisationId: string
  networkId: string | null
  startsAt: Date
  endsAt: Date
  allDay: boolean
  recurrence: EventRecurrence | null
  exceptions?: OccurrenceException[]
}): EventConflict[] {
  const concerned = organisationsConcerned(event.organisationId, event.networkId, event.id)
  const traditions: Tradition[] = []
  for (const o of concerned) if (isTradition(o.tradition) && !traditions.includes(o.tradition)) traditions.push(o.tradition)
  const occurrences = listOccurrences(event, { from: new Date(0), to: new Date(8.64e15) }).filter((o) => o.status !== 'cancelled')
  const byObservance = new Map<string, EventConflict>()
  for (const occurrence of occurrences) {
    const conflicts = listObservanceConflicts(
      { start: occurrence.start, end: occurrence.end, allDay: event.allDay },
      traditions.length ? { traditions } : {},
    )
    for (const conflict of conflicts) {
      const o = conflict.observance
      const existing = byObservance.get(o.id)
      if (existing) {
        existing.occurrenceDates.push(occurrence.originalDate)
        continue
      }
      byObservance.set(o.id, {
        observanceId: o.id,
        tradition: o.tradition,
        name: { ...o.name },
        note: { ...o.note },
        start: o.start,
        end: o.end,
        importance: o.importance,
        reason: conflict.reason,
        affected: conflict.affected,
        affectedOrganisations: concerned.filter((c) => c.tradition === o.tradition).map((c) => c.name),
        occurrenceDates: [occurrence.originalDate],
      })
    }
  }
  const rank = { high: 0, medium: 1, low: 2 } as const
  return [...byObservance.values()].sort(
    (a, b) => rank[a.importance] - rank[b.importance] || Number(b.affected) - Number(a.affected) || a.start.localeCompare(b.start),
  )
}

/**
 * The warnings that stop a save until the organiser confirms: every high or medium conflict, also
 * when no organisation concerned keeps the tradition (public events reach everyone); low ones are
 * only listed.
 */
export function conflictsNeedingConfirmation(conflicts: EventConflict[]): EventConflict[] {
  return conflicts.filter((c) => c.importance !== 'low')
}
