import { existsSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hash } from '@node-rs/argon2'
import { eq, inArray, sql } from 'drizzle-orm'
import { generateToken, hashToken } from '../app/domain/auth/tokens.server'
import { rebuildOrganisationSearch } from '../app/domain/organisations/search.server'
import { flagCandidate, checkCandidates, type CandidateInput } from '../app/domain/rounds/candidates'
import { addressOf } from '../app/domain/rounds/choose-winner.server'
import { suggestNextHost } from '../app/domain/rounds/hosts'
import { addDays, berlinDate, berlinInstant } from '../app/utils/time'
import { openDatabase, type Db, type Tx } from './client'
import {
  demoEvents,
  demoNetworks,
  demoOpenStatements,
  demoOrganisations,
  demoRoundSeries,
  demoStatements,
  demoUsers,
  type DemoPlannedRound,
  type DemoUser,
} from './data/demo-district'
import {
  agendaTopics,
  datePolls,
  events,
  jointStatements,
  municipalities,
  networkCoordinators,
  networkMemberships,
  networks,
  organisationMembers,
  organisations,
  pollAnswers,
  pollCandidates,
  pollParticipants,
  roundAttendance,
  roundDecisions,
  roundMinutes,
  rounds,
  roundSeries,
  roundTasks,
  statementSignatures,
  users,
} from './schema'

const MUNICIPALITIES_CSV = resolve(process.env.SEED_DATA_FOLDER ?? 'db/data', 'municipalities.csv')

/** Splits one CSV line, honouring double quotes. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

export const samtgemeindeId = (name: string) =>
  name
    .toLowerCase()
    .replace(/ü/g, 'ue')
    .replace(/ö/g, 'oe')
    .replace(/ä/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')

/** The 34 Gemeinden and 4 Samtgemeinden: reference data, inserted into every database. */
export function seedMunicipalities(db: Db): void {
  const lines = readFileSync(MUNICIPALITIES_CSV, 'utf8').trim().split(/\r?\n/).slice(1)
  const rows = lines.map(parseCsvLine).map(([ags = '', name = '', type = '', samtgemeinde = '']) => ({ ags, name, type, samtgemeinde }))
  db.transaction((tx) => {
    // The CSV names no official key for the Samtgemeinden; they get a stable slug id.
    for (const row of rows.filter((r) => !r.ags)) {
      tx.insert(municipalities)
        .values({ id: samtgemeindeId(row.name), name: row.name, type: 'Samtgemeinde', kind: 'samtgemeinde', samtgemeindeId: null })
        .onConflictDoNothing()
        .run()
    }
    for (const row of rows.filter((r) => r.ags)) {
      tx.insert(municipalities)
        .values({
          id: row.ags,
          name: row.name,
          type: row.type,
          kind: row.samtgemeinde ? 'mitgliedsgemeinde' : 'einheitsgemeinde',
          samtgemeindeId: row.samtgemeinde ? samtgemeindeId(row.samtgemeinde) : null,
        })
        .onConflictDoNothing()
        .run()
    }
  })
}

export function isEmpty(db: Db): boolean {
  const count = (table: typeof users | typeof organisations) => db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0
  return count(users) === 0 && count(organisations) === 0
}

export type DemoAccount = Pick<DemoUser, 'key' | 'email' | 'password' | 'role' | 'name'>

export function demoAccounts(): DemoAccount[] {
  return demoUsers.map(({ key, email, password, role, name }) => ({ key, email, password, role, name }))
}

