/**
 * Candidate dates of a date poll: parsing the coordinator's lines, checking them, and flagging
 * each against the intercultural calendar. Pure: "now" is always passed in.
 */
import { listObservanceConflicts, type Conflict } from '../observances'
import { berlinInstant } from '~/utils/time'

export const MAX_CANDIDATES = 20

export type CandidateInput = { startsAt: Date; endsAt: Date }

export type CandidateError = 'no_candidates' | 'too_many_candidates' | 'candidate_format' | 'candidate_past' | 'candidate_duplicate'

export type CandidateCheck =
  | { ok: true; candidates: CandidateInput[] }
  | { ok: false; error: CandidateError }

const LINE = /^(\d{4}-\d{2}-\d{2})[ T]+(\d{2}:\d{2})$/

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const utc = new Date(Date.UTC(y, m - 1, d))
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d
}

/** One candidate per line, "YYYY-MM-DD HH:MM" in Europe/Berlin; blank lines are ignored. */
export function parseCandidateLines(text: string, lengthMinutes: number, now: Date): CandidateCheck {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length === 0) return { ok: false, error: 'no_candidates' }
  if (lines.length > MAX_CANDIDATES) return { ok: false, error: 'too_many_candidates' }
  const candidates: CandidateInput[] = []
  for (const line of lines) {
    const match = LINE.exec(line)
    if (!match || !isRealDate(match[1]!)) return { ok: false, error: 'candidate_format' }
    const [hh, mm] = match[2]!.split(':').map(Number) as [number, number]
    if (hh > 23 || mm > 59) return { ok: false, error: 'candidate_format' }
    const startsAt = berlinInstant(match[1]!, match[2]!)
    candidates.push({ startsAt, endsAt: new Date(startsAt.getTime() + lengthMinutes * 60_000) })
  }
  return checkCandidates(candidates, now)
}

/** The rules for a poll's candidates, whatever their source. */
export function checkCandidates(candidates: CandidateInput[], now: Date): CandidateCheck {
  if (candidates.length === 0) return { ok: false, error: 'no_candidates' }
  if (candidates.length > MAX_CANDIDATES) return { ok: false, error: 'too_many_candidates' }
  if (candidates.some((c) => c.startsAt.getTime() <= now.getTime())) return { ok: false, error: 'candidate_past' }
  const starts = new Set(candidates.map((c) => c.startsAt.getTime()))
  if (starts.size !== candidates.length) return { ok: false, error: 'candidate_duplicate' }
  return { ok: true, candidates: [...candidates].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) }
}

export type CandidateFlags = {
  /** Religious observances and public holidays the candidate touches, high importance first. */
  conflicts: Conflict[]
  /** At least one of them is of high importance (shown prominently). */
  high: boolean
  /** The candidate falls in Niedersachsen school holidays. */
  schoolHoliday: boolean
  /** What the ranking's tie-break counts. */
  conflictCount: number
}

/** The calendar flags of one candidate. Independent of the current time. */
export function flagCandidate(candidate: CandidateInput): CandidateFlags {
  const all = listObservanceConflicts({ start: candidate.startsAt, end: candidate.endsAt })
  const schoolHoliday = all.some((c) => c.observance.tradition === 'school-holiday')
  const conflicts = all.filter((c) => c.observance.tradition !== 'school-holiday')
  return {
    conflicts,
    high: conflicts.some((c) => c.observance.importance === 'high'),
    schoolHoliday,
    conflictCount: conflicts.length + (schoolHoliday ? 1 : 0),
  }
}
