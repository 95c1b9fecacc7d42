/**
 * `npm run bench:seed`: a district ten times larger, deterministic, in data/bench.db.
 * Prepared statements inside large transactions; a progress bar per table.
 */
import { existsSync, rmSync } from 'node:fs'
import { hash } from '@node-rs/argon2'
import { SingleBar, Presets } from 'cli-progress'
import { seedMunicipalities } from '../../db/seed'
import { openDatabase } from '../../db/client'
import { lastOccurrenceEnd } from '../../app/domain/events/recurrence'

export const BENCH_SIZES = {
  full: { networks: 100, organisations: 3_000, users: 30_000, events: 60_000, answersPerEvent: 10, outbox: 200_000 },
  smoke: { networks: 3, organisations: 30, users: 60, events: 120, answersPerEvent: 3, outbox: 100 },
} as const

export type BenchSize = keyof typeof BENCH_SIZES

/** mulberry32: the same numbers on every run. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TRADITIONS = ['jewish', 'islamic', 'christian-western', 'christian-orthodox', 'alevi', 'yazidi', 'bahai', 'hindu', 'buddhist', 'sikh', 'interreligious']
const KINDS = ['faith-community', 'migrant-organisation', 'welfare-association', 'public-body', 'education', 'initiative']
const EVENT_KINDS = ['dialogue-round', 'open-house', 'interreligious-prayer', 'talk', 'shared-meal', 'network-meeting', 'festival', 'excursion', 'other']
const DAY = 24 * 60 * 60 * 1000
/** The network whose feed (GET /calendar.ics?network=…) is measured: about 1,000 public events in the feed window. */
export const FEED_NETWORK_SLUG = 'netzwerk-0'

