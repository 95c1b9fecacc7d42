import { expect, test } from 'vitest'
import { demoRoundSeries } from '../../db/data/demo-district'
import { pickDemoCandidates } from '../../db/seed'
import { flagCandidate } from '~/domain/rounds/candidates'
import { addDays } from '~/utils/time'

const poll = demoRoundSeries[0]!.planned.poll

test('on every seed day of two years the demo date poll gets one flagged and two conflict-free weekday evenings after its deadline', () => {
  for (let day = 0; day < 730; day++) {
    const today = addDays('2026-01-01', day)
    const [flagged, ...free] = pickDemoCandidates(today, poll, 120)
    const flags = flagCandidate(flagged)
    expect(flags.high || flags.schoolHoliday || flags.conflicts.some((c) => c.observance.importance === 'medium'), today).toBe(true)
    for (const candidate of free) expect(flagCandidate(candidate).conflictCount, today).toBe(0)
    const starts = [flagged, ...free].map((c) => c.startsAt.getTime())
    expect(new Set(starts).size, today).toBe(3)
    for (const c of [flagged, ...free]) {
      const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short' }).format(c.startsAt)
      expect(['Mon', 'Tue', 'Wed', 'Thu'], today).toContain(weekday)
      expect(c.startsAt.getTime(), today).toBeGreaterThan(new Date(`${addDays(today, poll.deadlineDaysFromSeed + 1)}T00:00:00Z`).getTime())
    }
  }
})

test('the demo poll is the same for the same seed day', () => {
  expect(pickDemoCandidates('2026-11-26', poll, 120)).toEqual(pickDemoCandidates('2026-11-26', poll, 120))
})
