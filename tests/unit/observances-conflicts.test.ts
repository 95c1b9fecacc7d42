import { TZDate } from '@date-fns/tz'
import { expect, test } from 'vitest'
import {
  hasHighImportanceConflict,
  listObservanceConflicts,
  type Conflict,
  type EventOccurrence,
} from '~/domain/observances'

/** A Date for a Berlin wall-clock time, whatever the server's time zone. */
function berlin(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(new TZDate(y, m - 1, d, hh, mm, 'Europe/Berlin').getTime())
}

function event(date: string, from: string, until: string, endDate = date): EventOccurrence {
  return { start: berlin(date, from), end: berlin(endDate, until) }
}

function conflictWith(conflicts: Conflict[], id: string): Conflict | undefined {
  return conflicts.find((c) => c.observance.id === id)
}

// --- Evening before ----------------------------------------------------------

test('an evening event on 20 September 2026 conflicts with Yom Kippur because it begins that evening', () => {
  // hebcal.com: Erev Yom Kippur 20 Sep 2026, Yom Kippur 21 Sep 2026
  const conflicts = listObservanceConflicts(event('2026-09-20', '19:00', '21:00'))
  const yomKippur = conflictWith(conflicts, 'jewish-yom-kippur-2026')
  expect(yomKippur).toMatchObject({ reason: 'evening-before', affected: true })
  expect(yomKippur?.observance.importance).toBe('high')
  expect(hasHighImportanceConflict(conflicts)).toBe(true)
})

test('a morning event on the day before Yom Kippur does not conflict with it', () => {
  const conflicts = listObservanceConflicts(event('2026-09-20', '10:00', '12:00'))
  expect(conflictWith(conflicts, 'jewish-yom-kippur-2026')).toBeUndefined()
})

test('an event on the day before that ends at 18:00 sharp does not conflict, one ending at 18:30 does', () => {
  expect(conflictWith(listObservanceConflicts(event('2026-09-20', '16:00', '18:00')), 'jewish-yom-kippur-2026')).toBeUndefined()
  expect(conflictWith(listObservanceConflicts(event('2026-09-20', '16:00', '18:30')), 'jewish-yom-kippur-2026')?.reason).toBe(
    'evening-before',
  )
})

test('an event on Yom Kippur itself conflicts on the same day', () => {
  const conflicts = listObservanceConflicts(event('2026-09-21', '10:00', '11:00'))
  expect(conflictWith(conflicts, 'jewish-yom-kippur-2026')?.reason).toBe('same-day')
  expect(conflicts[0]?.observance.importance).toBe('high')
})

test('an all-day event on the day before an observance that begins in the evening conflicts', () => {
  const allDay = listObservanceConflicts({ start: berlin('2026-09-20', '00:00'), end: berlin('2026-09-21', '00:00'), allDay: true })
  expect(conflictWith(allDay, 'jewish-yom-kippur-2026')?.reason).toBe('evening-before')
})

test('an all-day event stored as UTC midnights covers only its own date', () => {
  // 20 Sep 2026 00:00Z – 21 Sep 00:00Z (exclusive): the day before Yom Kippur, not Yom Kippur itself.
  const conflicts = listObservanceConflicts({
    start: new Date('2026-09-20T00:00:00Z'),
    end: new Date('2026-09-21T00:00:00Z'),
    allDay: true,
  })
  expect(conflictWith(conflicts, 'jewish-yom-kippur-2026')?.reason).toBe('evening-before')
})

test('Berlin local time decides, including summer time: 17:30 UTC is 19:30 in Berlin on 20 September', () => {
  const evening = listObservanceConflicts({ start: new Date('2026-09-20T17:30:00Z'), end: new Date('2026-09-20T19:00:00Z') })
  expect(conflictWith(evening, 'jewish-yom-kippur-2026')?.reason).toBe('evening-before')
  // 15:00–15:59 UTC is 17:00–17:59 in Berlin: before the evening.
  const afternoon = listObservanceConflicts({ start: new Date('2026-09-20T15:00:00Z'), end: new Date('2026-09-20T15:59:00Z') })
  expect(conflictWith(afternoon, 'jewish-yom-kippur-2026')).toBeUndefined()
})

test('a multi-day event spanning Yom Kippur conflicts on the same day', () => {
  const conflicts = listObservanceConflicts(event('2026-09-19', '09:00', '17:00', '2026-09-22'))
  expect(conflictWith(conflicts, 'jewish-yom-kippur-2026')?.reason).toBe('same-day')
})

// --- Eid al-Fitr 2026 and the ±1-day uncertainty --------------------------------

