import type { events } from '../../../db/schema'
import type { AnswerDefaults } from '~/components/answer-form'
import { getOwnAnswer } from './queries.server'
import { answerRestriction } from './respond.server'
import { ANSWERS } from './schema'

type EventRow = typeof events.$inferSelect

/** What the answer pages show about the event; plain values, formatted in the browser's language. */
export function eventFacts(event: EventRow) {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt.getTime(),
    endsAt: event.endsAt.getTime(),
    allDay: event.allDay,
    place: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || event.onlineUrl || null,
    languages: event.languages,
    rsvpDeadline: event.rsvpDeadline?.getTime() ?? null,
    maxPartySize: Math.min(event.maxPartySize, 10),
    cancelled: event.status === 'cancelled',
  }
}

/** The person's current answer as form defaults; `?answer=` from the mail button preselects (nothing is saved by a GET). */
export function answerDefaults(invitationId: string | null, preselect: string | null): { defaults: AnswerDefaults; current: ReturnType<typeof getOwnAnswer>['rsvp'] } {
  const { rsvp, needs } = invitationId ? getOwnAnswer(invitationId) : { rsvp: null, needs: null }
  const chosen = (ANSWERS as readonly string[]).includes(preselect ?? '') ? (preselect as AnswerDefaults['answer']) : rsvp?.answer
  return {
    current: rsvp,
    defaults: {
      answer: chosen,
      partySize: rsvp?.partySize ?? 1,
      halal: needs?.halal || undefined,
      kosher: needs?.kosher || undefined,
      vegetarian: needs?.vegetarian || undefined,
      vegan: needs?.vegan || undefined,
      noAlcohol: needs?.noAlcohol || undefined,
      access: needs?.access ?? [],
      interpretation: needs?.interpretation ?? undefined,
      note: needs?.note ?? undefined,
    },
  }
}

export function onlyNoPossible(event: EventRow, now: Date, currentStatus: string | null | undefined) {
  return answerRestriction(event, now) === 'deadline' && currentStatus !== 'offered'
}

export function flashForStatus(status: string): string {
  return status === 'confirmed'
    ? 'rsvp_confirmed'
    : status === 'waitlisted'
      ? 'rsvp_waitlisted'
      : status === 'offered'
        ? 'rsvp_offered'
        : status === 'maybe'
          ? 'rsvp_maybe'
          : 'rsvp_declined'
}
