import { eq } from 'drizzle-orm'
import { networks, roundMinutes, rounds, roundSeries } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import { isLocale } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { enqueueEmail } from '../mail/outbox.server'
import { listNetworkPeople } from './queries.server'

/** The minutes of a round, or null when none are written yet. */
export function getMinutes(roundId: string) {
  return db.select().from(roundMinutes).where(eq(roundMinutes.roundId, roundId)).get() ?? null
}

/** The coordinator writes or rewrites the minutes (published minutes stay published; readers see the new text). */
export function saveMinutes(input: { roundId: string; body: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const round = tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, input.roundId)).get()
      if (!round) throw new DomainError('rounds.not_found', 404)
      tx.insert(roundMinutes)
        .values({ roundId: round.id, body: input.body, updatedById: input.actorId })
        .onConflictDoUpdate({ target: roundMinutes.roundId, set: { body: input.body, updatedById: input.actorId, updatedAt: input.now } })
        .run()
      recordAudit(tx, { actorId: input.actorId, action: 'round_minutes.saved', entity: 'round', entityId: round.id })
    },
    { behavior: 'immediate' },
  )
}

/**
 * Publishes the minutes: from now on the network's members see them, and each person of the
 * member organisations is told once, by mail in the same transaction. Publishing twice is refused.
 */
export function publishMinutes(input: { roundId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const context = tx
        .select({ number: rounds.number, title: roundSeries.title, networkId: networks.id, networkName: networks.name, slug: networks.slug })
        .from(rounds)
        .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
        .innerJoin(networks, eq(networks.id, roundSeries.networkId))
        .where(eq(rounds.id, input.roundId))
        .get()
      if (!context) throw new DomainError('rounds.not_found', 404)
      const minutes = tx.select().from(roundMinutes).where(eq(roundMinutes.roundId, input.roundId)).get()
      if (!minutes) throw new DomainError('rounds.minutes_missing', 409)
      if (minutes.publishedAt) throw new DomainError('rounds.minutes_published', 409)
      tx.update(roundMinutes).set({ publishedAt: input.now, updatedAt: input.now }).where(eq(roundMinutes.id, minutes.id)).run()
      const people = listNetworkPeople(tx, context.networkId)
      const roundTitle = `${context.title} #${context.number}`
      const url = absoluteUrl(`/networks/${context.slug}/rounds/${input.roundId}/minutes`)
      for (const person of people) {
        const locale = isLocale(person.locale) ? person.locale : 'de'
        enqueueEmail(tx, {
          template: 'minutes-published',
          to: person.email,
          locale,
          props: { name: person.name, roundTitle, networkName: context.networkName, url, locale },
        })
      }
      recordAudit(tx, { actorId: input.actorId, action: 'round_minutes.published', entity: 'round', entityId: input.roundId, details: { notified: people.length } })
      return { notified: people.length }
    },
    { behavior: 'immediate' },
  )
}
