/**
 * `npm run bench`: the production build against data/bench.db on 127.0.0.1, measured with autocannon
 * against a bare node:http + better-sqlite3 baseline started in the same run.
 * `--smoke` runs every measurement once on tiny data (part of `npm test`, so the harness cannot rot).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { seedBench } from './seed'

type Figure = { name: string; value: number | null; unit: string; target?: string; ok?: boolean | null }

function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000)
}

async function waitFor(url: string, timeoutMs: number): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url)
      if (response.status === 200) return performance.now() - started
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

function start(command: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  return child
}

async function load(url: string, connections: number, smoke: boolean) {
  const result = await autocannon({
    url,
    connections: smoke ? 1 : connections,
    ...(smoke ? { amount: 1 } : { duration: 10 }),
    headers: { 'Accept-Language': 'de' },
  })
  if (result.non2xx > 0 && !smoke) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

async function clientJavaScriptKb(baseUrl: string, path: string): Promise<number> {
  const html = await (await fetch(baseUrl + path)).text()
  const sources = new Set<string>()
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)) sources.add(match[1]!)
  for (const match of html.matchAll(/import\("(\/assets\/[^"]+\.js)"\)|from "(\/assets\/[^"]+\.js)"/g)) sources.add((match[1] ?? match[2])!)
  let bytes = 0
  for (const source of sources) bytes += gzipSync(Buffer.from(await (await fetch(baseUrl + source)).arrayBuffer())).length
  return bytes / 1024
}

export async function runBench(options: { smoke: boolean; databasePath?: string }) {
  const { smoke } = options
  const folder = join(tmpdir(), 'dialognetz-bench')
  mkdirSync(folder, { recursive: true })
  const working = join(folder, `bench-${process.pid}.db`)
  if (smoke) {
    await seedBench(working, 'smoke', { quiet: true })
  } else {
    const source = options.databasePath ?? './data/bench.db'
    if (!existsSync(source)) throw new Error(`${source} is missing: run npm run bench:seed first`)
    copyFileSync(source, working) // the answer race writes; the seeded file stays as it was
  }

  const appPort = freePort()
  const basePort = appPort + 1
  const appUrl = `http://127.0.0.1:${appPort}`
  const baseUrl = `http://127.0.0.1:${basePort}`
  const figures: Figure[] = []
  const servers: ChildProcess[] = []
  try {
    const app = start([process.execPath, 'server.js'], {
      NODE_ENV: 'production',
      PORT: String(appPort),
      HOST: '127.0.0.1',
      APP_URL: appUrl,
      DATABASE_PATH: working,
      SEED_DEMO: 'false',
      MAIL_WORKER: 'false',
    })
    servers.push(app)
    const startMs = await waitFor(`${appUrl}/healthz`, 30_000)
    figures.push({ name: 'server start to first 200 on /healthz', value: startMs, unit: 'ms', target: '< 1500', ok: startMs < 1500 })

    servers.push(start([process.execPath, 'tests/bench/baseline-server.mjs'], { PORT: String(basePort), DATABASE_PATH: working }))
    await waitFor(`${baseUrl}/events`, 10_000)

    // warm up both
    await load(`${appUrl}/events`, 10, true)
    await load(`${baseUrl}/events`, 10, true)
    if (!smoke) {
      await autocannon({ url: `${appUrl}/events`, connections: 10, duration: 3 })
      await autocannon({ url: `${baseUrl}/events`, connections: 10, duration: 3 })
    }

    for (const [label, query] of [
      ['GET /events', ''],
      ['GET /events?kind=talk&tradition=islamic', '?kind=talk&tradition=islamic'],
    ] as const) {
      for (const connections of [10, 50]) {
        const ours = await load(`${appUrl}/events${query}`, connections, smoke)
        const base = await load(`${baseUrl}/events${query}`, connections, smoke)
        const share = base.rps > 0 ? (ours.rps / base.rps) * 100 : null
        figures.push({ name: `${label} @${connections}: requests/s`, value: ours.rps, unit: 'req/s' })
        figures.push({ name: `${label} @${connections}: p50`, value: ours.p50, unit: 'ms' })
        const p99ok = connections === 50 ? ours.p99 < 100 : undefined
        figures.push({ name: `${label} @${connections}: p99`, value: ours.p99, unit: 'ms', ...(connections === 50 ? { target: '< 100', ok: p99ok } : {}) })
        figures.push({ name: `baseline ${label} @${connections}: requests/s`, value: base.rps, unit: 'req/s' })
        figures.push({ name: `${label} @${connections}: share of baseline`, value: share, unit: '%', target: '>= 25', ok: share === null ? null : share >= 25 })
      }
    }

    const js = await clientJavaScriptKb(appUrl, '/events')
    figures.push({ name: 'client JavaScript loaded by /events (gzip)', value: js, unit: 'kB', target: '< 120', ok: js < 120 })
  } finally {
    for (const server of servers) server.kill('SIGTERM')
    for (const suffix of ['', '-wal', '-shm']) rmSync(working + suffix, { force: true })
  }
  return {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    date: new Date().toISOString(),
    smoke,
    figures,
  }
}

function printTable(results: Awaited<ReturnType<typeof runBench>>) {
  const rows = results.figures.map((figure) => ({
    measurement: figure.name,
    value: figure.value === null ? 'n/a' : `${figure.value.toFixed(figure.unit === 'req/s' ? 0 : 1)} ${figure.unit}`,
    target: figure.target ?? '',
    met: figure.ok === undefined ? '' : figure.ok === null ? '?' : figure.ok ? 'yes' : 'NO',
  }))
  console.table(rows)
}

if (process.argv[1]?.endsWith('tests/bench/run.ts')) {
  const smoke = process.argv.includes('--smoke')
  const results = await runBench({ smoke })
  printTable(results)
  if (!smoke) {
    writeFileSync('tests/bench/results.json', JSON.stringify(results, null, 2))
    console.log('Written to tests/bench/results.json')
  }
}
