import { and, asc, eq, isNotNull, sql } from 'drizzle-orm'
import {
  invitations,
  networkMemberships,
  organisationMembers,
  organisations,
  roundAttendance,
  rounds,
  roundSeries,
  rsvps,
  users,
} from '../../../db/schema'
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

/**
 * The member organisations that were present according to the check-in of the round's event: an
 * organisation counts as present when someone checked in who belongs to it — a person of the
 * organisation (by the RSVP's or the invitation's account, or by their address) — or who was
 * invited for it through its public contact address (that is how invitations to an organisation
 * are addressed). Empty when the round has no event yet. Nothing is saved: the coordinator checks
 * the result and records it by hand.
 */
export function listCheckedInOrganisationIds(roundId: string): string[] {
  const round = db
    .select({ eventId: rounds.eventId, networkId: roundSeries.networkId })
    .from(rounds)
    .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
    .where(eq(rounds.id, roundId))
    .get()
  if (!round?.eventId) return []
  const arrived = db
    .select({ userId: rsvps.userId, invitedUserId: invitations.userId, email: sql<string>`lower(${rsvps.email})` })
    .from(rsvps)
    .leftJoin(invitations, eq(invitations.id, rsvps.invitationId))
    .where(and(eq(rsvps.eventId, round.eventId), isNotNull(rsvps.checkedInAt)))
    .all()
  if (arrived.length === 0) return []
  const userIds = new Set(arrived.flatMap((a) => [a.userId, a.invitedUserId]).filter((id): id is string => Boolean(id)))
  const emails = new Set(arrived.map((a) => a.email))
  const members = db
    .select({ organisationId: networkMemberships.organisationId, contactEmail: organisations.contactEmail })
    .from(networkMemberships)
    .innerJoin(organisations, eq(organisations.id, networkMemberships.organisationId))
    .where(eq(networkMemberships.networkId, round.networkId))
    .all()
  const people = db
    .select({ organisationId: organisationMembers.organisationId, userId: users.id, email: sql<string>`lower(${users.email})` })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(networkMemberships, and(eq(networkMemberships.organisationId, organisationMembers.organisationId), eq(networkMemberships.networkId, round.networkId)))
    .all()
  const present = new Set<string>()
  for (const person of people) {
    if (userIds.has(person.userId) || emails.has(person.email)) present.add(person.organisationId)
  }
  for (const member of members) {
    if (member.contactEmail && emails.has(member.contactEmail.trim().toLowerCase())) present.add(member.organisationId)
  }
  return [...present]
}
