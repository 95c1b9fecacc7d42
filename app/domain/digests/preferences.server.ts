import { and, asc, eq, inArray } from 'drizzle-orm'
import { mailSettings, networks, notificationPreferences, users, type NotificationFrequency } from '../../../db/schema'
import { listPersonNetworkIds, setPreference } from '~/domain/mail/unsubscribe.server'
import { db } from '~/utils/db.server'
import type { Locale } from '~/utils/i18n'

export type NetworkPreference = { networkId: string; name: string; frequency: NotificationFrequency }

/** The person's networks with how they hear about each (weekly when never chosen). */
export function listNetworkPreferences(userId: string): NetworkPreference[] {
  const ids = listPersonNetworkIds(db, userId)
  if (ids.length === 0) return []
  const chosen = new Map(
    db
      .select()
      .from(notificationPreferences)
      .where(and(eq(notificationPreferences.userId, userId), inArray(notificationPreferences.networkId, ids)))
      .all()
      .map((row) => [row.networkId, row.frequency]),
  )
  return db
    .select({ networkId: networks.id, name: networks.name })
    .from(networks)
    .where(inArray(networks.id, ids))
    .orderBy(asc(networks.name))
    .all()
    .map((row) => ({ ...row, frequency: chosen.get(row.networkId) ?? 'weekly' }))
}

/** Per person: the language chosen for mail, and the account's. */
const mailLocaleRows = () =>
  db
    .select({ userId: users.id, chosen: mailSettings.locale, account: users.locale })
    .from(users)
    .leftJoin(mailSettings, eq(mailSettings.userId, users.id))

const mailLocaleOf = (row: { chosen: Locale | null; account: Locale }): Locale => row.chosen ?? row.account

/** The language of digests and notifications: the one chosen for mail, else the account's. */
export function getMailLocale(userId: string): Locale {
  const row = mailLocaleRows().where(eq(users.id, userId)).get()
  return row ? mailLocaleOf(row) : 'de'
}

/** The same for every person at once (the digest run). */
export function listMailLocales(): Map<string, Locale> {
  return new Map(mailLocaleRows().all().map((row) => [row.userId, mailLocaleOf(row)]))
}

/** Saves frequencies for the person's own networks only (others are ignored) and the mail language. */
export function savePreferences(input: { userId: string; networks: Record<string, NotificationFrequency>; locale?: Locale }) {
  db.transaction(
    (tx) => {
      const own = new Set(listPersonNetworkIds(tx, input.userId))
      for (const [networkId, frequency] of Object.entries(input.networks)) {
        if (own.has(networkId)) setPreference(tx, input.userId, networkId, frequency)
      }
      if (input.locale) {
        tx.insert(mailSettings)
          .values({ userId: input.userId, locale: input.locale })
          .onConflictDoUpdate({ target: mailSettings.userId, set: { locale: input.locale, updatedAt: new Date() } })
          .run()
      }
    },
    { behavior: 'immediate' },
  )
}

/** Reads `network.<id>` form fields into the shape PreferencesSchema expects. */
export function preferencesFromForm(formData: FormData) {
  const networksField: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (key.startsWith('network.') && typeof value === 'string') networksField[key.slice('network.'.length)] = value
  }
  return { locale: formData.get('locale') ?? undefined, networks: networksField }
}
