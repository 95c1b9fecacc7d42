import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import {
  agendaTopics,
  datePolls,
  events,
  organisationMembers,
  networkMemberships,
  organisations,
  pollAnswers,
  pollCandidates,
  pollParticipants,
  roundAttendance,
  roundMinutes,
  rounds,
  roundSeries,
  users,
} from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { hashToken, isWellFormedToken } from '../auth/tokens.server'
import { flagCandidate } from './candidates'
import { suggestNextHost } from './hosts'
import { answerMatrix, rankCandidates } from './ranking'
import { roundStatusAt } from './status'

/**
 * The people of the network's member organisations, each once (optionally only their editors):
 * who is invited to polls and rounds, told of published minutes and of statements open for signature.
 * Takes the caller's transaction, so the list and the mails queued for it agree.
 */
export function listNetworkPeople(tx: DbOrTx, networkId: string, options: { editorsOnly?: boolean } = {}) {
  return tx
    .selectDistinct({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .innerJoin(organisationMembers, eq(organisationMembers.userId, users.id))
    .innerJoin(networkMemberships, eq(networkMemberships.organisationId, organisationMembers.organisationId))
    .where(and(eq(networkMemberships.networkId, networkId), options.editorsOnly ? eq(organisationMembers.role, 'editor') : undefined))
    .all()
}

/** Member organisations of a network, by name (the hosts to choose from). */
export function listNetworkOrganisations(networkId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(networkMemberships)
    .innerJoin(organisations, eq(organisations.id, networkMemberships.organisationId))
    .where(eq(networkMemberships.networkId, networkId))
    .orderBy(asc(organisations.name))
    .all()
}

/** The series of a network with their rounds (newest first), hosts, polls and the suggested next host. */
export function listSeriesForNetwork(networkId: string, skip = 0, now = new Date()) {
  const series = db.select().from(roundSeries).where(eq(roundSeries.networkId, networkId)).orderBy(asc(roundSeries.title)).all()
  if (series.length === 0) return []
  const roundRows = db
    .select({
      id: rounds.id,
      seriesId: rounds.seriesId,
      number: rounds.number,
      status: rounds.status,
      eventId: rounds.eventId,
      hostOrganisationId: rounds.hostOrganisationId,
      hostName: organisations.name,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      eventStatus: events.status,
    })
    .from(rounds)
    .leftJoin(organisations, eq(organisations.id, rounds.hostOrganisationId))
    .leftJoin(events, eq(events.id, rounds.eventId))
    .where(inArray(rounds.seriesId, series.map((s) => s.id)))
    .orderBy(desc(rounds.number))
    .all()
    .map((r) => ({ ...r, status: roundStatusAt(r, { endsAt: r.endsAt, status: r.eventStatus }, now) }))
  const roundIds = roundRows.map((r) => r.id)
  // per round: topics on the agenda (deferred ones have moved on), the minutes, and the organisations present
  const topicCounts = new Map(
    roundIds.length
      ? db
          .select({ roundId: agendaTopics.roundId, n: count() })
          .from(agendaTopics)
          .where(and(inArray(agendaTopics.roundId, roundIds), ne(agendaTopics.status, 'deferred')))
          .groupBy(agendaTopics.roundId)
          .all()
          .map((t) => [t.roundId, t.n])
      : [],
  )
  const minutes = new Map(
    roundIds.length
      ? db
          .select({ roundId: roundMinutes.roundId, publishedAt: roundMinutes.publishedAt })
          .from(roundMinutes)
          .where(inArray(roundMinutes.roundId, roundIds))
          .all()
          .map((m) => [m.roundId, m.publishedAt])
      : [],
  )
  const attendance = new Map(
    roundIds.length
      ? db
          .select({ roundId: roundAttendance.roundId, present: sql<number>`sum(${roundAttendance.present})` })
          .from(roundAttendance)
          .where(inArray(roundAttendance.roundId, roundIds))
          .groupBy(roundAttendance.roundId)
          .all()
          .map((a) => [a.roundId, Number(a.present)])
      : [],
  )
  const polls = roundRows.length
    ? db
        .select({ id: datePolls.id, roundId: datePolls.roundId, deadline: datePolls.deadline, closedAt: datePolls.closedAt })
        .from(datePolls)
        .where(inArray(datePolls.roundId, roundRows.map((r) => r.id)))
        .orderBy(desc(datePolls.createdAt))
        .all()
    : []
  return series.map((s) => {
    const own = roundRows
      .filter((r) => r.seriesId === s.id)
      .map((r) => ({
        ...r,
        polls: polls.filter((p) => p.roundId === r.id),
        topicCount: topicCounts.get(r.id) ?? 0,
        minutes: (minutes.has(r.id) ? (minutes.get(r.id) ? 'published' : 'draft') : 'none') as 'none' | 'draft' | 'published',
        /** null until attendance is recorded. */
        presentCount: attendance.get(r.id) ?? null,
      }))
    return { ...s, rounds: own, suggestedHostId: suggestNextHost(s.hostOrder, own[0]?.hostOrganisationId ?? null, skip) }
  })
}

export function getSeries(seriesId: string) {
  return db.select().from(roundSeries).where(eq(roundSeries.id, seriesId)).get() ?? null
}

/** A round with the network it belongs to (for the policy); its status says "held" once its event has ended. */
export function getRound(roundId: string, now = new Date()) {
  const row =
    db
      .select({
        id: rounds.id,
        number: rounds.number,
        seriesId: rounds.seriesId,
        status: rounds.status,
        eventId: rounds.eventId,
        agendaCutoffAt: rounds.agendaCutoffAt,
        networkId: roundSeries.networkId,
        title: roundSeries.title,
        defaultLengthMinutes: roundSeries.defaultLengthMinutes,
        eventEndsAt: events.endsAt,
        eventStatus: events.status,
      })
      .from(rounds)
      .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
      .leftJoin(events, eq(events.id, rounds.eventId))
      .where(eq(rounds.id, roundId))
      .get() ?? null
  if (!row) return null
  const { eventEndsAt, eventStatus, ...round } = row
  return { ...round, status: roundStatusAt(round, { endsAt: eventEndsAt, status: eventStatus }, now) }
}

/** A poll with the network it belongs to (for the policy). */
export function getPoll(pollId: string) {
  return (
    db
      .select({
        id: datePolls.id,
        roundId: datePolls.roundId,
        deadline: datePolls.deadline,
        closedAt: datePolls.closedAt,
        lastReminderAt: datePolls.lastReminderAt,
        eventId: rounds.eventId,
        networkId: roundSeries.networkId,
        title: roundSeries.title,
        number: rounds.number,
      })
      .from(datePolls)
      .innerJoin(rounds, eq(rounds.id, datePolls.roundId))
      .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
      .where(eq(datePolls.id, pollId))
      .get() ?? null
  )
}

export type PollView = ReturnType<typeof getPollView>

/** Candidates with their calendar flags, participants, the answer matrix and the ranking. */
export function getPollView(pollId: string) {
  const candidates = db
    .select()
    .from(pollCandidates)
    .where(eq(pollCandidates.pollId, pollId))
    .orderBy(asc(pollCandidates.startsAt))
    .all()
    .map((c) => ({ ...c, flags: flagCandidate(c) }))
  const participants = db
    .select({ id: pollParticipants.id, name: pollParticipants.name, userId: pollParticipants.userId, answeredAt: pollParticipants.answeredAt })
    .from(pollParticipants)
    .where(eq(pollParticipants.pollId, pollId))
    .orderBy(asc(pollParticipants.name))
    .all()
  const answers = participants.length
    ? db
        .select({ participantId: pollAnswers.participantId, candidateId: pollAnswers.candidateId, answer: pollAnswers.answer })
        .from(pollAnswers)
        .where(inArray(pollAnswers.participantId, participants.map((p) => p.id)))
        .all()
    : []
  return {
    candidates,
    participants,
    matrix: answerMatrix(answers),
    ranking: rankCandidates(
      candidates.map((c) => ({ id: c.id, startsAt: c.startsAt, conflictCount: c.flags.conflictCount })),
      answers,
    ),
  }
}

/** The participant behind a personal poll link, or null (malformed tokens never reach the database). */
export function getParticipantByToken(token: string) {
  if (!isWellFormedToken(token)) return null
  return db.select().from(pollParticipants).where(eq(pollParticipants.tokenHash, hashToken(token))).get() ?? null
}

export function getParticipantForUser(pollId: string, userId: string) {
  return db
    .select()
    .from(pollParticipants)
    .where(and(eq(pollParticipants.pollId, pollId), eq(pollParticipants.userId, userId)))
    .get() ?? null
}

/** Every topic of a round in agenda order, with the proposing organisation's name. */
export function listAgenda(roundId: string) {
  return db
    .select({
      id: agendaTopics.id,
      title: agendaTopics.title,
      description: agendaTopics.description,
      status: agendaTopics.status,
      position: agendaTopics.position,
      organisationName: organisations.name,
    })
    .from(agendaTopics)
    .innerJoin(organisations, eq(organisations.id, agendaTopics.organisationId))
    .where(eq(agendaTopics.roundId, roundId))
    .orderBy(asc(agendaTopics.position))
    .all()
}

/**
 * The accepted agenda of the round behind an event, in order; empty when the event is no round.
 * The caller has already checked that the viewer may see the event.
 */
export function listAcceptedAgendaForEvent(eventId: string, from: DbOrTx = db) {
  return from
    .select({ id: agendaTopics.id, title: agendaTopics.title, description: agendaTopics.description, organisationName: organisations.name })
    .from(agendaTopics)
    .innerJoin(rounds, eq(rounds.id, agendaTopics.roundId))
    .innerJoin(organisations, eq(organisations.id, agendaTopics.organisationId))
    .where(and(eq(rounds.eventId, eventId), eq(agendaTopics.status, 'accepted')))
    .orderBy(asc(agendaTopics.position))
    .all()
}

/** The organisations a person may propose for: their own member organisations of the network (the office: all of them). */
export function listProposingOrganisations(userId: string, networkId: string, isOffice: boolean) {
  if (isOffice) return listNetworkOrganisations(networkId)
  return db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(organisationMembers)
    .innerJoin(networkMemberships, eq(networkMemberships.organisationId, organisationMembers.organisationId))
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(networkMemberships.networkId, networkId)))
    .orderBy(asc(organisations.name))
    .all()
}