export async function seedBench(path: string, size: BenchSize, options: { now?: number; quiet?: boolean } = {}) {
  const sizes = BENCH_SIZES[size]
  const now = options.now ?? Date.UTC(2026, 10, 26, 9, 0)
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix)
  const db = openDatabase(path)
  seedMunicipalities(db)
  const sqlite = db.$client
  sqlite.pragma('synchronous = OFF')
  const rand = random(20261126)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const municipalities = (sqlite.prepare("select id from municipalities where kind != 'samtgemeinde'").all() as { id: string }[]).map((r) => r.id)
  const passwordHash = await hash('Benchmark-Passwort-2026')
  const stamp = now

  const bar = options.quiet ? null : new SingleBar({ format: '{table} [{bar}] {percentage}% | {value}/{total}', hideCursor: true }, Presets.shades_classic)
  function fill(table: string, total: number, insertOne: (i: number) => void) {
    bar?.start(total, 0, { table: table.padEnd(13) })
    const chunk = 5_000
    for (let start = 0; start < total; start += chunk) {
      sqlite.transaction(() => {
        for (let i = start; i < Math.min(total, start + chunk); i++) insertOne(i)
      })()
      bar?.update(Math.min(total, start + chunk))
    }
    bar?.stop()
  }

  const insertNetwork = sqlite.prepare(
    'insert into networks (id, slug, name, scope, description, district_role, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  fill('networks', sizes.networks, (i) =>
    insertNetwork.run(`n${i}`, `netzwerk-${i}`, `Netzwerk ${i}`, i % 4 === 0 ? 'supra-regional' : 'regional', `Beschreibung ${i}`, 'Mitglied', stamp, stamp),
  )

  const insertOrganisation = sqlite.prepare(
    `insert into organisations (id, slug, name, kind, tradition, municipality_id, city, languages, accessibility, description, status, trusted, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
  )
  const insertMembership = sqlite.prepare(
    "insert into network_memberships (id, network_id, organisation_id, role, since, created_at, updated_at) values (?, ?, ?, 'member', '2020-01-01', ?, ?)",
  )
  fill('organisations', sizes.organisations, (i) => {
    insertOrganisation.run(
      `o${i}`,
      `organisation-${i}`,
      `Gemeinde ${i} ${pick(['St. Marien', 'Moschee', 'Kulturverein', 'Synagoge', 'Cemevi', 'Begegnung'])}`,
      pick(KINDS),
      pick(TRADITIONS),
      pick(municipalities),
      'Landkreis Osnabrück',
      JSON.stringify(['de', pick(['tr', 'ar', 'ru', 'ku', 'fa', 'en'])]),
      JSON.stringify(rand() < 0.5 ? ['step-free'] : []),
      `Beschreibung der Organisation ${i}`,
      rand() < 0.2 ? 1 : 0,
      stamp,
      stamp,
    )
    insertMembership.run(`m${i}`, `n${i % sizes.networks}`, `o${i}`, stamp, stamp)
  })

  const insertUser = sqlite.prepare(
    "insert into users (id, email, name, locale, role, password_hash, created_at, updated_at) values (?, ?, ?, ?, 'member', ?, ?, ?)",
  )
  const insertOrgMember = sqlite.prepare(
    'insert into organisation_members (id, organisation_id, user_id, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  )
  fill('users', sizes.users, (i) => {
    insertUser.run(`u${i}`, `person${i}@bench.example`, `Person ${i}`, i % 5 === 0 ? 'en' : 'de', passwordHash, stamp, stamp)
    insertOrgMember.run(`om${i}`, `o${i % sizes.organisations}`, `u${i}`, i < sizes.organisations ? 'editor' : 'member', stamp, stamp)
  })

  const insertEvent = sqlite.prepare(
    `insert into events (id, title, description, kind, organisation_id, network_id, visibility, status, starts_at, ends_at, all_day, time_zone,
       venue_name, municipality_id, languages, capacity, change_count, recurrence, series_ends_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'Europe/Berlin', ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  )
  const fiveYears = 5 * 365 * DAY
  const from = now - 2 * 365 * DAY
  // The feed window of app/domain/calendar/queries.server.ts (90 days back, two years ahead).
  const feedFrom = now - 90 * DAY
  const feedTo = now + 730 * DAY
  // Every n-th event inside the feed window goes to the feed network as a public, published event.
  const feedEvery = Math.max(1, Math.round((sizes.events * (820 / 1825)) / (sizes.events >= 10_000 ? 800 : 10)))
  fill('events', sizes.events, (i) => {
    const organisation = i % sizes.organisations
    const startsAt = from + Math.floor((i / sizes.events) * fiveYears) + Math.floor(rand() * 10) * 60 * 60 * 1000
    const endsAt = startsAt + 2 * 60 * 60 * 1000
    let visibility = rand() < 0.7 ? 'public' : rand() < 0.67 ? 'network' : 'invited'
    let status = rand() < 0.95 ? 'published' : 'cancelled'
    let network = `n${organisation % sizes.networks}`
    if (startsAt >= feedFrom && startsAt <= feedTo && i % feedEvery === 0) {
      network = 'n0'
      visibility = 'public'
      status = 'published'
    }
    // 10 % recurring: weekly, 4–12 dates, stored as the events area stores them (recurrence JSON + series_ends_at).
    const recurrence = i % 10 === 5 ? { frequency: 'weekly' as const, count: 4 + (i % 9), exceptionDates: [] as string[] } : null
    const seriesEndsAt = recurrence
      ? lastOccurrenceEnd({ startsAt: new Date(startsAt), endsAt: new Date(endsAt), allDay: false, recurrence }).getTime()
      : null
    insertEvent.run(
      `e${i}`,
      `Veranstaltung ${i}: ${pick(['Dialog', 'Friedensgebet', 'Tag der offenen Tür', 'Vortrag', 'Iftar'])}`,
      `Beschreibung ${i}`,
      pick(EVENT_KINDS),
      `o${organisation}`,
      network,
      visibility,
      status,
      startsAt,
      endsAt,
      `Gemeindehaus ${organisation}`,
      pick(municipalities),
      JSON.stringify(['de']),
      rand() < 0.3 ? 100 : null,
      recurrence ? JSON.stringify(recurrence) : null,
      seriesEndsAt,
      stamp,
      stamp,
    )
  })

  const insertAnswer = sqlite.prepare(
    "insert into rsvps (id, event_id, user_id, email, name, answer, status, party_size, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  )
  const totalAnswers = sizes.events * sizes.answersPerEvent
  fill('answers', totalAnswers, (i) => {
    const event = Math.floor(i / sizes.answersPerEvent)
    const user = (event * 7 + (i % sizes.answersPerEvent) * 997) % sizes.users
    const answer = rand() < 0.7 ? 'yes' : rand() < 0.5 ? 'maybe' : 'no'
    insertAnswer.run(`a${i}`, `e${event}`, `u${user}`, `person${user}@bench.example`, `Person ${user}`, answer, answer === 'no' ? 'declined' : 'confirmed', 1, stamp, stamp)
  })

  const insertOutbox = sqlite.prepare(
    "insert into outbox (id, template, to_email, locale, props, subject, status, attempts, next_attempt_at, created_at, updated_at) values (?, 'sign-in-link', ?, 'de', ?, ?, 'delivered-locally', 1, ?, ?, ?)",
  )
  fill('outbox', sizes.outbox, (i) =>
    insertOutbox.run(`mail${i}`, `person${i % sizes.users}@bench.example`, JSON.stringify({ name: `Person ${i}`, url: 'http://localhost/auth/x', minutes: 10 }), 'Ihr Anmeldelink für Dialognetz', now - i * 1000, now - i * 1000, now - i * 1000),
  )

  sqlite.pragma('synchronous = NORMAL')
  sqlite.exec('ANALYZE')
  sqlite.close()
  return sizes
}

if (process.argv[1]?.endsWith('tests/bench/seed.ts')) {
  const started = performance.now()
  const path = process.env.BENCH_DATABASE_PATH ?? './data/bench.db'
  await seedBench(path, process.argv.includes('--smoke') ? 'smoke' : 'full')
  console.log(`Benchmark district written to ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
