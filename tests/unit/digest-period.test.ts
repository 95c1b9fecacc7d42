import { expect, test } from 'vitest'
import { isSendingDay, isoWeek, mondayOf, periodKey } from '~/domain/digests/period'
import { berlinInstant } from '~/utils/time'

test('the weekly digest is keyed by ISO week and the monthly one by month, in Berlin time', () => {
  expect(isoWeek('2026-12-07')).toEqual([2026, 50])
  expect(isoWeek('2027-01-01')).toEqual([2026, 53])
  expect(periodKey('weekly', berlinInstant('2026-12-07', '07:00').getTime())).toBe('2026-W50')
  // 23:30 UTC on Sunday is already Monday in Berlin
  expect(periodKey('weekly', Date.UTC(2026, 11, 13, 23, 30))).toBe('2026-W51')
  expect(periodKey('monthly', Date.UTC(2026, 10, 30, 23, 30))).toBe('2026-12')
  expect(mondayOf('2026-12-13')).toBe('2026-12-07')
})

test('the scheduler sends weekly digests on Monday from 07:00 and monthly ones on the first from 07:00 Berlin time', () => {
  expect(isSendingDay('weekly', berlinInstant('2026-12-07', '06:59').getTime())).toBe(false)
  expect(isSendingDay('weekly', berlinInstant('2026-12-07', '07:00').getTime())).toBe(true)
  expect(isSendingDay('weekly', berlinInstant('2026-12-08', '07:00').getTime())).toBe(false)
  // across the switch to summer time: Monday 30 March 2026
  expect(isSendingDay('weekly', berlinInstant('2026-03-30', '07:05').getTime())).toBe(true)
  expect(isSendingDay('monthly', berlinInstant('2027-01-01', '07:00').getTime())).toBe(true)
  expect(isSendingDay('monthly', berlinInstant('2027-01-02', '07:00').getTime())).toBe(false)
})
