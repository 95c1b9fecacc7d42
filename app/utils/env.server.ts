import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Without it: http://localhost:PORT */
  APP_URL: z.url().optional(),
  DATABASE_PATH: z.string().min(1).default('./data/dialognetz.db'),
  MAIL_FROM: z.string().min(3).default('Dialognetz Landkreis Osnabrück <dialognetz@landkreis-osnabrueck.example>'),
  MAIL_REPLY_TO: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url().optional(),
  /** Requests per second to Resend (Resend's default limit is 2). */
  RESEND_RATE: z.coerce.number().positive().max(100).default(2),
  /** A request to Resend that takes longer is abandoned and retried later with the same idempotency key. */
  RESEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** The signing secret of the Resend webhook (whsec_…); without it /webhooks/resend refuses every call. */
  RESEND_WEBHOOK_SECRET: z.string().optional(),
  /** Run the scheduled jobs in the server process: digests (Monday 07:00 / the 1st, Europe/Berlin), directory confirmation requests, RSVP jobs. */
  JOBS: z.enum(['true', 'false']).default('true'),
  /** How often organisations are asked to confirm their directory entry. */
  DIRECTORY_CONFIRMATION_INTERVAL_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Days after an event when answers' needs (special-category data) are deleted. */
  NEEDS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Sign-in attempts allowed per minute, per IP address and per account; the 11th gets 429. */
  SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Seed the demo district into an empty database at start. */
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Run the mail worker in the server process. */
  MAIL_WORKER: z.enum(['true', 'false']).default('true'),
})

export type Env = z.infer<typeof EnvSchema> & { APP_URL: string }

let cached: Env | undefined

/** The environment, checked once. Every variable has a default that makes the demo run. */
export function getEnv(): Env {
  if (cached) return cached
  const parsed = EnvSchema.safeParse(process.env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment:\n${problems}`)
  }
  cached = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}` }
  return cached
}

export const isProduction = () => getEnv().NODE_ENV === 'production'
export const appOrigin = () => new URL(getEnv().APP_URL).origin
