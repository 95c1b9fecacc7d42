import { asc } from 'drizzle-orm'
import { municipalities, networks } from '../../../db/schema'
import { listEditableOrganisations, type EventViewer } from './policy.server'
import { db } from '~/utils/db.server'
import { addDays, berlinDate, toBerlinZoned } from '~/utils/time'
import type { getEvent } from './queries.server'

/** The choices of the event form: organisations the person may act for, every network and municipality. */
export function eventFormOptions(viewer: NonNullable<EventViewer>, current?: { id: string; name: string }) {
  const organisations = listEditableOrganisations(viewer).map(({ id, name }) => ({ id, name }))
  if (current && !organisations.some((o) => o.id === current.id)) organisations.unshift(current)
  return {
    organisations,
    networks: db.select({ id: networks.id, name: networks.name }).from(networks).orderBy(asc(networks.name)).all(),
    municipalities: db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name)).all(),
  }
}

const hhmm = (instant: Date) => {
  const z = toBerlinZoned(instant)
  return `${String(z.getHours()).padStart(2, '0')}:${String(z.getMinutes()).padStart(2, '0')}`
}

/** A stored event as the form's default values (strings, Berlin dates and times). */
export function eventFormDefaults(event: NonNullable<ReturnType<typeof getEvent>>): Record<string, unknown> {
  const endDate = event.allDay ? addDays(berlinDate(event.endsAt), -1) : berlinDate(event.endsAt)
  return {
    title: event.title,
    description: event.description,
    kind: event.kind,
    organisationId: event.organisationId,
    networkId: event.networkId ?? '',
    visibility: event.visibility,
    allDay: event.allDay ? 'on' : undefined,
    startDate: berlinDate(event.startsAt),
    startTime: event.allDay ? '' : hhmm(event.startsAt),
    endDate,
    endTime: event.allDay ? '' : hhmm(event.endsAt),
    venueName: event.venueName ?? '',
    venueAddress: event.venueAddress ?? '',
    municipalityId: event.municipalityId ?? '',
    onlineUrl: event.onlineUrl ?? '',
    languages: event.languages,
    interpretation: event.interpretation ?? '',
    food: event.food,
    accessibility: event.accessibility,
    capacity: event.capacity == null ? '' : String(event.capacity),
    rsvpDeadline: event.rsvpDeadline ? addDays(berlinDate(event.rsvpDeadline), -1) : '',
    contact: event.contact ?? '',
    frequency: event.recurrence?.frequency ?? 'none',
    weekOfMonth: event.recurrence?.weekOfMonth ? String(event.recurrence.weekOfMonth) : '',
    until: event.recurrence?.until ?? '',
    count: event.recurrence?.count ? String(event.recurrence.count) : '',
    exceptionDates: event.recurrence?.exceptionDates.join(' ') ?? '',
  }
}
