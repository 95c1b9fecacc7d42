/** The matrix and ranking of a date poll. Pure. */
import type { PollAnswer } from '../../../db/schema/rounds'

export const ANSWER_POINTS: Record<PollAnswer, number> = { yes: 2, 'if-need-be': 1, no: 0 }

export type RankableCandidate = { id: string; startsAt: Date; conflictCount: number }
export type RankableAnswer = { participantId: string; candidateId: string; answer: PollAnswer }

export type RankedCandidate = {
  candidateId: string
  score: number
  yes: number
  ifNeedBe: number
  no: number
  conflictCount: number
  /** 1-based; candidates with the same score and conflict count share a place. */
  place: number
}

/**
 * yes = 2, if need be = 1, no = 0; higher score first; on a tie the candidate with fewer
 * calendar conflicts wins; then the earlier date.
 */
export function rankCandidates(candidates: RankableCandidate[], answers: RankableAnswer[]): RankedCandidate[] {
  const rows = candidates.map((candidate) => {
    const own = answers.filter((a) => a.candidateId === candidate.id)
    const count = (answer: PollAnswer) => own.filter((a) => a.answer === answer).length
    return {
      candidateId: candidate.id,
      startsAt: candidate.startsAt.getTime(),
      score: own.reduce((sum, a) => sum + ANSWER_POINTS[a.answer], 0),
      yes: count('yes'),
      ifNeedBe: count('if-need-be'),
      no: count('no'),
      conflictCount: candidate.conflictCount,
      place: 0,
    }
  })
  rows.sort((a, b) => b.score - a.score || a.conflictCount - b.conflictCount || a.startsAt - b.startsAt)
  rows.forEach((row, index) => {
    const before = rows[index - 1]
    row.place = before && before.score === row.score && before.conflictCount === row.conflictCount ? before.place : index + 1
  })
  return rows.map(({ startsAt: _startsAt, ...row }) => row)
}

/** participantId → candidateId → answer (missing when not answered). */
export function answerMatrix(answers: RankableAnswer[]): Record<string, Record<string, PollAnswer>> {
  const matrix: Record<string, Record<string, PollAnswer>> = {}
  for (const a of answers) (matrix[a.participantId] ??= {})[a.candidateId] = a.answer
  return matrix
}
