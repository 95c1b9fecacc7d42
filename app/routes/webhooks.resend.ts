import type { ActionFunctionArgs } from '@remix-run/node'
import { handleResendWebhook } from '~/domain/mail/webhook.server'

/** Resend's delivery events (exempt from the Origin check in server.js; the svix signature is the check). */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') return Response.json({ error: 'method_not_allowed' }, { status: 405 })
  const outcome = await handleResendWebhook(await request.text(), request.headers)
  return Response.json({ result: outcome.result }, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } })
}
