import { z } from 'zod'
import { isCommonPassword } from './common-passwords'

/** Error messages are translation keys; the form shows `t(message)` next to the field. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.too_long')

export const EmailSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .max(254, 'validation.too_long')
  .pipe(z.email('validation.email'))
  .transform((email) => email.toLowerCase())

/** At least 12 characters, no composition rules, common passwords refused. */
export const NewPasswordSchema = z
  .string({ error: 'validation.required' })
  .min(12, 'validation.password_too_short')
  .max(200, 'validation.too_long')
  .refine((p) => !isCommonPassword(p), 'validation.password_common')

export const PasswordSignInSchema = z.object({
  intent: z.literal('password'),
  email: EmailSchema,
  password: z.string({ error: 'validation.required' }).max(200, 'validation.too_long'),
  redirectTo: z.string().optional(),
})

export const LinkRequestSchema = z.object({
  intent: z.literal('link'),
  email: EmailSchema,
  redirectTo: z.string().optional(),
})

export const SignInSchema = z.discriminatedUnion('intent', [PasswordSignInSchema, LinkRequestSchema])

export const SetPasswordSchema = z
  .object({
    password: NewPasswordSchema,
    confirm: z.string({ error: 'validation.required' }),
  })
  .refine((v) => v.password === v.confirm, { message: 'validation.password_mismatch', path: ['confirm'] })

export const ChangePasswordSchema = z
  .object({
    intent: z.literal('password'),
    currentPassword: z.string().optional(),
    password: NewPasswordSchema,
    confirm: z.string({ error: 'validation.required' }),
  })
  .refine((v) => v.password === v.confirm, { message: 'validation.password_mismatch', path: ['confirm'] })

export const ProfileSchema = z.object({
  intent: z.literal('profile'),
  name: requiredText(120),
  locale: z.enum(['de', 'en'], { error: 'validation.choice' }),
})

export const InviteUserSchema = z.object({
  email: EmailSchema,
  name: requiredText(120),
  role: z.enum(['admin', 'member'], { error: 'validation.choice' }),
  locale: z.enum(['de', 'en'], { error: 'validation.choice' }),
  organisationId: z.string().max(40).optional(),
  organisationRole: z.enum(['editor', 'member'], { error: 'validation.choice' }).default('member'),
})
