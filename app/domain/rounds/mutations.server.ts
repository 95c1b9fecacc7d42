import { and, asc, desc, eq, gt, isNull, lt, max, ne } from 'drizzle-orm'
import {
  agendaTopics,
  datePolls,
  events,
  networkMemberships,
  networks,
  organisationMembers,
  pollAnswers,
  pollCandidates,
  pollParticipants,
  rounds,
  roundSeries,
  users,
  type PollAnswer,
  type RoundFormat,
  type TopicStatus,
} from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import { formatDateTime } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { generateToken, hashToken } from '../auth/tokens.server'
import { enqueueEmail } from '../mail/outbox.server'
import { checkCandidates, type CandidateInput } from './candidates'
import { listNetworkPeople } from './queries.server'
import { roundStatusAt } from './status'

export const REMINDER_INTERVAL_MS = 24 * 60 * 60_000

export function createSeries(input: {
  networkId: string
  title: string
  cadenceHint: string
  defaultLengthMinutes: number
  format: RoundFormat
  hostOrder: string[]
  actorId: string
}) {
  const { actorId, ...values } = input
  return db.transaction(
    (tx) => {
      const memberIds = new Set(
        tx
          .select({ id: networkMemberships.organisationId })
          .from(networkMemberships)
          .where(eq(networkMemberships.networkId, values.networkId))
          .all()
          .map((m) => m.id),
      )
      if (values.hostOrder.some((id) => !memberIds.has(id)) || new Set(values.hostOrder).size !== values.hostOrder.length) {
        throw new DomainError('rounds.host_not_member')
      }
      const series = tx.insert(roundSeries).values(values).returning().get()
      recordAudit(tx, { actorId, action: 'round_series.created', entity: 'round_series', entityId: series.id, details: { title: series.title } })
      return series
    },
    { behavior: 'immediate' },
  )
}

/** The next round of a series, numbered after the last one; the host must be a member organisation. */
export function createRound(input: { seriesId: string; hostOrganisationId: string | null; actorId: string }) {
  return db.transaction(
    (tx) => {
      const series = tx.select().from(roundSeries).where(eq(roundSeries.id, input.seriesId)).get()
      if (!series) throw new DomainError('rounds.not_found', 404)
      if (input.hostOrganisationId) {
        const member = tx
          .select({ id: networkMemberships.id })
          .from(networkMemberships)
          .where(and(eq(networkMemberships.networkId, series.networkId), eq(networkMemberships.organisationId, input.hostOrganisationId)))
          .get()
        if (!member) throw new DomainError('rounds.host_not_member')
      }
      const last = tx.select({ n: max(rounds.number) }).from(rounds).where(eq(rounds.seriesId, series.id)).get()
      const round = tx
        .insert(rounds)
        .values({ seriesId: series.id, number: (last?.n ?? 0) + 1, hostOrganisationId: input.hostOrganisationId })
        .returning()
        .get()
      // deferred topics of earlier rounds move to the new round, as proposals again, after its own
      const deferred = tx
        .select({ id: agendaTopics.id })
        .from(agendaTopics)
        .innerJoin(rounds, eq(rounds.id, agendaTopics.roundId))
        .where(and(eq(rounds.seriesId, series.id), ne(rounds.id, round.id), eq(agendaTopics.status, 'deferred')))
        .orderBy(asc(rounds.number), asc(agendaTopics.position))
        .all()
      deferred.forEach((topic, index) => {
        tx.update(agendaTopics).set({ roundId: round.id, status: 'proposed', position: index + 1 }).where(eq(agendaTopics.id, topic.id)).run()
      })
      recordAudit(tx, { actorId: input.actorId, action: 'round.created', entity: 'round', entityId: round.id, details: { movedTopics: deferred.length } })
      return round
    },
    { behavior: 'immediate' },
  )
}

