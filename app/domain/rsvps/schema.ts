import { z } from 'zod'
import { EmailSchema, requiredText } from '~/domain/auth/schema'

export const ANSWERS = ['yes', 'maybe', 'no'] as const
export const FOOD_FIELDS = ['halal', 'kosher', 'vegetarian', 'vegan', 'noAlcohol'] as const
export const ACCESS_VALUES = ['stepFree', 'hearingLoop', 'signLanguage', 'quietRoom', 'prayerRoom'] as const
export const DEFAULT_MAX_PARTY_SIZE = 10
export const NOTE_MAX = 500

const foodCount = z
  .number({ error: 'rsvps.validation.food_count' })
  .int('rsvps.validation.food_count')
  .min(0, 'rsvps.validation.food_count')
  .max(DEFAULT_MAX_PARTY_SIZE, 'rsvps.validation.food_count')
  .optional()

/**
 * The answer form, shared by the invitee page, the member page and the public form.
 * `maxPartySize` is the organiser's limit (1–10); error messages are translation keys.
 * One schema per limit, built once: building it, and conform's coercing copy (cached per schema object),
 * cost more than the rest of an answer.
 */
export function answerSchema(maxPartySize = DEFAULT_MAX_PARTY_SIZE) {
  let schema = answerSchemas.get(maxPartySize)
  if (!schema) {
    schema = buildAnswerSchema(maxPartySize)
    answerSchemas.set(maxPartySize, schema)
  }
  return schema
}

function buildAnswerSchema(maxPartySize: number) {
  return z
    .object({
      answer: z.enum(ANSWERS, { error: 'rsvps.validation.answer' }),
      partySize: z
        .number({ error: 'rsvps.validation.party_size' })
        .int('rsvps.validation.party_size')
        .min(1, 'rsvps.validation.party_size')
        .max(Math.min(maxPartySize, DEFAULT_MAX_PARTY_SIZE), 'rsvps.validation.party_size_max')
        .default(1),
      halal: foodCount,
      kosher: foodCount,
      vegetarian: foodCount,
      vegan: foodCount,
      noAlcohol: foodCount,
      access: z.array(z.enum(ACCESS_VALUES, { error: 'rsvps.validation.unknown_need' })).default([]),
      interpretation: z.string().trim().max(60, 'rsvps.validation.language_too_long').optional(),
      note: z.string().trim().max(NOTE_MAX, 'rsvps.validation.note_too_long').optional(),
    })
    .superRefine((value, ctx) => {
      for (const field of FOOD_FIELDS) {
        if ((value[field] ?? 0) > value.partySize) {
          ctx.addIssue({ code: 'custom', message: 'rsvps.validation.food_more_than_party', path: [field] })
        }
      }
    })
}

const answerSchemas = new Map<number, ReturnType<typeof buildAnswerSchema>>()

/** The public form adds name, address and a honeypot field that people never see (one schema per limit, as above). */
export function publicAnswerSchema(maxPartySize = DEFAULT_MAX_PARTY_SIZE) {
  let schema = publicAnswerSchemas.get(maxPartySize)
  if (!schema) {
    schema = buildPublicAnswerSchema(maxPartySize)
    publicAnswerSchemas.set(maxPartySize, schema)
  }
  return schema
}

const publicAnswerSchemas = new Map<number, ReturnType<typeof buildPublicAnswerSchema>>()
function buildPublicAnswerSchema(maxPartySize: number) {
  return answerSchema(maxPartySize).and(z.object({ name: requiredText(120), email: EmailSchema, website: z.string().max(200).optional() }))
}

export const SettingsSchema = z.object({
  intent: z.literal('settings'),
  capacity: z.number({ error: 'rsvps.validation.capacity' }).int('rsvps.validation.capacity').min(1, 'rsvps.validation.capacity').max(100_000, 'rsvps.validation.capacity').optional(),
  maxPartySize: z
    .number({ error: 'rsvps.validation.party_size' })
    .int('rsvps.validation.party_size')
    .min(1, 'rsvps.validation.party_size')
    .max(DEFAULT_MAX_PARTY_SIZE, 'rsvps.validation.party_size_max'),
  waitlistMode: z.enum(['auto', 'offer'], { error: 'rsvps.validation.choice' }),
  offerHours: z.number({ error: 'rsvps.validation.offer_hours' }).int('rsvps.validation.offer_hours').min(1, 'rsvps.validation.offer_hours').max(168, 'rsvps.validation.offer_hours'),
  reminderDaysBefore: z.number({ error: 'rsvps.validation.reminder_days' }).int('rsvps.validation.reminder_days').min(0, 'rsvps.validation.reminder_days').max(14, 'rsvps.validation.reminder_days'),
})

/** The organiser adds someone (also after the deadline, e.g. at the door or by phone). */
export const AddPersonSchema = z.object({
  intent: z.literal('add'),
  name: requiredText(120),
  email: EmailSchema,
  partySize: z
    .number({ error: 'rsvps.validation.party_size' })
    .int('rsvps.validation.party_size')
    .min(1, 'rsvps.validation.party_size')
    .max(DEFAULT_MAX_PARTY_SIZE, 'rsvps.validation.party_size_max'),
})
