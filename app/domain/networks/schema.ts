import { z } from 'zod'
import { NETWORK_MEMBERSHIP_ROLES, NETWORK_SCOPES } from '../../../db/schema/values'
import { EmailSchema, requiredText } from '../auth/schema'

export const NetworkSchema = z.object({
  name: requiredText(160),
  scope: z.enum(NETWORK_SCOPES, { error: 'validation.choice' }),
  description: z
    .string()
    .trim()
    .max(2000, 'validation.too_long')
    .optional()
    .transform((value) => value ?? ''),
  districtRole: z
    .string()
    .trim()
    .max(300, 'validation.too_long')
    .optional()
    .transform((value) => value ?? ''),
})

/** YYYY-MM-DD that is a real calendar date. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'validation.date')

export const MembershipSchema = z.object({
  intent: z.literal('add-member'),
  organisationId: requiredText(40),
  role: z.enum(NETWORK_MEMBERSHIP_ROLES, { error: 'validation.choice' }),
  since: IsoDate.optional().transform((value) => value ?? null),
})

export const CoordinatorSchema = z.object({
  intent: z.literal('appoint'),
  email: EmailSchema,
})
