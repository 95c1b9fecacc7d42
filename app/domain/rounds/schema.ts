import { z } from 'zod'
import { MAX_CANDIDATES } from './candidates'

export const SeriesSchema = z.object({
  title: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(200, 'validation.too_long'),
  cadenceHint: z.string().trim().max(200, 'validation.too_long').optional().default(''),
  defaultLengthMinutes: z
    .string({ error: 'validation.required' })
    .trim()
    .regex(/^\d{1,4}$/, 'errors.rounds.length_invalid')
    .transform(Number)
    .refine((minutes) => minutes >= 15 && minutes <= 720, 'errors.rounds.length_invalid'),
  format: z.enum(['host', 'team'], { error: 'validation.required' }),
  /** One select per position; conform turns empty selects into undefined. */
  hostOrder: z
    .array(z.string().optional())
    .optional()
    .default([])
    .transform((ids) => ids.filter((id): id is string => Boolean(id))),
})

export const RoundSchema = z.object({
  seriesId: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
  hostOrganisationId: z.string().optional(),
})

export const PollSchema = z.object({
  roundId: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
  /** One per line: YYYY-MM-DD HH:MM (Europe/Berlin). Checked in depth by parseCandidateLines. */
  candidates: z.string({ error: 'errors.rounds.no_candidates' }).trim().min(1, 'errors.rounds.no_candidates'),
  deadlineDate: z.string({ error: 'validation.required' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.rounds.deadline_invalid'),
})

export { MAX_CANDIDATES }

export const TOPIC_DESCRIPTION_MAX = 500

/** A member's agenda proposal: title, short description (≤ 500), proposing organisation. */
export const TopicSchema = z.object({
  title: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(200, 'validation.too_long'),
  description: z.string().trim().max(TOPIC_DESCRIPTION_MAX, 'errors.rounds.description_too_long').optional().default(''),
  organisationId: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
})

/** The proposal cut-off as a Berlin date and time; both empty = no cut-off. */
export const CutoffSchema = z
  .object({
    cutoffDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.rounds.cutoff_invalid').optional(),
    cutoffTime: z.string().regex(/^\d{2}:\d{2}$/, 'errors.rounds.cutoff_invalid').optional(),
  })
  .refine((v) => !v.cutoffTime || v.cutoffDate, { path: ['cutoffDate'], message: 'errors.rounds.cutoff_invalid' })

export const MINUTES_MAX = 20_000

export const MinutesSchema = z.object({
  body: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(MINUTES_MAX, 'validation.too_long'),
})

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const utc = new Date(Date.UTC(y, m - 1, d))
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d
}

/** A follow-up task: what, who, and optionally by when (a Berlin date). */
export const TaskSchema = z.object({
  what: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(300, 'validation.too_long'),
  who: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(200, 'validation.too_long'),
  dueOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.rounds.due_invalid')
    .refine(isRealDate, 'errors.rounds.due_invalid')
    .optional(),
})

export const DecisionSchema = z.object({
  text: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(1000, 'validation.too_long'),
})

export const STATEMENT_MAX = 20_000

/** A joint statement: a title and a text in the safe Markdown subset, optionally linked to a round. */
export const StatementSchema = z.object({
  title: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(200, 'validation.too_long'),
  body: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(STATEMENT_MAX, 'validation.too_long'),
  roundId: z.string().optional(),
})
