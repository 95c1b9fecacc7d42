/**
 * Small helper shared by the per-family files to build observances uniformly.
 */
import { yearOf } from './dates'
import type { Importance, IsoDate, LocalizedText, Observance, Tradition } from './types'

export interface ObservanceSpec {
  tradition: Tradition
  key: string
  name: LocalizedText
  start: IsoDate
  /** Defaults to `start`. */
  end?: IsoDate
  importance: Importance
  note: LocalizedText
  beginsPreviousEvening?: boolean
  uncertaintyDays?: number
  timeOfDay?: Observance['timeOfDay']
  /** Defaults to the year of `start`; weekly observances pass the full date. */
  idSuffix?: string
}

export function observance(spec: ObservanceSpec): Observance {
  const end = spec.end ?? spec.start
  if (end < spec.start) {
    throw new RangeError(`${spec.tradition}/${spec.key}: end ${end} before start ${spec.start}`)
  }
  const result: Observance = {
    id: `${spec.tradition}-${spec.key}-${spec.idSuffix ?? String(yearOf(spec.start))}`,
    tradition: spec.tradition,
    key: spec.key,
    name: spec.name,
    start: spec.start,
    end,
    beginsPreviousEvening: spec.beginsPreviousEvening ?? false,
    uncertaintyDays: spec.uncertaintyDays ?? 0,
    importance: spec.importance,
    note: spec.note,
  }
  if (spec.timeOfDay) result.timeOfDay = spec.timeOfDay
  return result
}

/** Keeps ids unique when the same observance occurs twice in one Gregorian year. */
export function disambiguateIds(observances: Observance[]): Observance[] {
  const seen = new Map<string, number>()
  return observances.map((o) => {
    const count = (seen.get(o.id) ?? 0) + 1
    seen.set(o.id, count)
    return count === 1 ? o : { ...o, id: `${o.id}-${count}` }
  })
}
