import { and, asc, count, eq, max } from 'drizzle-orm'
import { invitations, networks, organisations, rsvps } from '../../../db/schema'
import { db } from '~/utils/db.server'

export type InvitationListRow = {
  id: string
  email: string
  name: string | null
  sentAt: Date | null
  answer: 'yes' | 'maybe' | 'no' | null
  status: string | null
  partySize: number | null
}

/** The organiser's invitation list: sent, answered (yes / maybe / no / waitlisted), no answer yet. */
export function listInvitations(input: { eventId: string; limit: number; offset: number }) {
  const rows: InvitationListRow[] = db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      sentAt: invitations.sentAt,
      answer: rsvps.answer,
      status: rsvps.status,
      partySize: rsvps.partySize,
    })
    .from(invitations)
    .leftJoin(rsvps, eq(rsvps.invitationId, invitations.id))
    .where(and(eq(invitations.eventId, input.eventId), eq(invitations.kind, 'invited')))
    .orderBy(asc(invitations.email))
    .limit(input.limit)
    .offset(input.offset)
    .all()
  const all = db
    .select({ status: rsvps.status, answer: rsvps.answer, n: count() })
    .from(invitations)
    .leftJoin(rsvps, eq(rsvps.invitationId, invitations.id))
    .where(and(eq(invitations.eventId, input.eventId), eq(invitations.kind, 'invited')))
    .groupBy(rsvps.status, rsvps.answer)
    .all()
  const counts = { sent: 0, yes: 0, maybe: 0, no: 0, waitlisted: 0, noAnswer: 0 }
  for (const row of all) {
    counts.sent += row.n
    if (!row.answer) counts.noAnswer += row.n
    else if (row.status === 'waitlisted' || row.status === 'offered') counts.waitlisted += row.n
    else if (row.answer === 'yes' && row.status === 'confirmed') counts.yes += row.n
    else if (row.answer === 'maybe') counts.maybe += row.n
    else counts.no += row.n
  }
  const lastReminder = db.select({ at: max(invitations.remindedAt) }).from(invitations).where(eq(invitations.eventId, input.eventId)).get()?.at
  return { rows, counts, lastReminderAt: lastReminder ? new Date(lastReminder) : null }
}

/** What the organiser can invite: networks and active organisations, by name. */
export function listInvitationTargets() {
  return {
    networks: db.select({ id: networks.id, name: networks.name }).from(networks).orderBy(asc(networks.name)).all(),
    organisations: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.status, 'active'))
      .orderBy(asc(organisations.name))
      .all(),
  }
}
