import { expect, test } from 'vitest'
import { runBench } from '../bench/run'

// The full benchmark (npm run bench) measures; this only proves the harness still runs end to end.
test('the benchmark harness runs every measurement once on a tiny district', async () => {
  const results = await runBench({ smoke: true })
  const value = (name: string) => {
    const figure = results.figures.find((f) => f.name === name)
    expect(figure, name).toBeDefined()
    expect(typeof figure!.value, name).toBe('number')
    expect(Number.isFinite(figure!.value), name).toBe(true)
    return figure!.value!
  }
  for (const figure of results.figures) expect(figure.value, figure.name).not.toBeNull()
  expect(value('server start to first 200 on /healthz')).toBeGreaterThan(0)
  for (const label of ['GET /events', 'GET /events?kind=talk&tradition=islamic']) {
    for (const connections of [10, 50]) {
      expect(value(`${label} @${connections}: requests/s`)).toBeGreaterThan(0)
      expect(value(`${label} @${connections}: share of baseline`)).toBeGreaterThan(0)
    }
  }
  for (const connections of [10, 50]) {
    expect(value(`GET /events rendered each time (with a cookie) @${connections}: requests/s`)).toBeGreaterThan(0)
  }
  expect(value('GET /calendar.ics?network: events in the feed')).toBeGreaterThan(0)
  expect(value('GET /calendar.ics?network: p99')).toBeGreaterThan(0)
  expect(value('GET /calendar.ics?network (304): p99')).toBeGreaterThan(0)
  expect(value('baseline 304 (bare node:http, same client): p99')).toBeGreaterThan(0)
  expect(value('GET /observances.json (2027): p99')).toBeGreaterThan(0)
  expect(value('answer race: answers/s')).toBeGreaterThan(0)
  expect(value('answer race floor: the cheapest action (POST /language), same client: requests/s')).toBeGreaterThan(0)
  // The race on tiny data: exactly `capacity` confirmed, the rest waitlisted.
  expect(value('answer race: confirmed')).toBe(results.race.capacity)
  expect(value('answer race: waitlisted')).toBe(results.race.answers - results.race.capacity)
  expect(value('weekly digests: recipients')).toBeGreaterThan(0)
  expect(value('weekly digests: built in the run')).toBe(value('weekly digests: recipients'))
  expect(value('weekly digests: build and queue')).toBeGreaterThan(0)
  expect(value('client JavaScript loaded by /events (gzip)')).toBeGreaterThan(10)
}, 180_000)
