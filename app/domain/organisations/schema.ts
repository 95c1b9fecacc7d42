import { z } from 'zod'
import { ORGANISATION_KINDS, ORGANISATION_TRADITIONS } from '../../../db/schema/values'
import { EmailSchema, requiredText } from '../auth/schema'

export const ACCESSIBILITY_FEATURES = ['step-free', 'accessible-toilet', 'hearing-loop', 'prayer-room', 'quiet-room', 'parking'] as const

/** An optional text: empty becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.too_long')
    .optional()
    .transform((value) => (value ? value : null))

/** Only http(s) addresses; `javascript:`, `data:` and the like are refused. */
export const WebsiteSchema = z
  .string()
  .trim()
  .max(300, 'validation.too_long')
  .refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
    } catch {
      return false
    }
  }, 'validation.website')
  .optional()
  .transform((value) => value ?? null)

const LanguagesSchema = z
  .string()
  .max(200, 'validation.too_long')
  .optional()
  .transform((value) =>
    [...new Set((value ?? '').split(/[\s,;]+/).map((code) => code.trim().toLowerCase()).filter(Boolean))],
  )
  .refine((codes) => codes.every((code) => /^[a-z]{2,3}$/.test(code)), 'validation.languages')
  .refine((codes) => codes.length <= 12, 'validation.too_long')

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choice' })

/** The public profile an editor (or an applicant) fills in. The municipality is checked against the database by the mutation. */
export const OrganisationProfileSchema = z.object({
  name: requiredText(160),
  kind: choice(ORGANISATION_KINDS),
  tradition: choice(ORGANISATION_TRADITIONS)
    .optional()
    .transform((value) => value ?? null),
  municipalityId: optionalText(40),
  street: optionalText(160),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'validation.postal_code')
    .optional()
    .transform((value) => value ?? null),
  city: optionalText(100),
  website: WebsiteSchema,
  languages: LanguagesSchema,
  accessibility: z.array(choice(ACCESSIBILITY_FEATURES)).max(ACCESSIBILITY_FEATURES.length).optional().default([]),
  accessibilityNotes: optionalText(500),
  contactName: optionalText(120),
  contactEmail: EmailSchema.optional().transform((value) => value ?? null),
  contactPhone: z
    .string()
    .trim()
    .max(40, 'validation.too_long')
    .regex(/^[+0-9 ()/-]*$/, 'validation.phone')
    .optional()
    .transform((value) => value ?? null),
  description: z
    .string()
    .trim()
    .max(2000, 'validation.too_long')
    .optional()
    .transform((value) => value ?? ''),
})

export type OrganisationProfileInput = z.output<typeof OrganisationProfileSchema>

/** The public application form: the profile, the applicant, and a honeypot that people leave empty. */
export const ApplicationSchema = OrganisationProfileSchema.extend({
  applicantName: requiredText(120),
  applicantEmail: EmailSchema,
})

/** The honeypot: a field people never see and leave empty; bots fill it. */
export const HONEYPOT_FIELD = 'homepage_url'

export const RejectSchema = z.object({
  intent: z.literal('reject'),
  changeId: z.string().max(40),
  reason: requiredText(1000),
})

export const ApproveSchema = z.object({
  intent: z.literal('approve'),
  changeId: z.string().max(40),
})

/** Query parameters of /organisations; anything unexpected is ignored. */
export const DirectoryFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  tradition: z.enum(ORGANISATION_TRADITIONS).optional().catch(undefined),
  kind: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  municipality: z.string().max(40).optional().catch(undefined),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .catch(undefined),
  network: z.string().max(120).optional().catch(undefined),
})

/** The office invites a person to an organisation (new people get the foundation's invitation). */
export const InvitePersonSchema = z.object({
  intent: z.literal('invite'),
  email: EmailSchema,
  name: requiredText(120),
  role: z.enum(['editor', 'member'], { error: 'validation.choice' }),
  locale: z.enum(['de', 'en'], { error: 'validation.choice' }),
})
