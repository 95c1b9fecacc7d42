import { z } from 'zod'

export const FREQUENCIES = ['immediate', 'weekly', 'monthly', 'none'] as const
export const DIGEST_LOCALES = ['de', 'en'] as const
/** The version of the consent text on /subscribe; stored with each subscription. Raise it when the text changes. */
export const CONSENT_VERSION = '2026-11-v1'

const frequency = z.enum(FREQUENCIES, { message: 'validation.choice' })

/** Preferences: `network.<id>` fields with a frequency each, and the mail language. */
export const PreferencesSchema = z.object({
  locale: z.enum(DIGEST_LOCALES, { message: 'validation.choice' }).optional(),
  networks: z.record(z.string().max(40), frequency).default({}),
})

export const SubscribeSchema = z.object({
  email: z
    .string({ message: 'validation.required' })
    .trim()
    .max(254, 'validation.too_long')
    .pipe(z.email({ message: 'validation.email' })),
  period: z.enum(['weekly', 'monthly'], { message: 'validation.choice' }).default('weekly'),
  locale: z.enum(DIGEST_LOCALES, { message: 'validation.choice' }).default('de'),
  traditions: z.array(z.string().max(40)).max(20).default([]),
  municipalityIds: z.array(z.string().max(20)).max(100).default([]),
  consent: z.literal('on', { message: 'mail.subscribe.consent_required' }),
})
