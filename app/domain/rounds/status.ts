import type { RoundStatus } from '../../../db/schema/rounds'

/**
 * A round is held once its event has ended. The stored status says "scheduled"; the held status is
 * derived whenever a round is read, so it is right to the minute without a job. A cancelled event
 * does not make a round held. Pure and isomorphic.
 */
export function roundStatusAt(
  round: { status: RoundStatus },
  event: { endsAt: Date | null; status: string | null } | null,
  now: Date,
): RoundStatus {
  if (round.status !== 'scheduled' || !event?.endsAt || event.status === 'cancelled') return round.status
  return event.endsAt.getTime() <= now.getTime() ? 'held' : round.status
}
