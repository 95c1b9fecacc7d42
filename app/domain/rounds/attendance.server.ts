import { and, asc, eq } from 'drizzle-orm'
import { networkMemberships, organisations, roundAttendance, rounds, roundSeries } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { recordAudit } from '../audit/mutations.server'

/**
 * Attendance per member organisation, recorded by hand: every member organisation of the network
 * gets a row, present or not. Organisations outside the network are refused and nothing is saved.
 */
export function recordAttendance(input: { roundId: string; presentOrganisationIds: string[]; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const round = tx
        .select({ id: rounds.id, networkId: roundSeries.networkId })
        .from(rounds)
        .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
        .where(eq(rounds.id, input.roundId))
        .get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      const members = tx
        .select({ id: networkMemberships.organisationId })
        .from(networkMemberships)
        .where(eq(networkMemberships.networkId, round.networkId))
        .all()
        .map((m) => m.id)
      const present = new Set(input.presentOrganisationIds)
      if ([...present].some((id) => !members.includes(id))) throw new DomainError('rounds.attendance_unknown', 422)
      for (const organisationId of members) {
        const value = present.has(organisationId)
        tx.insert(roundAttendance)
          .values({ roundId: round.id, organisationId, present: value })
          .onConflictDoUpdate({ target: [roundAttendance.roundId, roundAttendance.organisationId], set: { present: value, updatedAt: input.now } })
          .run()
      }
      recordAudit(tx, { actorId: input.actorId, action: 'round.attendance_recorded', entity: 'round', entityId: round.id, details: { present: present.size } })
    },
    { behavior: 'immediate' },
  )
}

/** The network's member organisations with their attendance in this round (null = not recorded yet). */
export function listAttendance(roundId: string, networkId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, present: roundAttendance.present })
    .from(networkMemberships)
    .innerJoin(organisations, eq(organisations.id, networkMemberships.organisationId))
    .leftJoin(roundAttendance, and(eq(roundAttendance.organisationId, organisations.id), eq(roundAttendance.roundId, roundId)))
    .where(eq(networkMemberships.networkId, networkId))
    .orderBy(asc(organisations.name))
    .all()
}
