import { z } from 'zod'
import { EVENT_KINDS, ORGANISATION_TRADITIONS } from '../../../db/schema/values'
import { TRADITIONS as OBSERVANCE_TRADITIONS } from '../observances/types'

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/)

/** The filters of the public calendar, also used by /calendar.ics. Unknown query keys are ignored. */
export const FeedFiltersSchema = z.object({
  network: slug.optional(),
  organisation: slug.optional(),
  tradition: z.enum(ORGANISATION_TRADITIONS).optional(),
  /** The id of a Gemeinde (its AGS) or a Samtgemeinde (its slug); a Samtgemeinde includes its members. */
  municipality: slug.optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  lang: z.enum(['de', 'en']).optional(),
})
export type FeedFilters = z.infer<typeof FeedFiltersSchema>

/** /observances.ics: one or more traditions (comma-separated or repeated) and an optional year. */
export const ObservanceFeedSchema = z.object({
  tradition: z.array(z.enum(OBSERVANCE_TRADITIONS)).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  lang: z.enum(['de', 'en']).optional(),
})
export type ObservanceFeedQuery = z.infer<typeof ObservanceFeedSchema>

/**
 * Reads a query string into an object for the schemas: repeated and comma-separated values of
 * `multi` keys become arrays; any other key given twice is a bad request (null).
 */
export function readQuery(params: URLSearchParams, multi: string[] = []): Record<string, unknown> | null {
  const result: Record<string, unknown> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (multi.includes(key)) result[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
    else if (values.length > 1) return null
    else result[key] = values[0]
  }
  return result
}