test('an event on 20 March 2026 conflicts with Eid al-Fitr on the same day', () => {
  // Umm al-Qura and Diyanet: Eid al-Fitr (Ramazan Bayramı) 20–22 March 2026
  const conflicts = listObservanceConflicts(event('2026-03-20', '15:00', '17:00'))
  const eid = conflictWith(conflicts, 'islamic-eid-al-fitr-2026')
  expect(eid).toMatchObject({ reason: 'same-day', affected: true })
  expect(hasHighImportanceConflict(conflicts)).toBe(true)
})

test('an event the day after Eid al-Fitr ends conflicts only through the one-day uncertainty', () => {
  const conflicts = listObservanceConflicts(event('2026-03-23', '10:00', '12:00'))
  expect(conflictWith(conflicts, 'islamic-eid-al-fitr-2026')?.reason).toBe('uncertainty')
  const twoDaysAfter = listObservanceConflicts(event('2026-03-24', '10:00', '12:00'))
  expect(conflictWith(twoDaysAfter, 'islamic-eid-al-fitr-2026')).toBeUndefined()
})

test('the day before Eid al-Fitr conflicts through uncertainty by day and as its eve in the evening', () => {
  const morning = listObservanceConflicts(event('2026-03-19', '10:00', '11:00'))
  expect(conflictWith(morning, 'islamic-eid-al-fitr-2026')?.reason).toBe('uncertainty')
  expect(conflictWith(morning, 'islamic-ramadan-2026')?.reason).toBe('same-day')
  const evening = listObservanceConflicts(event('2026-03-19', '19:00', '21:00'))
  expect(conflictWith(evening, 'islamic-eid-al-fitr-2026')?.reason).toBe('evening-before')
})

test('the evening two days before Eid al-Fitr is only the eve of the earliest possible date', () => {
  const eveOfEarliest = listObservanceConflicts(event('2026-03-18', '19:00', '21:00'))
  expect(conflictWith(eveOfEarliest, 'islamic-eid-al-fitr-2026')?.reason).toBe('uncertainty')
  const morning = listObservanceConflicts(event('2026-03-18', '10:00', '11:00'))
  expect(conflictWith(morning, 'islamic-eid-al-fitr-2026')).toBeUndefined()
})

test('observances with certain dates are not widened', () => {
  // Reformation Day 2026 (31 Oct) has no uncertainty: 1 November is no conflict with it.
  const conflicts = listObservanceConflicts(event('2026-11-02', '10:00', '11:00'))
  expect(conflictWith(conflicts, 'christian-western-reformation-day-2026')).toBeUndefined()
  expect(conflictWith(listObservanceConflicts(event('2026-11-01', '10:00', '11:00')), 'christian-western-reformation-day-2026')).toBeUndefined()
})

// --- Traditions of the invited organisations ------------------------------------

test('with the invited traditions given, conflicts of other traditions are listed but not affected', () => {
  const conflicts = listObservanceConflicts(event('2026-03-20', '15:00', '17:00'), { traditions: ['christian-western'] })
  const eid = conflictWith(conflicts, 'islamic-eid-al-fitr-2026')
  expect(eid?.affected).toBe(false)
  expect(hasHighImportanceConflict(conflicts)).toBe(false)
  const withMuslims = listObservanceConflicts(event('2026-03-20', '15:00', '17:00'), { traditions: ['islamic'] })
  expect(conflictWith(withMuslims, 'islamic-eid-al-fitr-2026')?.affected).toBe(true)
  expect(hasHighImportanceConflict(withMuslims)).toBe(true)
})

test('public and school holidays affect every event whatever traditions are invited', () => {
  const conflicts = listObservanceConflicts(event('2026-10-03', '10:00', '12:00'), { traditions: ['buddhist'] })
  expect(conflictWith(conflicts, 'public-holiday-deutscheeinheit-2026')).toMatchObject({ reason: 'same-day', affected: true })
  expect(conflictWith(conflicts, 'jewish-shemini-atzeret-2026')?.affected).toBe(false)
  expect(hasHighImportanceConflict(conflicts)).toBe(true)
})

// --- Shabbat and Friday prayer -----------------------------------------------------

test('a Friday event after 18:00 conflicts with Shabbat', () => {
  const conflicts = listObservanceConflicts(event('2026-09-18', '19:00', '21:00'))
  expect(conflictWith(conflicts, 'jewish-shabbat-2026-09-19')?.reason).toBe('shabbat')
})