/** The demo district: networks, ~40 organisations, one user per role, a few upcoming events. Deterministic for a given day. */
export async function seedDemoDistrict(db: Db, now = Date.now()): Promise<DemoAccount[]> {
  seedMunicipalities(db)
  const passwordHashes = await Promise.all(demoUsers.map((user) => hash(user.password)))
  const today = berlinDate(now)
  db.transaction((tx) => {
    const networkIds = new Map<string, string>()
    for (const network of demoNetworks) {
      const row = tx.insert(networks).values(network).returning({ id: networks.id }).get()
      networkIds.set(network.slug, row.id)
    }
    const organisationIds = new Map<string, string>()
    for (const { networks: memberships, municipality, ...organisation } of demoOrganisations) {
      const row = tx
        .insert(organisations)
        .values({
          ...organisation,
          municipalityId: municipality,
          lastConfirmedAt: organisation.status === 'active' ? new Date(now - 30 * 24 * 60 * 60_000) : null,
        })
        .returning({ id: organisations.id })
        .get()
      organisationIds.set(organisation.slug, row.id)
      for (const membership of memberships) {
        tx.insert(networkMemberships)
          .values({ networkId: networkIds.get(membership.slug)!, organisationId: row.id, role: membership.role, since: membership.since })
          .run()
      }
    }
    const userIds = new Map<string, string>()
    demoUsers.forEach((user, index) => {
      const row = tx
        .insert(users)
        .values({ email: user.email, name: user.name, role: user.role, locale: user.locale, passwordHash: passwordHashes[index] })
        .returning({ id: users.id })
        .get()
      userIds.set(user.key, row.id)
      for (const membership of user.organisations) {
        tx.insert(organisationMembers)
          .values({ organisationId: organisationIds.get(membership.slug)!, userId: row.id, role: membership.role })
          .run()
      }
      for (const slug of user.coordinates) {
        tx.insert(networkCoordinators).values({ networkId: networkIds.get(slug)!, userId: row.id }).run()
      }
    })
    for (const event of demoEvents) {
      const date = addDays(today, event.daysFromSeed)
      const startsAt = event.allDay ? berlinInstant(date) : berlinInstant(date, event.startTime)
      const endsAt = event.allDay
        ? berlinInstant(addDays(date, 1))
        : new Date(startsAt.getTime() + event.durationMinutes * 60_000)
      tx.insert(events)
        .values({
          title: event.title,
          description: event.description,
          kind: event.kind,
          organisationId: organisationIds.get(event.organisation)!,
          networkId: event.network ? networkIds.get(event.network)! : null,
          visibility: event.visibility,
          status: event.status,
          startsAt,
          endsAt,
          allDay: event.allDay ?? false,
          venueName: event.venueName,
          venueAddress: event.venueAddress,
          municipalityId: event.municipality,
          onlineUrl: event.onlineUrl,
          languages: event.languages,
          capacity: event.capacity,
          contact: event.contact,
          createdById: userIds.get('admin') ?? null,
        })
        .run()
    }
    const roundIds = seedDemoRounds(tx, { now, today, networkIds, organisationIds, userIds })
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60_000)
    for (const statement of demoStatements) {
      const row = tx
        .insert(jointStatements)
        .values({
          networkId: networkIds.get(statement.network)!,
          roundId: statement.round ? (roundIds.get(statement.network)?.[statement.round - 1] ?? null) : null,
          title: statement.title,
          body: statement.body,
          status: 'published',
          openedAt: daysAgo(statement.publishedDaysAgo + 10),
          publishedAt: daysAgo(statement.publishedDaysAgo),
          createdById: userIds.get('coordinator') ?? null,
        })
        .returning({ id: jointStatements.id })
        .get()
      for (const signatory of statement.signatories) {
        tx.insert(statementSignatures)
          .values({
            statementId: row.id,
            organisationId: organisationIds.get(signatory.organisation)!,
            signedById: signatory.by ? (userIds.get(signatory.by) ?? null) : null,
            signedAt: daysAgo(signatory.signedDaysAgo),
          })
          .run()
      }
    }
    rebuildOrganisationSearch(tx)
  })
  return demoAccounts()
}

const DAY_MS = 24 * 60 * 60_000

/** A weekday from Monday to Thursday (Friday evening and the weekend are taken by Shabbat, Jumu'ah and Sunday services). */
function isMondayToThursday(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  return weekday >= 1 && weekday <= 4
}

/** The seed day plus `days`, moved back to the nearest Monday to Thursday: the Runder Tisch meets on weekday evenings. */
function meetingDay(today: string, days: number): string {
  let date = addDays(today, days)
  while (!isMondayToThursday(date)) date = addDays(date, -1)
  return date
}

/**
 * The three candidates of the demo poll, in the order [flagged, first free, second free]. Flagged is
 * the first Monday-to-Thursday evening in the window on a high-importance observance or in
 * Niedersachsen school holidays, else the first on a medium one; free are the first two such
 * evenings, at least six days apart, without any conflict. Deterministic for a given seed day (the
 * intercultural calendar is computed, not fetched).
 */
