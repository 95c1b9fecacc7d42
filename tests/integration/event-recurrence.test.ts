import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { auditLog, events, invitations } from '../../db/schema'
import { listEventConflicts } from '~/domain/events/conflicts.server'
import { changeOccurrence, copyEvent, createEvent as createEventFromForm, eventColumns } from '~/domain/events/mutations.server'
import { listEventOccurrences, listMonthOccurrences, searchEvents } from '~/domain/events/queries.server'
import { EventFormSchema } from '~/domain/events/schema'
import { berlinInstant } from '~/utils/time'
import { addMember, addToNetwork, createNetwork, createOrganisation, createUser, testDb } from '../support/factories'

const db = testDb()
const berlinTime = (d: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(d)

function parse(input: Record<string, unknown>) {
  const result = EventFormSchema.safeParse(input)
  if (!result.success) throw new Error(JSON.stringify(result.error.issues))
  return result.data
}

async function weeklySeries(overrides: Record<string, unknown> = {}) {
  const organisation = createOrganisation({ trusted: true, tradition: 'christian-western' })
  const office = await createUser({ role: 'admin' })
  const value = parse({
    title: 'Wöchentlicher Gesprächskreis',
    kind: 'dialogue-round',
    organisationId: organisation.id,
    visibility: 'public',
    startDate: '2027-10-19',
    startTime: '19:00',
    endDate: '2027-10-19',
    endTime: '20:30',
    onlineUrl: 'https://example.org/treffen',
    frequency: 'weekly',
    count: 4,
    ...overrides,
  })
  const event = createEventFromForm({ actor: { userId: office.id, role: 'admin' }, columns: eventColumns(value), intent: 'submit' })
  return { event, office, organisation }
}

test('a weekly series over the end of summer time keeps 19:00 Berlin time, and the series end drives "upcoming"', async () => {
  const { event } = await weeklySeries()
  const occurrences = listEventOccurrences(event.id, { from: new Date(0), to: new Date(8.64e15) })
  expect(occurrences.map((o) => o.originalDate)).toEqual(['2027-10-19', '2027-10-26', '2027-11-02', '2027-11-09'])
  expect(occurrences.map((o) => berlinTime(o.start))).toEqual(['19:00', '19:00', '19:00', '19:00'])
  expect(occurrences.map((o) => berlinTime(o.end))).toEqual(['20:30', '20:30', '20:30', '20:30'])
  expect(event.seriesEndsAt).toEqual(berlinInstant('2027-11-09', '20:30'))
  // After the first date has passed the series is still upcoming, after the last it is archived.
  const afterFirst = berlinInstant('2027-10-20').getTime()
  expect(searchEvents({ viewer: null, filters: {}, limit: 50, offset: 0, now: afterFirst }).rows.map((r) => r.id)).toContain(event.id)
  const afterLast = berlinInstant('2027-11-10').getTime()
  expect(searchEvents({ viewer: null, filters: { archive: true }, limit: 50, offset: 0, now: afterLast }).rows.map((r) => r.id)).toContain(event.id)
})

test('one occurrence can be cancelled and another moved; the month view shows both changes', async () => {
  const { event, office } = await weeklySeries()
  changeOccurrence({ actorId: office.id, eventId: event.id, originalDate: '2027-10-26', kind: 'cancelled', reason: 'Herbstferien' })
  changeOccurrence({
    actorId: office.id,
    eventId: event.id,
    originalDate: '2027-11-02',
    kind: 'moved',
    startsAt: berlinInstant('2027-11-03', '18:00'),
    endsAt: berlinInstant('2027-11-03', '19:30'),
  })
  expect(() => changeOccurrence({ actorId: office.id, eventId: event.id, originalDate: '2027-10-27', kind: 'cancelled' })).toThrow('events.no_such_occurrence')
  const month = listMonthOccurrences({ viewer: null, filters: {}, from: berlinInstant('2027-11-01'), to: berlinInstant('2027-12-01') })
    .filter((item) => item.event.id === event.id)
    .map((item) => [item.occurrence.originalDate, item.occurrence.status, berlinTime(item.occurrence.start)])
  expect(month).toEqual([
    ['2027-11-02', 'moved', '18:00'],
    ['2027-11-09', 'scheduled', '19:00'],
  ])
  const october = listEventOccurrences(event.id, { from: berlinInstant('2027-10-01'), to: berlinInstant('2027-11-01') })
  expect(october.map((o) => [o.originalDate, o.status, o.reason])).toEqual([
    ['2027-10-19', 'scheduled', null],
    ['2027-10-26', 'cancelled', 'Herbstferien'],
  ])
  const row = db.select().from(events).where(eq(events.id, event.id)).get()!
  expect(row.changeCount).toBe(2)
  expect(db.select().from(auditLog).where(eq(auditLog.entityId, event.id)).all().map((e) => e.action)).toEqual(
    expect.arrayContaining(['event.occurrence_cancelled', 'event.occurrence_moved']),
  )
})

test('every occurrence of a series is checked for observances, and a cancelled one no longer counts', async () => {
  // Sundays 3, 10 and 17 October 2027 at 19:00; the second is the eve of Yom Kippur (11 October 2027, per hebcal).
  const jewish = createOrganisation({ tradition: 'jewish', name: 'Jüdische Gemeinde Probe' })
  const network = createNetwork()
  const { event, office, organisation } = await weeklySeries({ startDate: '2027-10-03', endDate: '2027-10-03', count: 3 })
  addToNetwork(network.id, organisation.id)
  addToNetwork(network.id, jewish.id)
  db.update(events).set({ networkId: network.id }).where(eq(events.id, event.id)).run()
  const series = () => {
    const row = db.select().from(events).where(eq(events.id, event.id)).get()!
    return { ...row, exceptions: listEventOccurrences(event.id, { from: new Date(0), to: new Date(8.64e15) }).filter((o) => o.status !== 'scheduled').map((o) => ({ originalDate: o.originalDate, kind: o.status as 'cancelled', startsAt: null, endsAt: null })) }
  }
  const yomKippur = listEventConflicts(series()).find((c) => c.observanceId === 'jewish-yom-kippur-2027')
  expect(yomKippur?.occurrenceDates).toEqual(['2027-10-10'])
  expect(yomKippur?.reason).toBe('evening-before')
  expect(yomKippur?.affectedOrganisations).toEqual(['Jüdische Gemeinde Probe'])
  changeOccurrence({ actorId: office.id, eventId: event.id, originalDate: '2027-10-10', kind: 'cancelled' })
  expect(listEventConflicts(series()).find((c) => c.observanceId === 'jewish-yom-kippur-2027')).toBeUndefined()
})

test('copying to a new date makes a draft with every field at the same local time', async () => {
  const { event, office } = await weeklySeries({ count: undefined, frequency: 'none', food: ['halal', 'vegan'], languages: ['de', 'ar'] })
  const copy = copyEvent({ actorId: office.id, eventId: event.id, startDate: '2028-03-28' })
  expect(copy.status).toBe('draft')
  expect(copy.title).toBe(event.title)
  expect(copy.food).toEqual(['halal', 'vegan'])
  expect(copy.languages).toEqual(['de', 'ar'])
  expect(berlinTime(copy.startsAt)).toBe('19:00')
  expect(copy.startsAt).toEqual(berlinInstant('2028-03-28', '19:00'))
  expect(copy.endsAt).toEqual(berlinInstant('2028-03-28', '20:30'))
})

test('the organisations of invited people count as affected once the event has invitations', async () => {
  const { event } = await weeklySeries({ startDate: '2027-10-10', endDate: '2027-10-10', frequency: 'none', count: undefined })
  const synagogue = createOrganisation({ tradition: 'jewish', name: 'Eingeladene Synagogengemeinde' })
  const guest = await createUser()
  addMember(synagogue.id, guest.id, 'member')
  const before = listEventConflicts(event).find((c) => c.observanceId === 'jewish-yom-kippur-2027')
  expect(before?.affected).toBe(false)
  expect(before?.affectedOrganisations).toEqual([])
  db.insert(invitations).values({ eventId: event.id, userId: guest.id, email: guest.email, tokenHash: `hash-${event.id}` }).run()
  const after = listEventConflicts(event).find((c) => c.observanceId === 'jewish-yom-kippur-2027')
  expect(after?.affected).toBe(true)
  expect(after?.affectedOrganisations).toEqual(['Eingeladene Synagogengemeinde'])
})
