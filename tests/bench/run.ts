/**
 * `npm run bench`: the production build against data/bench.db on 127.0.0.1, measured with autocannon
 * against a bare node:http + better-sqlite3 baseline started in the same run.
 * `--smoke` runs every measurement once on tiny data (part of `npm test`, so the harness cannot rot).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { Agent, request as httpRequest } from 'node:http'
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { promisify } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { generateToken, hashToken } from '../../app/domain/auth/tokens.server'
import { FEED_NETWORK_SLUG, seedBench } from './seed'

type Figure = { name: string; value: number | null; unit: string; target?: string; ok?: boolean | null }

export function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000)
}

/** The production server as the benchmark runs it: on 127.0.0.1, against `databasePath`, without demo seed, mail worker or jobs. */
export function benchServerEnv(port: number, databasePath: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_PATH: databasePath,
    SEED_DEMO: 'false',
    MAIL_WORKER: 'false',
    JOBS: 'false',
  }
}

export async function waitFor(url: string, timeoutMs: number): Promise<number> {
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

async function load(url: string, connections: number, smoke: boolean, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url,
    connections: smoke ? 1 : connections,
    ...(smoke ? { amount: 1 } : { duration: 10 }),
    headers: { 'Accept-Language': 'de', ...headers },
  })
  if (result.non2xx > 0 && !smoke) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * One HTTP request with node:http; resolves with the status and headers once the body has been read.
 * The measurements use node:http rather than fetch: on the 2-core box fetch's own cost and jitter
 * were a large part of what it measured (against a server that does nothing, fetch's p99 was 4–5 ms
 * and its 1,000 concurrent POSTs took 1.2 ms of client CPU each; node:http's 1–3 ms and 0.5 ms).
 */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent | false },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers, ...(options.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(options.body)) } : {}) }
    const req = httpRequest(url, { method: options.method ?? 'GET', headers, agent: options.agent }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * Sequential requests (one at a time, over one kept-alive connection as a calendar program polling its
 * feeds holds one): p50/p99 latency in ms; every answer must have `status`.
 * 200 samples, so that the p99 is the third-slowest answer and not simply the slowest (with 50 it was the maximum).
 */
const SEQUENTIAL_SAMPLES = 200

async function sequential(url: string, count: number, status: number, headers: Record<string, string> = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const durations: number[] = []
  try {
    for (let i = 0; i < count; i++) {
      const started = performance.now()
      const response = await send(url, { headers: { 'Accept-Language': 'de', ...headers }, agent })
      durations.push(performance.now() - started)
      if (response.status !== status) throw new Error(`${url}: ${response.status} instead of ${status}`)
    }
  } finally {
    agent.destroy()
  }
  durations.sort((a, b) => a - b)
  return { p50: percentile(durations, 50), p99: percentile(durations, 99) }
}

/**
 * The answer race: one published event of `capacity` seats and `answers` invitations with personal answer links
 * (only the hashes are stored, as issueAnswerLink does), written into the benchmark copy before the server starts.
 */
export function prepareRace(path: string, capacity: number, answers: number): { eventId: string; tokens: string[] } {
  const sqlite = new Database(path)
  const now = Date.now()
  const eventId = 'bench-race'
  const tokens: string[] = []
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `insert into events (id, title, description, kind, organisation_id, network_id, visibility, status, starts_at, ends_at, all_day, time_zone,
           venue_name, languages, capacity, change_count, created_at, updated_at)
         values (?, 'Wettlauf um 100 Plätze', '', 'talk', 'o0', 'n0', 'invited', 'published', ?, ?, 0, 'Europe/Berlin', 'Kreishaus', '["de"]', ?, 0, ?, ?)`,
      )
      .run(eventId, now + 7 * 86_400_000, now + 7 * 86_400_000 + 2 * 3_600_000, capacity, now, now)
    const invite = sqlite.prepare(
      "insert into invitations (id, event_id, email, name, locale, token_hash, kind, created_at, updated_at) values (?, ?, ?, ?, 'de', ?, 'invited', ?, ?)",
    )
    const link = sqlite.prepare('insert into answer_links (id, invitation_id, token_hash, created_at, updated_at) values (?, ?, ?, ?, ?)')
    for (let i = 0; i < answers; i++) {
      const token = generateToken()
      tokens.push(token)
      invite.run(`race-inv-${i}`, eventId, `race${i}@bench.example`, `Gast ${i}`, hashToken(generateToken()), now, now)
      link.run(`race-link-${i}`, `race-inv-${i}`, hashToken(token), now, now)
    }
  })()
  sqlite.close()
  return { eventId, tokens }
}