test('a Friday event in winter after 18:00 Berlin time conflicts with Shabbat', () => {
  // 17:30 UTC on 4 December 2026 is 18:30 in Berlin (CET).
  const conflicts = listObservanceConflicts({ start: new Date('2026-12-04T17:30:00Z'), end: new Date('2026-12-04T19:00:00Z') })
  expect(conflictWith(conflicts, 'jewish-shabbat-2026-12-05')?.reason).toBe('shabbat')
})

test('a Saturday event conflicts with Shabbat', () => {
  const conflicts = listObservanceConflicts(event('2026-09-19', '10:00', '12:00'))
  expect(conflictWith(conflicts, 'jewish-shabbat-2026-09-19')).toMatchObject({ reason: 'shabbat' })
  expect(conflictWith(conflicts, 'jewish-shabbat-2026-09-19')?.observance.importance).toBe('medium')
})

test('a Friday afternoon event ending by 18:00 does not conflict with Shabbat', () => {
  const conflicts = listObservanceConflicts(event('2026-09-18', '15:00', '18:00'))
  expect(conflictWith(conflicts, 'jewish-shabbat-2026-09-19')).toBeUndefined()
  expect(conflicts.some((c) => c.reason === 'shabbat')).toBe(false)
})

test('a Friday event overlapping 12:00–14:30 conflicts with Friday prayer', () => {
  const lunch = listObservanceConflicts(event('2026-09-18', '13:00', '14:00'))
  expect(conflictWith(lunch, 'islamic-jumuah-2026-09-18')).toMatchObject({ reason: 'friday-prayer', affected: true })
  const lateMorning = listObservanceConflicts(event('2026-09-18', '11:00', '12:30'))
  expect(conflictWith(lateMorning, 'islamic-jumuah-2026-09-18')?.reason).toBe('friday-prayer')
  const allDay = listObservanceConflicts({ start: berlin('2026-09-18', '00:00'), end: berlin('2026-09-19', '00:00'), allDay: true })
  expect(conflictWith(allDay, 'islamic-jumuah-2026-09-18')?.reason).toBe('friday-prayer')
})

test('Friday events outside midday and midday events on other days do not conflict with Friday prayer', () => {
  expect(listObservanceConflicts(event('2026-09-18', '14:30', '16:00')).some((c) => c.reason === 'friday-prayer')).toBe(false)
  expect(listObservanceConflicts(event('2026-09-18', '09:00', '12:00')).some((c) => c.reason === 'friday-prayer')).toBe(false)
  expect(listObservanceConflicts(event('2026-09-17', '12:00', '14:00')).some((c) => c.reason === 'friday-prayer')).toBe(false)
})

// --- School holidays and ordering ----------------------------------------------------

test('an event in the Herbstferien conflicts as a school holiday', () => {
  // Niedersachsen Herbstferien 12–24 October 2026
  const conflicts = listObservanceConflicts(event('2026-10-14', '10:00', '12:00'))
  expect(conflictWith(conflicts, 'school-holiday-herbstferien-2026')).toMatchObject({ reason: 'school-holiday', affected: true })
  expect(hasHighImportanceConflict(conflicts)).toBe(false)
})

test('a plain weekday morning without observances has no conflicts', () => {
  // Tuesday 17 November 2026, 10:00–12:00: nothing in any tradition.
  const conflicts = listObservanceConflicts(event('2026-11-17', '10:00', '12:00'))
  expect(conflicts).toEqual([])
  expect(hasHighImportanceConflict(conflicts)).toBe(false)
})

test('conflicts are sorted with high importance first', () => {
  // Saturday 3 October 2026: German Unity Day, Shemini Atzeret, Shabbat, Sukkot chol hamoed eve …
  const conflicts = listObservanceConflicts({ start: berlin('2026-10-02', '17:00'), end: berlin('2026-10-03', '20:00') })
  expect(conflicts.length).toBeGreaterThanOrEqual(4)
  const rank = { high: 0, medium: 1, low: 2 }
  for (let i = 1; i < conflicts.length; i++) {
    expect(rank[conflicts[i - 1]!.observance.importance] <= rank[conflicts[i]!.observance.importance]).toBe(true)
  }
  expect(conflicts[0]!.observance.importance).toBe('high')
  expect(conflicts.map((c) => c.reason)).toContain('shabbat')
})

test('invalid occurrences are rejected', () => {
  expect(() => listObservanceConflicts({ start: new Date('nonsense'), end: new Date() })).toThrow(RangeError)
  expect(() => listObservanceConflicts(event('2026-09-20', '19:00', '18:00'))).toThrow(RangeError)
})
