import { and, asc, eq, isNull, lt } from 'drizzle-orm'
import { roundDecisions, rounds, roundTasks } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { recordAudit } from '../audit/mutations.server'

/** Follow-up tasks agreed in a round: who does what by when. (Decisions live here too: both are recorded with the minutes.) */
export function addTask(input: { roundId: string; what: string; who: string; dueOn: string | null; actorId: string }) {
  return db.transaction(
    (tx) => {
      const round = tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, input.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      const task = tx.insert(roundTasks).values({ roundId: round.id, what: input.what, who: input.who, dueOn: input.dueOn }).returning().get()
      recordAudit(tx, { actorId: input.actorId, action: 'round_task.added', entity: 'round_task', entityId: task.id })
      return task
    },
    { behavior: 'immediate' },
  )
}

export function completeTask(input: { roundId: string; taskId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const task = tx
        .select()
        .from(roundTasks)
        .where(and(eq(roundTasks.id, input.taskId), eq(roundTasks.roundId, input.roundId)))
        .get()
      if (!task) throw new DomainError('rounds.not_found', 404)
      if (task.doneAt) throw new DomainError('rounds.task_done', 409)
      tx.update(roundTasks).set({ doneAt: input.now, updatedAt: input.now }).where(eq(roundTasks.id, task.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'round_task.done', entity: 'round_task', entityId: task.id })
    },
    { behavior: 'immediate' },
  )
}

/** The tasks of one round, open ones first, by due date. */
export function listTasks(roundId: string) {
  return db
    .select()
    .from(roundTasks)
    .where(eq(roundTasks.roundId, roundId))
    .orderBy(asc(roundTasks.doneAt), asc(roundTasks.dueOn), asc(roundTasks.createdAt))
    .all()
}

/** Open tasks from the earlier rounds of the same series: they appear on this round's agenda. */
export function listOpenTasksBefore(round: { seriesId: string; number: number }, from: DbOrTx = db) {
  return from
    .select({ id: roundTasks.id, what: roundTasks.what, who: roundTasks.who, dueOn: roundTasks.dueOn, roundNumber: rounds.number })
    .from(roundTasks)
    .innerJoin(rounds, eq(rounds.id, roundTasks.roundId))
    .where(and(eq(rounds.seriesId, round.seriesId), lt(rounds.number, round.number), isNull(roundTasks.doneAt)))
    .orderBy(asc(roundTasks.dueOn), asc(rounds.number))
    .all()
}

/**
 * The open tasks from earlier rounds for the round behind an event (its agenda on the event page
 * and in the invitation); empty when the event is no round. The caller has checked that the viewer
 * may see the event.
 */
export function listOpenTasksForEvent(eventId: string, from: DbOrTx = db) {
  const round = from.select({ seriesId: rounds.seriesId, number: rounds.number }).from(rounds).where(eq(rounds.eventId, eventId)).get()
  return round ? listOpenTasksBefore(round, from) : []
}

/** A decision taken in the round, recorded by the coordination. */
export function addDecision(input: { roundId: string; text: string; actorId: string }) {
  return db.transaction(
    (tx) => {
      const round = tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, input.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      const decision = tx.insert(roundDecisions).values({ roundId: round.id, text: input.text }).returning().get()
      recordAudit(tx, { actorId: input.actorId, action: 'round_decision.added', entity: 'round_decision', entityId: decision.id })
      return decision
    },
    { behavior: 'immediate' },
  )
}

export function listDecisions(roundId: string) {
  return db.select().from(roundDecisions).where(eq(roundDecisions.roundId, roundId)).orderBy(asc(roundDecisions.createdAt)).all()
}
