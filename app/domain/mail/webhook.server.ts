import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { outbox, webhookEvents } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { suppressAddress } from './suppressions.server'

const HANDLED = ['email.delivered', 'email.bounced', 'email.complained', 'email.delivery_delayed'] as const

const ResendEventSchema = z.object({
  type: z.enum(HANDLED),
  created_at: z.string().optional(),
  data: z.object({
    email_id: z.string().min(1),
    to: z.union([z.array(z.string()), z.string()]).optional(),
    bounce: z.object({ type: z.string().optional(), message: z.string().optional() }).passthrough().optional(),
  }).passthrough(),
})

export type WebhookOutcome =
  | { status: 200; result: 'handled' | 'duplicate' }
  | { status: 400; result: 'not_configured' | 'bad_signature' | 'malformed' | 'unknown_type' }

/**
 * POST /webhooks/resend: the svix signature over the raw body (which also rejects timestamps more than
 * five minutes off), then one handling per svix-id. Anything wrong changes nothing.
 */
export async function handleResendWebhook(rawBody: string, headers: Headers, now = Date.now()): Promise<WebhookOutcome> {
  const secret = getEnv().RESEND_WEBHOOK_SECRET
  if (!secret) return { status: 400, result: 'not_configured' }
  // Loaded on first use: svix is large and only this route needs it (it costs the server start ~0.2 s).
  const { Webhook, WebhookVerificationError } = await import('svix')
  let payload: unknown
  try {
    payload = new Webhook(secret).verify(rawBody, {
      'svix-id': headers.get('svix-id') ?? '',
      'svix-timestamp': headers.get('svix-timestamp') ?? '',
      'svix-signature': headers.get('svix-signature') ?? '',
    })
  } catch (error) {
    return { status: 400, result: error instanceof WebhookVerificationError ? 'bad_signature' : 'malformed' }
  }
  const type = (payload as { type?: unknown } | null)?.type
  if (typeof type === 'string' && !(HANDLED as readonly string[]).includes(type)) return { status: 400, result: 'unknown_type' }
  const parsed = ResendEventSchema.safeParse(payload)
  if (!parsed.success) return { status: 400, result: 'malformed' }
  const event = parsed.data
  const svixId = headers.get('svix-id')!
  return db.transaction(
    (tx) => {
      const inserted = tx.insert(webhookEvents).values({ id: svixId, type: event.type, receivedAt: new Date(now) }).onConflictDoNothing().run()
      if (inserted.changes === 0) return { status: 200 as const, result: 'duplicate' as const }
      const message = tx.select().from(outbox).where(eq(outbox.providerId, event.data.email_id)).get()
      const recipients = [
        ...(Array.isArray(event.data.to) ? event.data.to : event.data.to ? [event.data.to] : []),
        ...(message ? [message.toEmail] : []),
      ]
      const providerEvent = event.type.slice('email.'.length)
      if (message) tx.update(outbox).set({ providerEvent, providerEventAt: new Date(now) }).where(eq(outbox.id, message.id)).run()
      if (event.type === 'email.bounced' || event.type === 'email.complained') {
        const reason = event.type === 'email.bounced' ? 'bounced' : 'complained'
        const detail = event.data.bounce?.message ?? null
        for (const email of new Set(recipients.map((r) => r.trim().toLowerCase()))) suppressAddress(tx, { email, reason, detail })
      }
      return { status: 200 as const, result: 'handled' as const }
    },
    { behavior: 'immediate' },
  )
}
