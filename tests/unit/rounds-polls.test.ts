import { expect, test } from 'vitest'
import { flagCandidate, parseCandidateLines, MAX_CANDIDATES } from '~/domain/rounds/candidates'
import { suggestNextHost } from '~/domain/rounds/hosts'
import { answerMatrix, rankCandidates } from '~/domain/rounds/ranking'
import { berlinInstant } from '~/utils/time'

const at = (date: string, time = '18:00') => {
  const startsAt = berlinInstant(date, time)
  return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000) }
}

test('a candidate on Yom Kippur 2026 is flagged with a high-importance conflict, even though the date is long past', () => {
  const flags = flagCandidate(at('2026-09-21', '10:00'))
  expect(flags.conflicts.map((c) => c.observance.key)).toContain('yom-kippur')
  expect(flags.high).toBe(true)
})

test('a candidate on Eid al-Fitr 2026 is flagged with a high-importance conflict', () => {
  const flags = flagCandidate(at('2026-03-20', '15:00'))
  expect(flags.conflicts.some((c) => c.observance.tradition === 'islamic' && c.observance.importance === 'high')).toBe(true)
  expect(flags.high).toBe(true)
})

test('a candidate in the Niedersachsen autumn holidays carries the school-holiday flag, one outside does not', () => {
  expect(flagCandidate(at('2026-10-14')).schoolHoliday).toBe(true)
  expect(flagCandidate(at('2026-11-25')).schoolHoliday).toBe(false)
})

test('an ordinary Wednesday evening has no conflict at all', () => {
  const flags = flagCandidate(at('2026-11-25'))
  expect(flags).toEqual({ conflicts: [], high: false, schoolHoliday: false, conflictCount: 0 })
})

test('the ranking counts yes as two points and if-need-be as one', () => {
  const candidates = [
    { id: 'a', startsAt: berlinInstant('2027-01-13', '18:00'), conflictCount: 0 },
    { id: 'b', startsAt: berlinInstant('2027-01-14', '18:00'), conflictCount: 0 },
  ]
  const ranking = rankCandidates(candidates, [
    { participantId: 'p1', candidateId: 'a', answer: 'if-need-be' },
    { participantId: 'p2', candidateId: 'a', answer: 'if-need-be' },
    { participantId: 'p3', candidateId: 'a', answer: 'if-need-be' },
    { participantId: 'p1', candidateId: 'b', answer: 'yes' },
    { participantId: 'p2', candidateId: 'b', answer: 'no' },
    { participantId: 'p3', candidateId: 'b', answer: 'no' },
  ])
  expect(ranking.map((r) => [r.candidateId, r.score, r.yes, r.ifNeedBe, r.no])).toEqual([
    ['a', 3, 0, 3, 0],
    ['b', 2, 1, 0, 2],
  ])
})

test('on equal points the candidate with fewer calendar conflicts ranks first, even when it is later', () => {
  const candidates = [
    { id: 'early-with-conflicts', startsAt: berlinInstant('2027-01-13', '18:00'), conflictCount: 2 },
    { id: 'late-without', startsAt: berlinInstant('2027-01-20', '18:00'), conflictCount: 0 },
  ]
  const answers = [
    { participantId: 'p1', candidateId: 'early-with-conflicts', answer: 'yes' as const },
    { participantId: 'p1', candidateId: 'late-without', answer: 'yes' as const },
  ]
  const ranking = rankCandidates(candidates, answers)
  expect(ranking.map((r) => [r.candidateId, r.place])).toEqual([
    ['late-without', 1],
    ['early-with-conflicts', 2],
  ])
})

test('candidates with equal points and equal conflicts share a place, the earlier listed first', () => {
  const candidates = [
    { id: 'later', startsAt: berlinInstant('2027-01-20', '18:00'), conflictCount: 1 },
    { id: 'earlier', startsAt: berlinInstant('2027-01-13', '18:00'), conflictCount: 1 },
  ]
  const ranking = rankCandidates(candidates, [])
  expect(ranking.map((r) => [r.candidateId, r.place, r.score])).toEqual([
    ['earlier', 1, 0],
    ['later', 1, 0],
  ])
})

test('the matrix maps each participant to their answer per candidate', () => {
  expect(answerMatrix([{ participantId: 'p', candidateId: 'c', answer: 'no' }])).toEqual({ p: { c: 'no' } })
})

const now = berlinInstant('2026-11-26', '12:00')

test('candidate lines are read as Berlin wall-clock times and sorted', () => {
  const result = parseCandidateLines('2027-03-30 18:00\n\n2027-01-14 19:30\n', 120, now)
  expect(result).toEqual({
    ok: true,
    candidates: [
      { startsAt: berlinInstant('2027-01-14', '19:30'), endsAt: new Date(berlinInstant('2027-01-14', '19:30').getTime() + 120 * 60_000) },
      { startsAt: berlinInstant('2027-03-30', '18:00'), endsAt: new Date(berlinInstant('2027-03-30', '18:00').getTime() + 120 * 60_000) },
    ],
  })
  // 30 March 2027 is summer time: 18:00 in Berlin is 16:00 UTC
  expect(berlinInstant('2027-03-30', '18:00').toISOString()).toBe('2027-03-30T16:00:00.000Z')
})

test('bad candidate lists are refused with a reason', () => {
  expect(parseCandidateLines('  \n ', 120, now)).toEqual({ ok: false, error: 'no_candidates' })
  expect(parseCandidateLines('2026-11-20 18:00', 120, now)).toEqual({ ok: false, error: 'candidate_past' })
  expect(parseCandidateLines('2027-01-14 18:00\n2027-01-14 18:00', 120, now)).toEqual({ ok: false, error: 'candidate_duplicate' })
  expect(parseCandidateLines('14.01.2027 18:00', 120, now)).toEqual({ ok: false, error: 'candidate_format' })
  expect(parseCandidateLines('2027-02-30 18:00', 120, now)).toEqual({ ok: false, error: 'candidate_format' })
  expect(parseCandidateLines('2027-01-14 25:00', 120, now)).toEqual({ ok: false, error: 'candidate_format' })
  const many = Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')} 18:00`).join('\n')
  expect(parseCandidateLines(many, 120, now)).toEqual({ ok: false, error: 'too_many_candidates' })
  const twenty = Array.from({ length: MAX_CANDIDATES }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')} 18:00`).join('\n')
  expect(parseCandidateLines(twenty, 120, now).ok).toBe(true)
})

test('the next host follows the host order after the last host, wraps around, and can be skipped', () => {
  expect(suggestNextHost(['a', 'b', 'c'], null)).toBe('a')
  expect(suggestNextHost(['a', 'b', 'c'], 'b')).toBe('c')
  expect(suggestNextHost(['a', 'b', 'c'], 'c')).toBe('a')
  expect(suggestNextHost(['a', 'b', 'c'], 'a', 1)).toBe('c')
  expect(suggestNextHost([], 'a')).toBe(null)
})
