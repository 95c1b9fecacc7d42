import { existsSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hash } from '@node-rs/argon2'
import { sql } from 'drizzle-orm'
import { rebuildOrganisationSearch } from '../app/domain/organisations/search.server'
import { addDays, berlinDate, berlinInstant } from '../app/utils/time'
import { openDatabase, type Db } from './client'
import {
  demoEvents,
  demoNetworks,
  demoOrganisations,
  demoStatements,
  demoUsers,
  type DemoUser,
} from './data/demo-district'
import {
  events,
  jointStatements,
  municipalities,
  networkCoordinators,
  networkMemberships,
  networks,
  organisationMembers,
  organisations,
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
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60_000)
    for (const statement of demoStatements) {
      const row = tx
        .insert(jointStatements)
        .values({
          networkId: networkIds.get(statement.network)!,
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
