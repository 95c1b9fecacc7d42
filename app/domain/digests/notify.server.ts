import { and, eq } from 'drizzle-orm'
import { events, municipalities, networks, notificationPreferences, organisations, users } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { visibleEventsCondition } from '~/domain/events/policy.server'
import { enqueueBulkEmail } from '~/domain/mail/unsubscribe.server'
import { absoluteUrl } from '~/utils/http.server'
import { formatRange } from '~/utils/i18n'
import { getMailLocale } from './preferences.server'

/**
 * "Immediately": when an event of a network is published, everyone who chose `immediate` for that
 * network and may see the event gets one mail, in the caller's transaction. The events area calls this
 * from its publish mutation. Returns the number of mails queued.
 */
export function enqueueEventNotifications(tx: DbOrTx, eventId: string): number {
  const event = tx
    .select({
      id: events.id,
      title: events.title,
      status: events.status,
      networkId: events.networkId,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      venueName: events.venueName,
      municipalityName: municipalities.name,
      organiser: organisations.name,
      networkName: networks.name,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .leftJoin(networks, eq(networks.id, events.networkId))
    .where(eq(events.id, eventId))
    .get()
  if (!event || event.status !== 'published' || !event.networkId || !event.networkName) return 0
  const followers = tx
    .select({ id: users.id, email: users.email, role: users.role })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(and(eq(notificationPreferences.networkId, event.networkId), eq(notificationPreferences.frequency, 'immediate')))
    .all()
  let queued = 0
  for (const follower of followers) {
    const visible = tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, event.id), visibleEventsCondition({ userId: follower.id, role: follower.role })))
      .get()
    if (!visible) continue
    const locale = getMailLocale(follower.id)
    enqueueBulkEmail(tx, {
      template: 'event-notification',
      to: follower.email,
      locale,
      props: {
        networkName: event.networkName,
        title: event.title,
        when: formatRange(event.startsAt, event.endsAt, locale, event.allDay),
        place: [event.venueName, event.municipalityName].filter(Boolean).join(', ') || null,
        organiser: event.organiser,
        url: absoluteUrl(`/events/${event.id}`),
      },
      unsubscribe: { userId: follower.id, networkId: event.networkId },
    })
    queued++
  }
  return queued
}

