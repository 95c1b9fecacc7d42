import { execFileSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { icsProblems } from '../support/ics'

function buildUnder(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'tests/support/fixtures/print-ics.ts'], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  })
}

test('calendar files are byte for byte the same whatever the server time zone', () => {
  const utc = buildUnder('UTC')
  const newYork = buildUnder('America/New_York')
  const berlin = buildUnder('Europe/Berlin')
  expect(utc.length).toBeGreaterThan(1000)
  expect(newYork).toBe(utc)
  expect(berlin).toBe(utc)
  for (const file of utc.split('\n=====\n')) expect(icsProblems(file)).toEqual([])
  expect(utc).toContain('DTSTART;TZID=Europe/Berlin:20260115T190000')
  expect(utc).toContain('DTSTART;TZID=Europe/Berlin:20261025T233000')
  expect(utc).toContain('DTSTART;VALUE=DATE:20260329')
})
