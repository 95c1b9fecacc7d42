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

/** The language of digests and notifications: the one chosen for mail, else the account's. */
export function getMailLocale(userId: string): Locale {
  const setting = db.select({ locale: mailSettings.locale }).from(mailSettings).where(eq(mailSettings.userId, userId)).get()
  if (setting) return setting.locale
  return db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get()?.locale ?? 'de'
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
