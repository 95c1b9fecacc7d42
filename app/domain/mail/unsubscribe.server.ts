import { and, eq, isNull } from 'drizzle-orm'
import { digestSubscriptions, networkCoordinators, networkMemberships, networks, notificationPreferences, organisationMembers, unsubscribeTokens, users } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { generateToken, hashToken, isWellFormedToken } from '~/domain/auth/tokens.server'
import { db, insertInChunks } from '~/utils/db.server'
import { absoluteUrl } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { enqueueEmails } from './outbox.server'
import type { TemplateName, TemplateProps } from './templates.server'

export type UnsubscribeTarget = { userId: string; networkId?: string } | { subscriptionId: string }

/** A new unsubscribe link for one mail; only the token's hash is stored. */
export function createUnsubscribeUrl(tx: DbOrTx, target: UnsubscribeTarget): string {
  return createUnsubscribeUrls(tx, [target])[0]!
}

/** The same for many mails at once: one fresh token each, written with multi-row inserts. */
function createUnsubscribeUrls(tx: DbOrTx, targets: readonly UnsubscribeTarget[]): string[] {
  const tokens = targets.map(() => generateToken())
  const rows = targets.map((target, i) => ({
    tokenHash: hashToken(tokens[i]!),
    ...('subscriptionId' in target ? { subscriptionId: target.subscriptionId } : { userId: target.userId, networkId: target.networkId ?? null }),
  }))
  insertInChunks(rows, (chunk) => tx.insert(unsubscribeTokens).values(chunk).run())
  return tokens.map((token) => absoluteUrl(`/unsubscribe/${token}`))
}

/** The RFC 8058 headers Gmail and Yahoo require from bulk senders. */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

type BulkEmail<N extends TemplateName> = {
  template: N
  to: string
  locale: Locale
  props: Omit<TemplateProps<N>, 'unsubscribeUrl' | 'locale'>
  unsubscribe: UnsubscribeTarget
}

/**
 * Digests and notifications: a bulk mail with a fresh unsubscribe link in its headers and in `props.unsubscribeUrl`.
 */
export function enqueueBulkEmail<N extends TemplateName>(tx: DbOrTx, email: BulkEmail<N>): string {
  return enqueueBulkEmails(tx, [email])[0]!
}

/** The same for many mails at once (the digest run). Returns the outbox ids in order. */
export function enqueueBulkEmails<N extends TemplateName>(tx: DbOrTx, emails: readonly BulkEmail<N>[]): string[] {
  const urls = createUnsubscribeUrls(
    tx,
    emails.map((email) => email.unsubscribe),
  )
  return enqueueEmails(
    tx,
    emails.map((email, i) => ({
      template: email.template,
      to: email.to,
      locale: email.locale,
      kind: 'bulk' as const,
      props: { ...email.props, unsubscribeUrl: urls[i]!, locale: email.locale } as unknown as TemplateProps<N>,
      headers: listUnsubscribeHeaders(urls[i]!),
    })),
  )
}

export type UnsubscribeLink =
  | { kind: 'user'; tokenId: string; userId: string; email: string; networkId: string | null; networkName: string | null; locale: Locale }
  | { kind: 'subscription'; tokenId: string; subscriptionId: string; email: string; active: boolean; locale: Locale }

/** What an unsubscribe token stands for, or null for an unknown or malformed one. */
export function getUnsubscribeLink(token: string): UnsubscribeLink | null {
  if (!isWellFormedToken(token)) return null
  const row = db.select().from(unsubscribeTokens).where(eq(unsubscribeTokens.tokenHash, hashToken(token))).get()
  if (!row) return null
  if (row.subscriptionId) {
    const subscription = db.select().from(digestSubscriptions).where(eq(digestSubscriptions.id, row.subscriptionId)).get()
    if (!subscription) return null
    return {
      kind: 'subscription',
      tokenId: row.id,
      subscriptionId: subscription.id,
      email: subscription.email,
      active: !subscription.unsubscribedAt,
      locale: subscription.locale,
    }
  }
  if (!row.userId) return null
  const user = db.select().from(users).where(eq(users.id, row.userId)).get()
  if (!user) return null
  const network = row.networkId ? db.select().from(networks).where(eq(networks.id, row.networkId)).get() : undefined
  return {
    kind: 'user',
    tokenId: row.id,
    userId: user.id,
    email: user.email,
    networkId: network?.id ?? null,
    networkName: network?.name ?? null,
    locale: user.locale,
  }
}

/** (person, network) pairs: the networks of a person's organisations and those they coordinate; one person or everyone. */
function listPersonNetworkPairs(tx: DbOrTx, userId?: string) {
  const viaOrganisations = tx
    .selectDistinct({ userId: organisationMembers.userId, networkId: networkMemberships.networkId })
    .from(networkMemberships)
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, networkMemberships.organisationId))
    .where(userId === undefined ? undefined : eq(organisationMembers.userId, userId))
    .all()
  const coordinated = tx
    .select({ userId: networkCoordinators.userId, networkId: networkCoordinators.networkId })
    .from(networkCoordinators)
    .where(userId === undefined ? undefined : eq(networkCoordinators.userId, userId))
    .all()
  return [...viaOrganisations, ...coordinated]
}

/** The networks a person hears about: those of their organisations and those they coordinate. */
export function listPersonNetworkIds(tx: DbOrTx, userId: string): string[] {
  return [...new Set(listPersonNetworkPairs(tx, userId).map((row) => row.networkId))]
}

/** The same for every person at once (the digest run): two queries instead of two per person. People without a network are absent. */
export function listNetworkIdsByPerson(tx: DbOrTx): Map<string, string[]> {
  const byPerson = new Map<string, Set<string>>()
  for (const row of listPersonNetworkPairs(tx)) {
    const ids = byPerson.get(row.userId) ?? new Set<string>()
    ids.add(row.networkId)
    byPerson.set(row.userId, ids)
  }
  return new Map([...byPerson].map(([userId, ids]) => [userId, [...ids]]))
}

/**
 * One-click unsubscribe: a person stops all digests and notifications (or those of one network, for a
 * notification about it); a public subscription ends. Idempotent.
 */
export function unsubscribeByToken(token: string, now = Date.now()): UnsubscribeLink | null {
  const link = getUnsubscribeLink(token)
  if (!link) return null
  db.transaction(
    (tx) => {
      if (link.kind === 'subscription') {
        tx.update(digestSubscriptions)
          .set({ unsubscribedAt: new Date(now) })
          .where(and(eq(digestSubscriptions.id, link.subscriptionId), isNull(digestSubscriptions.unsubscribedAt)))
          .run()
      } else {
        const networkIds = link.networkId ? [link.networkId] : listPersonNetworkIds(tx, link.userId)
        for (const networkId of networkIds) setPreference(tx, link.userId, networkId, 'none')
      }
      tx.update(unsubscribeTokens).set({ usedAt: new Date(now) }).where(eq(unsubscribeTokens.id, link.tokenId)).run()
    },
    { behavior: 'immediate' },
  )
  return link
}

export function setPreference(tx: DbOrTx, userId: string, networkId: string, frequency: (typeof notificationPreferences.$inferInsert)['frequency']) {
  tx.insert(notificationPreferences)
    .values({ userId, networkId, frequency })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.networkId], set: { frequency, updatedAt: new Date() } })
    .run()
}
