import { TZDate } from '@date-fns/tz'
import ical, { foldLines as referenceFold, ICalCalendarMethod } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { expect, test } from 'vitest'
import { foldLines, serializeCalendar } from '~/domain/calendar/build-ics.server'

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ASCII, two- and three-octet characters, a surrogate pair, lone surrogates and separators.
const PIECES = ['a', 'Z', ' ', ',', ';', 'ä', 'ß', 'é', '€', '☪', '✡', '😀', '🕌', '\ud83d', '\ude00', '\\n', 'Gespräch ']

function text(next: () => number, length: number): string {
  let value = ''
  while (value.length < length) value += PIECES[Math.floor(next() * PIECES.length)]
  return value
}

test('lines are folded exactly as ical-generator folds them: umlauts, emoji on the 74-octet boundary, lone surrogates', () => {
  const next = random(2026)
  const cases = ['', 'a'.repeat(74), 'a'.repeat(75), `${'a'.repeat(73)}😀b`, `${'a'.repeat(73)}äb`, `${'a'.repeat(74)}\ud83d`, 'x\r\ny']
  for (let i = 0; i < 2000; i++) {
    const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => text(next, Math.floor(next() * 260)))
    cases.push(lines.join('\r\n'))
  }
  for (const input of cases) expect(foldLines(input), JSON.stringify(input)).toBe(referenceFold(input))
})

test('a calendar with many events, several zones and all-day entries is written byte for byte as ical-generator writes it', () => {
  const next = random(11)
  const build = () => {
    const calendar = ical({ prodId: { company: 'Landkreis Osnabrück', product: 'Dialognetz', language: 'DE' }, name: text(random(3), 90) })
    calendar.timezone({ name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null })
    calendar.method(ICalCalendarMethod.PUBLISH)
    calendar.ttl(3600)
    calendar.x('X-WR-TIMEZONE', 'Europe/Berlin')
    return calendar
  }
  const calendar = build()
  const zones = ['Europe/Berlin', null, 'America/New_York', 'Europe/Berlin', 'Asia/Tehran']
  for (let i = 0; i < 300; i++) {
    const zone = zones[i % zones.length]!
    const start = Date.UTC(2027, 0, 1) + Math.floor(next() * 400) * 86_400_000
    const event = calendar.createEvent({
      id: `event-${i}@dialognetz.example`,
      start: new Date(0),
      summary: text(next, Math.floor(next() * 120)),
      description: text(next, Math.floor(next() * 400)),
      location: text(next, Math.floor(next() * 80)),
      stamp: new Date(start - 86_400_000),
    })
    if (zone) event.timezone(zone).start(new TZDate(start, zone)).end(new TZDate(start + 7_200_000, zone))
    else event.allDay(true).start(new Date(start)).end(new Date(start + 86_400_000))
  }
  const reference = `${calendar.toString()}\r\n`
  expect(serializeCalendar(calendar)).toBe(reference)
  expect(reference.match(/BEGIN:VTIMEZONE/g)).toHaveLength(3)

  const single = build()
  single.createEvent({ id: 'one@dialognetz.example', start: new Date(Date.UTC(2027, 0, 1)), summary: 'Eins' })
  const singleReference = `${single.toString()}\r\n`
  expect(serializeCalendar(single)).toBe(singleReference)
  expect(serializeCalendar(build())).toBe(`${build().toString()}\r\n`)
})