/** A date poll with its candidates, all or nothing. */
export function createPoll(input: { roundId: string; deadline: Date; candidates: CandidateInput[]; now: Date; actorId: string }) {
  const checked = checkCandidates(input.candidates, input.now)
  if (!checked.ok) throw new DomainError(`rounds.${checked.error}`, 422)
  if (input.deadline.getTime() <= input.now.getTime()) throw new DomainError('rounds.deadline_past', 422)
  return db.transaction(
    (tx) => {
      const round = tx.select().from(rounds).where(eq(rounds.id, input.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      const poll = tx.insert(datePolls).values({ roundId: round.id, deadline: input.deadline }).returning().get()
      tx.insert(pollCandidates)
        .values(checked.candidates.map((c) => ({ pollId: poll.id, startsAt: c.startsAt, endsAt: c.endsAt })))
        .run()
      recordAudit(tx, { actorId: input.actorId, action: 'date_poll.created', entity: 'date_poll', entityId: poll.id })
      return poll
    },
    { behavior: 'immediate' },
  )
}

export function isPollClosed(poll: { closedAt: Date | null; deadline: Date }, now: Date): boolean {
  return poll.closedAt !== null || poll.deadline.getTime() <= now.getTime()
}

type PollContext = { pollId: string; title: string; networkName: string; deadline: Date }

function pollContext(tx: DbOrTx, pollId: string): PollContext & { closedAt: Date | null; lastReminderAt: Date | null; networkId: string } {
  const row = tx
    .select({
      pollId: datePolls.id,
      deadline: datePolls.deadline,
      closedAt: datePolls.closedAt,
      lastReminderAt: datePolls.lastReminderAt,
      title: roundSeries.title,
      number: rounds.number,
      networkName: networks.name,
      networkId: networks.id,
    })
    .from(datePolls)
    .innerJoin(rounds, eq(rounds.id, datePolls.roundId))
    .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
    .innerJoin(networks, eq(networks.id, roundSeries.networkId))
    .where(eq(datePolls.id, pollId))
    .get()
  if (!row) throw new DomainError('rounds.not_found', 404)
  return { ...row, title: `${row.title} #${row.number}` }
}

function mailPollLink(
  tx: DbOrTx,
  template: 'poll-invitation' | 'poll-reminder',
  context: PollContext,
  person: { email: string; name: string; locale: 'de' | 'en' },
  token: string,
) {
  enqueueEmail(tx, {
    template,
    to: person.email,
    locale: person.locale,
    props: {
      name: person.name,
      roundTitle: context.title,
      networkName: context.networkName,
      deadlineLabel: formatDateTime(context.deadline, person.locale),
      url: absoluteUrl(`/polls/${token}`),
      locale: person.locale,
    },
  })
}

/**
 * Invites every person of the network's member organisations who is not invited yet: one
 * participant row per person, each with a personal link. Returns how many were invited.
 */
export function inviteNetworkToPoll(input: { pollId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const context = pollContext(tx, input.pollId)
      if (isPollClosed(context, input.now)) throw new DomainError('rounds.poll_closed', 409)
      const people = listNetworkPeople(tx, context.networkId)
      const invited = tx
        .select({ userId: pollParticipants.userId, email: pollParticipants.email })
        .from(pollParticipants)
        .where(eq(pollParticipants.pollId, input.pollId))
        .all()
      const invitedEmails = new Set(invited.map((p) => p.email.toLowerCase()))
      let count = 0
      for (const person of people) {
        if (invitedEmails.has(person.email.toLowerCase())) continue
        invitedEmails.add(person.email.toLowerCase())
        const token = generateToken()
        tx.insert(pollParticipants)
          .values({ pollId: input.pollId, userId: person.id, email: person.email, name: person.name, tokenHash: hashToken(token) })
          .run()
        mailPollLink(tx, 'poll-invitation', context, person, token)
        count++
      }
      recordAudit(tx, { actorId: input.actorId, action: 'date_poll.invited', entity: 'date_poll', entityId: input.pollId, details: { count } })
      return count
    },
    { behavior: 'immediate' },
  )
}

/**
 * Saves a participant's answers (replacing earlier ones) while the poll is open. Every candidate
 * must be answered; unknown candidates are refused; nothing is saved on any error.
 */
export function answerPoll(input: { participantId: string; answers: Record<string, PollAnswer>; now: Date }) {
  return db.transaction(
    (tx) => {
      const participant = tx.select().from(pollParticipants).where(eq(pollParticipants.id, input.participantId)).get()
      if (!participant) throw new DomainError('rounds.not_found', 404)
      const poll = tx.select().from(datePolls).where(eq(datePolls.id, participant.pollId)).get()
      if (!poll) throw new DomainError('rounds.not_found', 404)
      if (isPollClosed(poll, input.now)) throw new DomainError('rounds.poll_closed', 409)
      const candidateIds = tx
        .select({ id: pollCandidates.id })
        .from(pollCandidates)
        .where(eq(pollCandidates.pollId, poll.id))
        .all()
        .map((c) => c.id)
      const given = Object.keys(input.answers)
      if (given.some((id) => !candidateIds.includes(id))) throw new DomainError('rounds.unknown_candidate', 422)
      if (candidateIds.some((id) => !input.answers[id])) throw new DomainError('rounds.answer_missing', 422)
      for (const candidateId of candidateIds) {
        const answer = input.answers[candidateId]!
        tx.insert(pollAnswers)
          .values({ participantId: participant.id, candidateId, answer })
          .onConflictDoUpdate({ target: [pollAnswers.participantId, pollAnswers.candidateId], set: { answer, updatedAt: input.now } })
          .run()
      }
      tx.update(pollParticipants).set({ answeredAt: input.now }).where(eq(pollParticipants.id, participant.id)).run()
    },
    { behavior: 'immediate' },
  )
}

/**
 * Reminds those who have not answered, at most once in 24 hours. Their links are renewed (only
 * hashes are stored, so a reminder can only carry a new link); the old link stops working.
 */
export function remindPoll(input: { pollId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const context = pollContext(tx, input.pollId)
      if (isPollClosed(context, input.now)) throw new DomainError('rounds.poll_closed', 409)
      if (context.lastReminderAt && input.now.getTime() - context.lastReminderAt.getTime() < REMINDER_INTERVAL_MS) {
        throw new DomainError('rounds.reminder_too_soon', 429)
      }
      const waiting = tx
        .select({ id: pollParticipants.id, email: pollParticipants.email, name: pollParticipants.name, locale: users.locale })
        .from(pollParticipants)
        .leftJoin(users, eq(users.id, pollParticipants.userId))
        .where(and(eq(pollParticipants.pollId, input.pollId), isNull(pollParticipants.answeredAt)))
        .all()
      for (const person of waiting) {
        const token = generateToken()
        tx.update(pollParticipants).set({ tokenHash: hashToken(token) }).where(eq(pollParticipants.id, person.id)).run()
        mailPollLink(tx, 'poll-reminder', context, { ...person, locale: person.locale ?? 'de' }, token)
      }
      tx.update(datePolls).set({ lastReminderAt: input.now }).where(eq(datePolls.id, input.pollId)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'date_poll.reminded', entity: 'date_poll', entityId: input.pollId, details: { count: waiting.length } })
      return waiting.length
    },
    { behavior: 'immediate' },
  )
}

