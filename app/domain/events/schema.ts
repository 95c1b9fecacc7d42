/**
 * The event form, shared by conform on the client and the action on the server.
 * Messages are translation keys (events.validation.* or validation.*).
 */
import { z } from 'zod'
import type { EventRecurrence } from '../../../db/schema/events'
import { ACCESSIBILITY_OPTIONS, EVENT_KINDS, EVENT_VISIBILITIES, FOOD_OPTIONS } from '../../../db/schema/values'
import { EVENT_LANGUAGES } from './languages'
import { countOccurrences, MAX_OCCURRENCES } from './recurrence'
import { addDays, berlinInstant } from '~/utils/time'


/**
 * A real calendar date: 2027-02-30 is refused, not rolled over to March. Years 2000–2100 only,
 * so a recurring series (≤ 500 monthly dates) stays inside the observance calendar's range.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (y < 2000 || y > 2100) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const dateField = z
  .string({ error: 'validation.required' })
  .trim()
  .refine(isCalendarDate, 'events.validation.date')

const optionalDate = z.string().trim().refine(isCalendarDate, 'events.validation.date').optional()

const timeField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'events.validation.time')
  .optional()

const optionalText = (max: number) => z.string().trim().max(max, 'validation.too_long').optional()

/** Only web addresses people can open: http(s), nothing else (no javascript:, no mailto:). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

const EXCEPTION_DATES_SPLIT = /[\s,;]+/

export const EventFormSchema = z
  .object({
    title: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(200, 'validation.too_long'),
    description: optionalText(10_000),
    kind: z.enum(EVENT_KINDS, { error: 'validation.required' }),
    organisationId: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required'),
    networkId: z.string().trim().optional(),
    visibility: z.enum(EVENT_VISIBILITIES, { error: 'validation.required' }),
    allDay: z.boolean().optional(),
    startDate: dateField,
    startTime: timeField,
    endDate: dateField,
    endTime: timeField,
    venueName: optionalText(200),
    venueAddress: optionalText(300),
    municipalityId: z.string().trim().optional(),
    onlineUrl: z.string().trim().max(500, 'validation.too_long').refine(isWebUrl, 'events.validation.url').optional(),
    languages: z.array(z.enum(EVENT_LANGUAGES)).optional(),
    interpretation: optionalText(200),
    food: z.array(z.enum(FOOD_OPTIONS)).optional(),
    accessibility: z.array(z.enum(ACCESSIBILITY_OPTIONS)).optional(),
    capacity: z
      .number({ error: 'events.validation.number' })
      .int('events.validation.number')
      .min(1, 'events.validation.capacity_min')
      .max(100_000, 'events.validation.capacity_max')
      .optional(),
    rsvpDeadline: optionalDate,
    contact: optionalText(300),
    frequency: z.enum(['none', 'weekly', 'monthly']).optional(),
    weekOfMonth: z
      .number({ error: 'events.validation.number' })
      .int('events.validation.number')
      .refine((n) => [1, 2, 3, 4, -1].includes(n), 'events.validation.week_of_month')
      .optional(),
    until: optionalDate,
    count: z
      .number({ error: 'events.validation.number' })
      .int('events.validation.number')
      .min(1, 'events.validation.count_min')
      .max(MAX_OCCURRENCES, 'events.validation.too_many_occurrences')
      .optional(),
    exceptionDates: z
      .string()
      .trim()
      .max(5000, 'validation.too_long')
      .refine((text) => text.split(EXCEPTION_DATES_SPLIT).filter(Boolean).every(isCalendarDate), 'events.validation.exception_dates')
      .optional(),
    /** The organiser has seen the observance warnings and saves anyway. */
    confirmConflicts: z.boolean().optional(),
    intent: z.enum(['draft', 'submit']).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.venueName && !value.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['venueName'], message: 'events.validation.place_required' })
    }
    if (value.visibility === 'network' && !value.networkId) {
      ctx.addIssue({ code: 'custom', path: ['networkId'], message: 'events.validation.network_required' })
    }
    if (!value.allDay) {
      if (!value.startTime) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'events.validation.time_required' })
      if (!value.endTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'events.validation.time_required' })
    }
    const times = eventTimes(value)
    if (!times) return
    if (times.endsAt.getTime() <= times.startsAt.getTime()) {
      ctx.addIssue({ code: 'custom', path: [value.allDay || value.endDate < value.startDate ? 'endDate' : 'endTime'], message: 'events.validation.end_before_start' })
      return
    }
    if (value.rsvpDeadline && value.rsvpDeadline > value.endDate) {
      ctx.addIssue({ code: 'custom', path: ['rsvpDeadline'], message: 'events.validation.deadline_after_event' })
    }
    const recurrence = recurrenceOf(value)
    if (recurrence) {
      if (recurrence.until && recurrence.until < value.startDate) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'events.validation.until_before_start' })
        return
      }
      const count = countOccurrences({ ...times, allDay: Boolean(value.allDay), recurrence })
      if (count === 0) ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'events.validation.no_occurrences' })
      if (count > MAX_OCCURRENCES) ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'events.validation.too_many_occurrences' })
    }
  })

export type EventFormValue = z.infer<typeof EventFormSchema>

/** Start and end instants in Europe/Berlin; an all-day event ends at midnight after its last day. */
export function eventTimes(value: Pick<EventFormValue, 'allDay' | 'startDate' | 'startTime' | 'endDate' | 'endTime'>) {
  if (!isCalendarDate(value.startDate) || !isCalendarDate(value.endDate)) return null
  if (value.allDay) return { startsAt: berlinInstant(value.startDate), endsAt: berlinInstant(addDays(value.endDate, 1)) }
  if (!value.startTime || !value.endTime) return null
  return { startsAt: berlinInstant(value.startDate, value.startTime), endsAt: berlinInstant(value.endDate, value.endTime) }
}

export function recurrenceOf(value: Pick<EventFormValue, 'frequency' | 'weekOfMonth' | 'until' | 'count' | 'exceptionDates'>): EventRecurrence | null {
  if (!value.frequency || value.frequency === 'none') return null
  return {
    frequency: value.frequency,
    ...(value.frequency === 'monthly' && value.weekOfMonth ? { weekOfMonth: value.weekOfMonth } : {}),
    ...(value.until ? { until: value.until } : {}),
    ...(value.count ? { count: value.count } : {}),
    exceptionDates: [...new Set((value.exceptionDates ?? '').split(EXCEPTION_DATES_SPLIT).filter(Boolean))].sort(),
  }
}

export const CancelEventSchema = z.object({
  reason: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(1000, 'validation.too_long'),
})

export const SendBackSchema = z.object({
  intent: z.literal('send-back'),
  eventId: z.string().min(1),
  comment: z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(2000, 'validation.too_long'),
})

export const CopyEventSchema = z.object({
  startDate: dateField,
})

export const OccurrenceChangeSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('cancel-occurrence'), originalDate: dateField, reason: optionalText(500) }),
  z.object({
    intent: z.literal('move-occurrence'),
    originalDate: dateField,
    date: dateField,
    startTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'events.validation.time'),
    endTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'events.validation.time'),
  }),
])
