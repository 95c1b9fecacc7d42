import { and, eq, isNull, lte, or, sql } from 'drizzle-orm'
import { organisationConfirmations, organisationMembers, organisations, users } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { generateToken, hashToken, isWellFormedToken } from '../auth/tokens.server'
import { enqueueEmail } from '../mail/outbox.server'

const DAY = 24 * 60 * 60_000
/** How long a confirmation link works. */
export const CONFIRMATION_LINK_DAYS = 60
/** A request is not repeated sooner than this, even if the entry is still unconfirmed. */
export const REMINDER_AFTER_DAYS = 30

/** The interval between confirmation requests: DIRECTORY_CONFIRMATION_INTERVAL_DAYS, by default a year. */
export function confirmationIntervalDays(): number {
  return getEnv().DIRECTORY_CONFIRMATION_INTERVAL_DAYS
}

/**
 * The freshness job: asks the editors of every active organisation whose entry was last confirmed
 * more than `intervalDays` ago (and who were not asked in the last 30 days) to confirm or update it.
 * Organisations without editors are asked through their public contact address. Returns how many
 * organisations were asked. Safe to run daily.
 */
export function sendConfirmationRequests(input: { now?: number; intervalDays?: number; actorId?: string | null } = {}) {
  const now = input.now ?? Date.now()
  const intervalDays = input.intervalDays ?? confirmationIntervalDays()
  const dueBefore = new Date(now - intervalDays * DAY)
  const askedBefore = new Date(now - REMINDER_AFTER_DAYS * DAY)
  const due = db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, contactEmail: organisations.contactEmail })
    .from(organisations)
    .where(
      and(
        eq(organisations.status, 'active'),
        sql`coalesce(${organisations.lastConfirmedAt}, ${organisations.createdAt}) <= ${dueBefore.getTime()}`,
        or(isNull(organisations.confirmationRequestedAt), lte(organisations.confirmationRequestedAt, askedBefore)),
      ),
    )
    .all()
  let asked = 0
  for (const organisation of due) {
    db.transaction(
      (tx) => {
        const editors = tx
          .select({ email: users.email, name: users.name, locale: users.locale })
          .from(organisationMembers)
          .innerJoin(users, eq(users.id, organisationMembers.userId))
          .where(and(eq(organisationMembers.organisationId, organisation.id), eq(organisationMembers.role, 'editor')))
          .all()
        const recipients: { email: string; name: string; locale: Locale }[] =
          editors.length > 0 ? editors : organisation.contactEmail ? [{ email: organisation.contactEmail, name: organisation.name, locale: 'de' }] : []
        tx.update(organisations).set({ confirmationRequestedAt: new Date(now) }).where(eq(organisations.id, organisation.id)).run()
        if (recipients.length === 0) return
        const token = generateToken()
        tx.insert(organisationConfirmations)
          .values({ organisationId: organisation.id, tokenHash: hashToken(token), expiresAt: new Date(now + CONFIRMATION_LINK_DAYS * DAY) })
          .run()
        for (const recipient of recipients) {
          enqueueEmail(tx, {
            template: 'directory-confirmation-request',
            to: recipient.email,
            locale: recipient.locale,
            props: {
              name: recipient.name,
              organisationName: organisation.name,
              confirmUrl: absoluteUrl(`/organisations/confirm/${token}`),
              editUrl: absoluteUrl(`/organisations/${organisation.slug}/edit`),
              days: CONFIRMATION_LINK_DAYS,
              locale: recipient.locale,
            },
          })
        }
        recordAudit(tx, {
          actorId: input.actorId ?? null,
          action: 'organisation.confirmation_requested',
          entity: 'organisation',
          entityId: organisation.id,
          details: { recipients: recipients.length },
        })
        asked++
      },
      { behavior: 'immediate' },
    )
  }
  return { asked }
}

function findConfirmation(token: string, now: number) {
  if (!isWellFormedToken(token)) throw new DomainError('organisations.confirmation_unknown', 404)
  const row = db
    .select({ confirmation: organisationConfirmations, organisation: organisations })
    .from(organisationConfirmations)
    .innerJoin(organisations, eq(organisations.id, organisationConfirmations.organisationId))
    .where(eq(organisationConfirmations.tokenHash, hashToken(token)))
    .get()
  if (!row || row.organisation.status !== 'active') throw new DomainError('organisations.confirmation_unknown', 404)
  if (row.confirmation.usedAt || row.confirmation.expiresAt.getTime() <= now) throw new DomainError('organisations.confirmation_expired', 410)
  return row
}

/** What the confirmation page shows on GET; nothing changes. */
export function inspectConfirmation(token: string, now = Date.now()) {
  const { organisation } = findConfirmation(token, now)
  return { name: organisation.name, slug: organisation.slug, lastConfirmedAt: organisation.lastConfirmedAt }
}

/** The one click (a POST): the entry counts as confirmed today; the link is used up. */
export function confirmOrganisation(token: string, now = Date.now()) {
  return db.transaction(
    (tx) => {
      const { confirmation, organisation } = findConfirmation(token, now)
      const used = tx
        .update(organisationConfirmations)
        .set({ usedAt: new Date(now) })
        .where(and(eq(organisationConfirmations.id, confirmation.id), isNull(organisationConfirmations.usedAt)))
        .run()
      if (used.changes !== 1) throw new DomainError('organisations.confirmation_expired', 410)
      tx.update(organisations).set({ lastConfirmedAt: new Date(now) }).where(eq(organisations.id, organisation.id)).run()
      recordAudit(tx, { actorId: null, action: 'organisation.confirmed', entity: 'organisation', entityId: organisation.id })
      return { slug: organisation.slug }
    },
    { behavior: 'immediate' },
  )
}
