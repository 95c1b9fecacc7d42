import { expect, test } from 'vitest'
import { observancesJson, readObservanceQuery } from '~/domain/observances/api'

const read = (query: string, locale: 'de' | 'en' = 'de') => readObservanceQuery(new URLSearchParams(query), locale)

test('a range of exactly three years is accepted, one day more is refused, in the language asked for', () => {
  expect(read('from=2026-01-01&to=2029-01-01').ok).toBe(true)
  expect(read('from=2026-01-01&to=2029-01-02', 'en')).toEqual({ ok: false, message: 'The range may cover at most 3 years.' })
  expect(read('from=2026-01-01&to=2029-01-02')).toEqual({ ok: false, message: 'Der Zeitraum darf höchstens 3 Jahre umfassen.' })
  // From a leap day, three years later is 28 February.
  expect(read('from=2028-02-29&to=2031-02-28').ok).toBe(true)
  expect(read('from=2028-02-29&to=2031-03-01').ok).toBe(false)
})

test('impossible dates, unknown traditions and languages are refused with a plain message', () => {
  for (const query of ['from=2026-02-30&to=2026-03-01', 'from=26-01-01&to=2026-03-01', 'from=2026-01-01&to=2026-13-01', 'from=2026-01-01&to=2026-02-01&tradition=', 'from=2026-01-01&to=2026-02-01&tradition=jewish,pagan', 'from=2026-01-01&to=2026-02-01&lang=tr']) {
    const result = read(query)
    expect(result.ok, query).toBe(false)
    if (!result.ok) expect(result.message.length, query).toBeGreaterThan(5)
  }
  expect(read('from=2026-01-01&to=2026-02-01&tradition=jewish,pagan')).toEqual({ ok: false, message: 'Unbekannte Tradition: pagan.' })
  expect(read('from=2026-02-30&to=2026-03-01', 'en')).toEqual({ ok: false, message: 'from must be a real date written YYYY-MM-DD (years 1900–2200).' })
})

test('names and notes follow the requested language and the filter keeps only the chosen traditions', () => {
  const de = read('from=2026-12-24&to=2026-12-26&tradition=christian-western')
  const en = read('from=2026-12-24&to=2026-12-26&tradition=christian-western&lang=en')
  if (!de.ok || !en.ok) throw new Error('expected valid queries')
  const deNames = observancesJson(de.query).observances.map((o) => o.name)
  const enNames = observancesJson(en.query).observances.map((o) => o.name)
  expect(deNames.some((n) => n.includes('Weihnacht'))).toBe(true)
  expect(enNames.some((n) => n.includes('Christmas'))).toBe(true)
  expect(new Set(observancesJson(en.query).observances.map((o) => o.tradition))).toEqual(new Set(['christian-western']))
  expect(Object.keys(observancesJson(en.query).observances[0]!).sort()).toEqual(
    ['beginsPreviousEvening', 'end', 'id', 'importance', 'name', 'note', 'start', 'tradition', 'uncertaintyDays'].sort(),
  )
})
