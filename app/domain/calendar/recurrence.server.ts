import type { DbOrTx } from '../../../db/client'
import type { IcsRecurrence } from './build-ics.server'

/**
 * The recurrence of events for calendar files: RRULE, excluded occurrences (EXDATE) and moved or
 * changed occurrences (RECURRENCE-ID overrides), by event id. The one seam where the events area's
 * recurrence (rrule strings and occurrence exceptions) plugs into feeds, files and mails.
 * Reads through `tx` so mails built inside a transaction see the same state. Until the events area
 * stores rules, no event recurs.
 */
export function listRecurrences(tx: DbOrTx, eventIds: readonly string[]): Map<string, IcsRecurrence> {
  void tx
  void eventIds
  return new Map()
}