export function pickDemoCandidates(today: string, poll: DemoPlannedRound['poll'], lengthMinutes: number): [CandidateInput, CandidateInput, CandidateInput] {
  // the window widens if the calendar is quiet (it never is for long: holidays and school holidays come every few weeks)
  for (let toDays = poll.window.toDays; toDays <= poll.window.toDays + 365; toDays += 30) {
    const evenings = []
    for (let day = poll.window.fromDays; day <= toDays; day++) {
      const date = addDays(today, day)
      if (!isMondayToThursday(date)) continue
      const startsAt = berlinInstant(date, poll.startTime)
      const candidate = { startsAt, endsAt: new Date(startsAt.getTime() + lengthMinutes * 60_000) }
      evenings.push({ candidate, flags: flagCandidate(candidate) })
    }
    const flagged =
      evenings.find((e) => e.flags.high || e.flags.schoolHoliday) ?? evenings.find((e) => e.flags.conflicts.some((c) => c.observance.importance === 'medium'))
    const free: CandidateInput[] = []
    for (const { candidate, flags } of evenings) {
      if (free.length < 2 && flags.conflictCount === 0 && (free.length === 0 || candidate.startsAt.getTime() - free[0]!.startsAt.getTime() >= 6 * DAY_MS)) {
        free.push(candidate)
      }
    }
    if (flagged && free.length === 2) return [flagged.candidate, free[0]!, free[1]!]
  }
  throw new Error('demo seed: no candidate dates found for the date poll')
}

/**
 * The demo round series of the Runder Tisch: held rounds with their (past) events, accepted topics,
 * published minutes, attendance, decisions and tasks; the coming round with its agenda and an open
 * date poll answered by some demo members; and a joint statement open for signatures. Rows are
 * written directly inside the seed's transaction (the domain's writes run on the app's connection
 * and would mail every member); the rules they keep — candidates checked like createPoll, the host
 * suggested by the series' order, participants as inviteNetworkToPoll invites them, tokens only as
 * hashes — come from the domain. Returns the round ids per network slug, in round order.
 */
