import { and, eq } from 'drizzle-orm'
import { datePolls, organisations, pollCandidates, rounds, roundSeries } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { recordAudit } from '../audit/mutations.server'
import { insertEvent, type EventColumns } from '../events/mutations.server'
import { inviteToEventTx } from '../invitations/mutations.server'
import { listNetworkPeople } from './queries.server'

/** "Musterstraße 1, 49074 Osnabrück" from the organisation's address, or null when it has none. */
export function addressOf(host: { street: string | null; postalCode: string | null; city: string | null }): string | null {
  const place = [host.postalCode, host.city].filter(Boolean).join(' ')
  return [host.street, place].filter(Boolean).join(', ') || null
}

/**
 * Choosing a poll's winning date, in one step: the poll closes (if still open), the round's event
 * is created (host organisation as organiser and venue, visible to the network, published), the
 * round is scheduled, and every person of the network's member organisations is invited through
 * the RSVP machinery — those who said no to this date too. One immediate transaction: a second
 * choice (or a concurrent one) finds the round scheduled and is refused with 409.
 */
export function chooseWinner(input: { pollId: string; candidateId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const poll = tx.select().from(datePolls).where(eq(datePolls.id, input.pollId)).get()
      if (!poll) throw new DomainError('rounds.not_found', 404)
      const candidate = tx
        .select()
        .from(pollCandidates)
        .where(and(eq(pollCandidates.id, input.candidateId), eq(pollCandidates.pollId, poll.id)))
        .get()
      if (!candidate) throw new DomainError('rounds.unknown_candidate', 422)
      const round = tx.select().from(rounds).where(eq(rounds.id, poll.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      if (round.eventId || round.status !== 'planning') throw new DomainError('rounds.already_scheduled', 409)
      if (candidate.startsAt.getTime() <= input.now.getTime()) throw new DomainError('rounds.candidate_past', 409)
      const series = tx.select().from(roundSeries).where(eq(roundSeries.id, round.seriesId)).get()
      if (!series) throw new DomainError('rounds.not_found', 404)
      const host = round.hostOrganisationId
        ? tx.select().from(organisations).where(eq(organisations.id, round.hostOrganisationId)).get()
        : undefined
      // the event needs an organiser: a round without a host cannot be scheduled yet
      if (!host) throw new DomainError('rounds.host_missing', 409)

      if (!poll.closedAt) tx.update(datePolls).set({ closedAt: input.now }).where(eq(datePolls.id, poll.id)).run()

      const columns: EventColumns = {
        title: `${series.title} #${round.number}`,
        description: '',
        kind: 'dialogue-round',
        organisationId: host.id,
        networkId: series.networkId,
        visibility: 'network',
        startsAt: candidate.startsAt,
        endsAt: candidate.endsAt,
        allDay: false,
        venueName: host.name,
        venueAddress: addressOf(host),
        municipalityId: host.municipalityId,
        onlineUrl: null,
        languages: [],
        interpretation: null,
        food: [],
        accessibility: [],
        recurrence: null,
        seriesEndsAt: candidate.endsAt,
        capacity: null,
        rsvpDeadline: null,
        contact: null,
      }
      const event = insertEvent(tx, { actorId: input.actorId, columns, status: 'published', now: input.now })
      tx.update(rounds).set({ eventId: event.id, status: 'scheduled', updatedAt: input.now }).where(eq(rounds.id, round.id)).run()

      const userIds = listNetworkPeople(tx, series.networkId).map((person) => person.id)
      const invited = userIds.length
        ? inviteToEventTx(tx, { eventId: event.id, invitedById: input.actorId, userIds, now: input.now })
        : { sent: 0, alreadyInvited: 0 }
      recordAudit(tx, {
        actorId: input.actorId,
        action: 'round.scheduled',
        entity: 'round',
        entityId: round.id,
        details: { pollId: poll.id, candidateId: candidate.id, eventId: event.id, invited: invited.sent },
      })
      return { event, roundId: round.id, invited: invited.sent }
    },
    { behavior: 'immediate' },
  )
}
