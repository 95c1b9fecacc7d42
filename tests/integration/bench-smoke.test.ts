import { expect, test } from 'vitest'
import { runBench } from '../bench/run'

// The full benchmark (npm run bench) measures; this only proves the harness still runs end to end.
test('the benchmark harness runs every measurement once on a tiny district', async () => {
  const results = await runBench({ smoke: true })
  const names = results.figures.map((figure) => figure.name)
  expect(names).toContain('server start to first 200 on /healthz')
  expect(names).toContain('GET /events @50: share of baseline')
  expect(names).toContain('client JavaScript loaded by /events (gzip)')
  for (const figure of results.figures) expect(figure.value, figure.name).not.toBeNull()
  expect(results.figures.find((figure) => figure.name === 'client JavaScript loaded by /events (gzip)')!.value).toBeGreaterThan(10)
}, 120_000)