function seedDemoRounds(
  tx: Tx,
  ctx: { now: number; today: string; networkIds: Map<string, string>; organisationIds: Map<string, string>; userIds: Map<string, string> },
) {
  const { now, today } = ctx
  const at = (ms: number) => new Date(ms)
  const organisationId = (slug: string) => {
    const id = ctx.organisationIds.get(slug)
    if (!id) throw new Error(`demo seed: unknown organisation ${slug}`)
    return id
  }
  const userId = (key: string | null) => (key ? (ctx.userIds.get(key) ?? null) : null)
  const coordinatorId = userId('coordinator')
  const roundIds = new Map<string, string[]>()

  for (const demo of demoRoundSeries) {
    const networkId = ctx.networkIds.get(demo.network)!
    const members = tx.select({ id: networkMemberships.organisationId }).from(networkMemberships).where(eq(networkMemberships.networkId, networkId)).all().map((m) => m.id)
    const hostOrder = demo.hostOrder.map(organisationId)
    if (hostOrder.some((id) => !members.includes(id))) throw new Error('demo seed: a host is no member of the network')
    const firstRoundAt = now + (demo.held[0]?.daysFromSeed ?? -30) * DAY_MS
    const series = tx
      .insert(roundSeries)
      .values({
        networkId,
        title: demo.title,
        cadenceHint: demo.cadenceHint,
        defaultLengthMinutes: demo.defaultLengthMinutes,
        format: demo.format,
        hostOrder,
        createdAt: at(firstRoundAt - 40 * DAY_MS),
        updatedAt: at(firstRoundAt - 40 * DAY_MS),
      })
      .returning({ id: roundSeries.id })
      .get()
    const ids: string[] = []
    roundIds.set(demo.network, ids)

    demo.held.forEach((held, index) => {
      const number = index + 1
      const host = demoOrganisations.find((o) => o.slug === held.host)!
      const hostId = organisationId(held.host)
      const startsAt = berlinInstant(meetingDay(today, held.daysFromSeed), held.startTime)
      const endsAt = new Date(startsAt.getTime() + demo.defaultLengthMinutes * 60_000)
      const created = at(startsAt.getTime() - 35 * DAY_MS)
      // the event as choosing the poll's winner creates it: the host organises and lends its rooms, visible to the network
      const event = tx
        .insert(events)
        .values({
          title: `${demo.title} #${number}`,
          description: '',
          kind: 'dialogue-round',
          organisationId: hostId,
          networkId,
          visibility: 'network',
          status: 'published',
          startsAt,
          endsAt,
          seriesEndsAt: endsAt,
          allDay: false,
          venueName: host.name,
          venueAddress: addressOf(host),
          municipalityId: host.municipality,
          languages: ['de'],
          createdById: coordinatorId,
          createdAt: created,
          updatedAt: created,
        })
        .returning({ id: events.id })
        .get()
      const round = tx
        .insert(rounds)
        .values({
          seriesId: series.id,
          number,
          hostOrganisationId: hostId,
          eventId: event.id,
          // stored as chooseWinner leaves it; read as "held" because the event has ended (roundStatusAt)
          status: 'scheduled',
          agendaCutoffAt: at(startsAt.getTime() - 7 * DAY_MS),
          createdAt: created,
          updatedAt: created,
        })
        .returning({ id: rounds.id })
        .get()
      ids.push(round.id)
      held.topics.forEach((topic, position) => {
        tx.insert(agendaTopics)
          .values({
            roundId: round.id,
            title: topic.title,
            description: topic.description,
            organisationId: organisationId(topic.organisation),
            proposedById: userId(topic.by),
            status: 'accepted',
            position: position + 1,
            createdAt: at(created.getTime() + (position + 1) * DAY_MS),
            updatedAt: at(created.getTime() + (position + 1) * DAY_MS),
          })
          .run()
      })
      const present = new Set(held.present.map(organisationId))
      if ([...present].some((id) => !members.includes(id))) throw new Error('demo seed: attendance of a non-member')
      for (const member of members) {
        tx.insert(roundAttendance).values({ roundId: round.id, organisationId: member, present: present.has(member), createdAt: endsAt, updatedAt: endsAt }).run()
      }
      const publishedAt = at(endsAt.getTime() + held.minutesPublishedAfterDays * DAY_MS)
      tx.insert(roundMinutes)
        .values({ roundId: round.id, body: held.minutes, publishedAt, updatedById: coordinatorId, createdAt: at(endsAt.getTime() + DAY_MS), updatedAt: publishedAt })
        .run()
      held.decisions.forEach((text, order) => {
        // createdAt keeps the decisions in the order in which they were taken
        tx.insert(roundDecisions).values({ roundId: round.id, text, createdAt: at(endsAt.getTime() + order), updatedAt: at(endsAt.getTime() + order) }).run()
      })
      held.tasks.forEach((task, order) => {
        const doneAt = task.doneAfterDays === null ? null : at(startsAt.getTime() + task.doneAfterDays * DAY_MS)
        tx.insert(roundTasks)
          .values({
            roundId: round.id,
            what: task.what,
            who: task.who,
            dueOn: addDays(berlinDate(startsAt), task.dueAfterDays),
            doneAt,
            createdAt: at(endsAt.getTime() + order),
            updatedAt: doneAt ?? at(endsAt.getTime() + order),
          })
          .run()
      })
    })

    // the coming round: the host the order suggests, an agenda in the making and an open date poll
    const planned = demo.planned
    const lastHost = demo.held.length ? organisationId(demo.held[demo.held.length - 1]!.host) : null
    if (suggestNextHost(hostOrder, lastHost) !== organisationId(planned.host)) throw new Error('demo seed: the coming host is not the suggested one')
    const openedAt = at(now - planned.poll.openedDaysAgo * DAY_MS)
    const round = tx
      .insert(rounds)
      .values({
        seriesId: series.id,
        number: demo.held.length + 1,
        hostOrganisationId: organisationId(planned.host),
        status: 'planning',
        agendaCutoffAt: berlinInstant(addDays(today, planned.agendaCutoffDaysFromSeed + 1)),
        createdAt: openedAt,
        updatedAt: openedAt,
      })
      .returning({ id: rounds.id })
      .get()
    ids.push(round.id)
    planned.topics.forEach((topic, position) => {
      tx.insert(agendaTopics)
        .values({
          roundId: round.id,
          title: topic.title,
          description: topic.description,
          organisationId: organisationId(topic.organisation),
          proposedById: userId(topic.by),
          status: topic.status,
          position: position + 1,
          createdAt: at(openedAt.getTime() + position * DAY_MS),
          updatedAt: at(openedAt.getTime() + position * DAY_MS),
        })
        .run()
    })
    const candidates = pickDemoCandidates(today, planned.poll, demo.defaultLengthMinutes)
    const checked = checkCandidates(candidates, at(now))
    if (!checked.ok) throw new Error(`demo seed: ${checked.error}`)
    // the poll closes at the end of its deadline day (Berlin), as the poll form sets it
    const deadline = new Date(berlinInstant(addDays(today, planned.poll.deadlineDaysFromSeed + 1)).getTime() - 1)
    const poll = tx.insert(datePolls).values({ roundId: round.id, deadline, createdAt: openedAt, updatedAt: openedAt }).returning({ id: datePolls.id }).get()
    const candidateIds = candidates.map(
      (c) => tx.insert(pollCandidates).values({ pollId: poll.id, startsAt: c.startsAt, endsAt: c.endsAt, createdAt: openedAt, updatedAt: openedAt }).returning({ id: pollCandidates.id }).get().id,
    )
    // invited as inviteNetworkToPoll does: every person of a member organisation, once, with a personal link (only its hash is kept)
    const people = tx
      .selectDistinct({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .innerJoin(organisationMembers, eq(organisationMembers.userId, users.id))
      .where(inArray(organisationMembers.organisationId, members))
      .all()
    for (const person of people) {
      const key = demoUsers.find((u) => u.email === person.email)?.key
      const answered = planned.poll.answers.find((a) => a.by === key)
      const answeredAt = answered ? at(now - answered.answeredDaysAgo * DAY_MS) : null
      const participant = tx
        .insert(pollParticipants)
        .values({ pollId: poll.id, userId: person.id, email: person.email, name: person.name, tokenHash: hashToken(generateToken()), answeredAt, createdAt: openedAt, updatedAt: answeredAt ?? openedAt })
        .returning({ id: pollParticipants.id })
        .get()
      if (!answered) continue
      answered.answers.forEach((answer, index) => {
        tx.insert(pollAnswers).values({ participantId: participant.id, candidateId: candidateIds[index]!, answer, createdAt: answeredAt!, updatedAt: answeredAt! }).run()
      })
    }
    for (const key of planned.poll.answers.map((a) => a.by)) {
      if (!people.some((p) => p.id === userId(key))) throw new Error(`demo seed: ${key} is no member of the network and cannot answer its poll`)
    }
  }

  for (const statement of demoOpenStatements) {
    const openedAt = at(now - statement.openedDaysAgo * DAY_MS)
    const row = tx
      .insert(jointStatements)
      .values({
        networkId: ctx.networkIds.get(statement.network)!,
        roundId: roundIds.get(statement.network)?.[statement.round - 1] ?? null,
        title: statement.title,
        body: statement.body,
        status: 'open',
        openedAt,
        createdById: coordinatorId,
        createdAt: at(openedAt.getTime() - DAY_MS),
        updatedAt: openedAt,
      })
      .returning({ id: jointStatements.id })
      .get()
    for (const signatory of statement.signatories) {
      tx.insert(statementSignatures)
        .values({ statementId: row.id, organisationId: organisationId(signatory.organisation), signedById: userId(signatory.by), signedAt: at(now - signatory.signedDaysAgo * DAY_MS) })
        .run()
    }
  }
  return roundIds
}

export function printDemoAccounts(accounts: DemoAccount[]) {
  console.log('Demo-Anmeldungen / demo sign-ins:')
  for (const account of accounts) console.log(`  ${account.key.padEnd(15)} ${account.email.padEnd(42)} ${account.password}`)
}

async function main() {
  const path = process.env.DATABASE_PATH ?? './data/dialognetz.db'
  if (process.argv.includes('--reset')) {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix)
  }
  const db = openDatabase(path)
  seedMunicipalities(db)
  if (!isEmpty(db)) {
    console.log(`${path} already has data; use npm run db:reset to rebuild the demo district.`)
  } else {
    printDemoAccounts(await seedDemoDistrict(db))
    console.log(`Demo district seeded into ${path}`)
  }
  db.$client.close()
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main()
}