/** Every invitee says "yes" (party of 1) at once, over HTTP through their personal link. */
/**
 * `paths.length` form POSTs fired at once, each on its own connection (as each person answers from their
 * own phone); every answer must be a 302. Returns answers per second.
 */
async function concurrentPosts(appUrl: string, paths: string[], form: Record<string, string>, what: string) {
  const body = new URLSearchParams(form).toString()
  const headers = { Origin: appUrl, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'de' }
  const started = performance.now()
  const statuses = await Promise.all(paths.map((path) => send(appUrl + path, { method: 'POST', headers, body, agent: false }).then((r) => r.status)))
  const seconds = (performance.now() - started) / 1000
  const failed = statuses.filter((status) => status !== 302)
  if (failed.length > 0) throw new Error(`${what}: ${failed.length} answers were not accepted (e.g. ${failed[0]})`)
  return paths.length / seconds
}

/** The answer race: every personal link answers "yes" for one person at the same moment. */
export async function race(appUrl: string, tokens: string[]) {
  return concurrentPosts(appUrl, tokens.map((token) => `/r/${token}`), { answer: 'yes', partySize: '1' }, 'answer race')
}

/**
 * The floor under the race on this machine: as many POSTs with the same client to the app's cheapest action
 * (the language switch: reads the form, sets a cookie, redirects; no database), through the same express and Remix.
 */
export async function cheapestAction(appUrl: string, count: number) {
  return concurrentPosts(appUrl, Array.from({ length: count }, () => '/language'), { locale: 'de', redirectTo: '/events' }, 'POST /language')
}

export function raceOutcome(path: string, eventId: string) {
  const sqlite = new Database(path, { readonly: true })
  const counts = sqlite.prepare('select status, count(*) as n from rsvps where event_id = ? group by status').all(eventId) as { status: string; n: number }[]
  sqlite.close()
  const of = (status: string) => counts.find((row) => row.status === status)?.n ?? 0
  return { confirmed: of('confirmed'), waitlisted: of('waitlisted'), other: counts.reduce((sum, row) => sum + row.n, 0) - of('confirmed') - of('waitlisted') }
}

