import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import { digestSubscriptions, municipalities, ORGANISATION_TRADITIONS } from '../../../db/schema'
import { generateToken, hashToken, isWellFormedToken } from '~/domain/auth/tokens.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { CONSENT_VERSION } from './schema'

export const CONFIRM_DAYS = 7

/**
 * Step one of the double opt-in: store the wish and send a confirmation link (no news in it).
 * An address that is already subscribed and confirmed is left alone; the answer looks the same either way.
 */
export function requestSubscription(
  input: { email: string; locale: Locale; period: 'weekly' | 'monthly'; traditions: string[]; municipalityIds: string[] },
  now = Date.now(),
): { sent: boolean } {
  const email = input.email.trim().toLowerCase()
  const traditions = input.traditions.filter((t) => (ORGANISATION_TRADITIONS as readonly string[]).includes(t))
  const knownMunicipalities = new Set(db.select({ id: municipalities.id }).from(municipalities).all().map((m) => m.id))
  const municipalityIds = input.municipalityIds.filter((id) => knownMunicipalities.has(id))
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(digestSubscriptions).where(sql`lower(${digestSubscriptions.email}) = ${email}`).get()
      if (existing?.confirmedAt && !existing.unsubscribedAt) return { sent: false }
      const token = generateToken()
      const values = {
        email,
        locale: input.locale,
        period: input.period,
        traditions,
        municipalityIds,
        consentVersion: CONSENT_VERSION,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(now + CONFIRM_DAYS * 24 * 60 * 60_000),
        confirmedAt: null,
        unsubscribedAt: null,
      }
      if (existing) tx.update(digestSubscriptions).set(values).where(eq(digestSubscriptions.id, existing.id)).run()
      else tx.insert(digestSubscriptions).values(values).run()
      enqueueEmail(tx, {
        template: 'subscription-confirm',
        to: email,
        locale: input.locale,
        props: { url: absoluteUrl(`/subscribe/confirm/${token}`), days: CONFIRM_DAYS, locale: input.locale },
      })
      return { sent: true }
    },
    { behavior: 'immediate' },
  )
}

function pendingByToken(token: string, now: number) {
  if (!isWellFormedToken(token)) throw new DomainError('mail.token_unknown', 404)
  const row = db.select().from(digestSubscriptions).where(eq(digestSubscriptions.confirmTokenHash, hashToken(token))).get()
  if (!row) throw new DomainError('mail.token_unknown', 404)
  if (!row.confirmedAt && (!row.confirmExpiresAt || row.confirmExpiresAt.getTime() < now)) throw new DomainError('mail.link_expired', 410)
  return row
}

export function inspectConfirmation(token: string, now = Date.now()) {
  const row = pendingByToken(token, now)
  return { email: row.email, confirmed: Boolean(row.confirmedAt) }
}

/**
 * Step two: the button on the confirmation page stores the time of consent. Pressing it again changes
 * nothing; a new request for the address replaces the token.
 */
export function confirmSubscription(token: string, now = Date.now()) {
  const row = pendingByToken(token, now)
  if (!row.confirmedAt) {
    db.update(digestSubscriptions)
      .set({ confirmedAt: new Date(now), unsubscribedAt: null })
      .where(and(eq(digestSubscriptions.id, row.id), isNull(digestSubscriptions.confirmedAt)))
      .run()
  }
  return { email: row.email, confirmed: true }
}

/** Confirmed, not unsubscribed subscriptions of one period. */
export function listActiveSubscriptions(period: 'weekly' | 'monthly') {
  return db
    .select()
    .from(digestSubscriptions)
    .where(and(eq(digestSubscriptions.period, period), isNotNull(digestSubscriptions.confirmedAt), isNull(digestSubscriptions.unsubscribedAt)))
    .all()
}