/** Closes the poll by hand (it also closes by itself at its deadline). */
export function closePoll(input: { pollId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const poll = tx.select().from(datePolls).where(eq(datePolls.id, input.pollId)).get()
      if (!poll) throw new DomainError('rounds.not_found', 404)
      if (poll.closedAt) throw new DomainError('rounds.poll_closed', 409)
      tx.update(datePolls).set({ closedAt: input.now }).where(eq(datePolls.id, poll.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'date_poll.closed', entity: 'date_poll', entityId: poll.id })
    },
    { behavior: 'immediate' },
  )
}


/** Proposals are open while the round is not held or cancelled and its cut-off (if any) has not passed. */
export function isAgendaOpen(round: { status: string; agendaCutoffAt: Date | null }, now: Date): boolean {
  if (round.status === 'held' || round.status === 'cancelled') return false
  return round.agendaCutoffAt === null || now.getTime() < round.agendaCutoffAt.getTime()
}

/**
 * A member proposes a topic for a round's agenda on behalf of one of their organisations that is
 * a member of the network (the office may propose for any member organisation). Appended at the end.
 */
export function proposeTopic(input: {
  roundId: string
  userId: string
  isOffice: boolean
  organisationId: string
  title: string
  description: string
  now: Date
}) {
  return db.transaction(
    (tx) => {
      const round = tx
        .select({
          id: rounds.id,
          status: rounds.status,
          agendaCutoffAt: rounds.agendaCutoffAt,
          networkId: roundSeries.networkId,
          eventEndsAt: events.endsAt,
          eventStatus: events.status,
        })
        .from(rounds)
        .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
        .leftJoin(events, eq(events.id, rounds.eventId))
        .where(eq(rounds.id, input.roundId))
        .get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      const status = roundStatusAt(round, { endsAt: round.eventEndsAt, status: round.eventStatus }, input.now)
      if (!isAgendaOpen({ status, agendaCutoffAt: round.agendaCutoffAt }, input.now)) throw new DomainError('rounds.agenda_closed', 409)
      const inNetwork = tx
        .select({ id: networkMemberships.id })
        .from(networkMemberships)
        .where(and(eq(networkMemberships.networkId, round.networkId), eq(networkMemberships.organisationId, input.organisationId)))
        .get()
      const ownOrganisation = tx
        .select({ id: organisationMembers.id })
        .from(organisationMembers)
        .where(and(eq(organisationMembers.organisationId, input.organisationId), eq(organisationMembers.userId, input.userId)))
        .get()
      if (!inNetwork || (!ownOrganisation && !input.isOffice)) throw new DomainError('rounds.not_your_organisation', 422)
      const last = tx.select({ p: max(agendaTopics.position) }).from(agendaTopics).where(eq(agendaTopics.roundId, round.id)).get()
      const topic = tx
        .insert(agendaTopics)
        .values({
          roundId: round.id,
          title: input.title,
          description: input.description,
          organisationId: input.organisationId,
          proposedById: input.userId,
          position: (last?.p ?? 0) + 1,
        })
        .returning()
        .get()
      recordAudit(tx, { actorId: input.userId, action: 'agenda_topic.proposed', entity: 'agenda_topic', entityId: topic.id })
      return topic
    },
    { behavior: 'immediate' },
  )
}