async function digestSeconds(env: Record<string, string>, smokeRun: boolean) {
  const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['tests/bench/digests-child.ts'], {
    env: { ...process.env, ...env, ...(smokeRun ? {} : { BENCH_DIGEST_LIMIT_S: '60' }) },
    maxBuffer: 10 * 1024 * 1024,
  })
  const line = stdout.trim().split('\n').at(-1)!
  return JSON.parse(line) as { seconds: number; done: number; recipients: number; queued: number; extrapolated: boolean }
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
  const raceSize = smoke ? { capacity: 5, answers: 20 } : { capacity: 100, answers: 1_000 }
  const racePrepared = prepareRace(working, raceSize.capacity, raceSize.answers)

  const appPort = freePort()
  const basePort = appPort + 1
  const appUrl = `http://127.0.0.1:${appPort}`
  const baseUrl = `http://127.0.0.1:${basePort}`
  const figures: Figure[] = []
  const report = (figure: Figure) => {
    if (!smoke) console.log(`${figure.name}: ${figure.value === null ? 'n/a' : figure.value.toFixed(1)} ${figure.unit}`)
  }
  const push = figures.push.bind(figures)
  figures.push = (...items: Figure[]) => {
    items.forEach(report)
    return push(...items)
  }
  const servers: ChildProcess[] = []
  try {
    const env = benchServerEnv(appPort, working)
    const app = start([process.execPath, 'server.js'], env)
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

    // The same list rendered for every request: any cookie bypasses the page cache (app/utils/page-cache.server.ts),
    // as for signed-in people. No target; it shows what a render costs.
    for (const connections of [10, 50]) {
      const rendered = await load(`${appUrl}/events`, connections, smoke, { Cookie: 'bench=1' })
      const base = await load(`${baseUrl}/events`, connections, smoke)
      figures.push({ name: `GET /events rendered each time (with a cookie) @${connections}: requests/s`, value: rendered.rps, unit: 'req/s' })
      figures.push({ name: `GET /events rendered each time (with a cookie) @${connections}: p99`, value: rendered.p99, unit: 'ms' })
      figures.push({ name: `GET /events rendered each time (with a cookie) @${connections}: share of baseline`, value: base.rps > 0 ? (rendered.rps / base.rps) * 100 : null, unit: '%' })
    }

    // 3. The network feed (about 1,000 events in the full district), then the same with If-None-Match.
    const feedUrl = `${appUrl}/calendar.ics?network=${FEED_NETWORK_SLUG}`
    const first = await fetch(feedUrl)
    const feedText = await first.text()
    const etag = first.headers.get('ETag')
    if (first.status !== 200 || !etag) throw new Error(`${feedUrl}: ${first.status}, ETag ${etag}`)
    figures.push({ name: 'GET /calendar.ics?network: events in the feed', value: feedText.split('BEGIN:VEVENT').length - 1, unit: 'events' })
    const feed = await sequential(feedUrl, smoke ? 1 : SEQUENTIAL_SAMPLES, 200)
    figures.push({ name: 'GET /calendar.ics?network: p50', value: feed.p50, unit: 'ms' })
    figures.push({ name: 'GET /calendar.ics?network: p99', value: feed.p99, unit: 'ms', target: '< 50', ok: feed.p99 < 50 })
    const notModified = await sequential(feedUrl, smoke ? 1 : SEQUENTIAL_SAMPLES, 304, { 'If-None-Match': etag })
    figures.push({ name: 'GET /calendar.ics?network (304): p50', value: notModified.p50, unit: 'ms' })
    figures.push({ name: 'GET /calendar.ics?network (304): p99', value: notModified.p99, unit: 'ms', target: '< 5', ok: notModified.p99 < 5 })
    // The floor: the bare baseline server answering 304 at once, same client (machine and client jitter).
    const bareNotModified = await sequential(`${baseUrl}/not-modified`, smoke ? 1 : SEQUENTIAL_SAMPLES, 304, { 'If-None-Match': '"x"' })
    figures.push({ name: 'baseline 304 (bare node:http, same client): p50', value: bareNotModified.p50, unit: 'ms' })
    figures.push({ name: 'baseline 304 (bare node:http, same client): p99', value: bareNotModified.p99, unit: 'ms' })

    // 4. One year of observances.
    const observances = await sequential(`${appUrl}/observances.json?from=2027-01-01&to=2027-12-31`, smoke ? 1 : SEQUENTIAL_SAMPLES, 200)
    figures.push({ name: 'GET /observances.json (2027): p50', value: observances.p50, unit: 'ms' })
    figures.push({ name: 'GET /observances.json (2027): p99', value: observances.p99, unit: 'ms' })

    // 5. The answer race.
    const answersPerSecond = await race(appUrl, racePrepared.tokens)
    const floor = await cheapestAction(appUrl, raceSize.answers)
    figures.push({ name: 'answer race floor: the cheapest action (POST /language), same client: requests/s', value: floor, unit: 'req/s' })
    const outcome = raceOutcome(working, racePrepared.eventId)
    const raceOk = outcome.confirmed === raceSize.capacity && outcome.waitlisted === raceSize.answers - raceSize.capacity && outcome.other === 0
    figures.push({ name: 'answer race: answers/s', value: answersPerSecond, unit: 'answers/s', target: '>= 1000', ok: answersPerSecond >= 1000 })
    figures.push({ name: 'answer race: confirmed', value: outcome.confirmed, unit: 'answers', target: `= ${raceSize.capacity}`, ok: raceOk })
    figures.push({ name: 'answer race: waitlisted', value: outcome.waitlisted, unit: 'answers', target: `= ${raceSize.answers - raceSize.capacity}`, ok: raceOk })

    // 6. The weekly digests of every user, queued (not sent), in a child process against the same copy.
    const digests = await digestSeconds(env, smoke)
    figures.push({ name: 'weekly digests: recipients', value: digests.recipients, unit: 'people' })
    figures.push({ name: 'weekly digests: queued', value: digests.queued, unit: 'mails' })
    figures.push({ name: 'weekly digests: built in the run', value: digests.done, unit: 'people' })
    figures.push({
      name: `weekly digests: build and queue${digests.extrapolated ? ' (extrapolated from the first 60 s)' : ''}`,
      value: digests.seconds,
      unit: 's',
      target: '< 60',
      ok: digests.seconds < 60,
    })

    const js = await clientJavaScriptKb(appUrl, '/events')
    figures.push({ name: 'client JavaScript loaded by /events (gzip)', value: js, unit: 'kB', target: '< 120', ok: js < 120 })
  } finally {
    for (const server of servers) server.kill('SIGTERM')
    for (const suffix of ['', '-wal', '-shm']) rmSync(working + suffix, { force: true })
  }
  return {
    race: { ...raceSize },
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