function getTopicTx(tx: DbOrTx, roundId: string, topicId: string) {
  const topic = tx
    .select()
    .from(agendaTopics)
    .where(and(eq(agendaTopics.id, topicId), eq(agendaTopics.roundId, roundId)))
    .get()
  if (!topic) throw new DomainError('rounds.not_found', 404)
  return topic
}

/** The coordinator accepts or defers a topic (or takes it back to "proposed"). */
export function setTopicStatus(input: { roundId: string; topicId: string; status: TopicStatus; actorId: string }) {
  return db.transaction(
    (tx) => {
      const topic = getTopicTx(tx, input.roundId, input.topicId)
      tx.update(agendaTopics).set({ status: input.status, updatedAt: new Date() }).where(eq(agendaTopics.id, topic.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: `agenda_topic.${input.status}`, entity: 'agenda_topic', entityId: topic.id })
    },
    { behavior: 'immediate' },
  )
}

/** Moves a topic one place up or down the agenda (swapping with its neighbour; at the edge nothing changes). */
export function moveTopic(input: { roundId: string; topicId: string; direction: 'up' | 'down'; actorId: string }) {
  return db.transaction(
    (tx) => {
      const topic = getTopicTx(tx, input.roundId, input.topicId)
      const up = input.direction === 'up'
      const neighbour = tx
        .select()
        .from(agendaTopics)
        .where(and(eq(agendaTopics.roundId, topic.roundId), up ? lt(agendaTopics.position, topic.position) : gt(agendaTopics.position, topic.position)))
        .orderBy(up ? desc(agendaTopics.position) : asc(agendaTopics.position))
        .get()
      if (!neighbour) return
      tx.update(agendaTopics).set({ position: neighbour.position }).where(eq(agendaTopics.id, topic.id)).run()
      tx.update(agendaTopics).set({ position: topic.position }).where(eq(agendaTopics.id, neighbour.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: `agenda_topic.moved_${input.direction}`, entity: 'agenda_topic', entityId: topic.id })
    },
    { behavior: 'immediate' },
  )
}

/** The coordinator sets (or clears) the cut-off for proposals. */
export function setAgendaCutoff(input: { roundId: string; cutoffAt: Date | null; actorId: string }) {
  return db.transaction(
    (tx) => {
      const round = tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, input.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      tx.update(rounds).set({ agendaCutoffAt: input.cutoffAt, updatedAt: new Date() }).where(eq(rounds.id, round.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'round.agenda_cutoff_set', entity: 'round', entityId: round.id, details: { cutoffAt: input.cutoffAt?.toISOString() ?? null } })
    },
    { behavior: 'immediate' },
  )
}

