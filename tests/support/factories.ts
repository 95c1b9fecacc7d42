import { hash } from '@node-rs/argon2'
import { eq } from 'drizzle-orm'
import { seedMunicipalities } from '../../db/seed'
import {
  events,
  networkCoordinators,
  networkMemberships,
  networks,
  organisationMembers,
  organisations,
  outbox,
  users,
} from '../../db/schema'
import { getDb } from '~/utils/db.server'

let counter = 0
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export const TEST_PASSWORD = 'ein langes Test-Passwort 2026'
let passwordHash: Promise<string> | undefined

/** The test database, migrated, with the municipalities in it. */
export function testDb() {
  const db = getDb()
  seedMunicipalities(db)
  return db
}

export async function createUser(overrides: Partial<typeof users.$inferInsert> & { password?: string | null } = {}) {
  const { password, ...rest } = overrides
  passwordHash ??= hash(TEST_PASSWORD)
  const hashed = password === null ? null : password ? await hash(password) : await passwordHash
  return testDb()
    .insert(users)
    .values({ email: `person-${next()}@example.org`, name: 'Test Person', passwordHash: hashed, ...rest })
    .returning()
    .get()
}

export function createOrganisation(overrides: Partial<typeof organisations.$inferInsert> = {}) {
  const id = next()
  return testDb()
    .insert(organisations)
    .values({ slug: `organisation-${id}`, name: `Organisation ${id}`, kind: 'faith-community', status: 'active', city: 'Osnabrück', ...overrides })
    .returning()
    .get()
}

export function createNetwork(overrides: Partial<typeof networks.$inferInsert> = {}) {
  const id = next()
  return testDb()
    .insert(networks)
    .values({ slug: `network-${id}`, name: `Netzwerk ${id}`, scope: 'regional', ...overrides })
    .returning()
    .get()
}

export function addMember(organisationId: string, userId: string, role: 'editor' | 'member' = 'editor') {
  return testDb().insert(organisationMembers).values({ organisationId, userId, role }).returning().get()
}

export function addToNetwork(networkId: string, organisationId: string, role: 'member' | 'coordinating' | 'observer' = 'member') {
  return testDb().insert(networkMemberships).values({ networkId, organisationId, role }).returning().get()
}

export function appointCoordinator(networkId: string, userId: string) {
  return testDb().insert(networkCoordinators).values({ networkId, userId }).returning().get()
}

export function createEvent(overrides: Partial<typeof events.$inferInsert> & { organisationId: string }) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * 60 * 60_000)
  return testDb()
    .insert(events)
    .values({
      title: `Veranstaltung ${next()}`,
      kind: 'talk',
      status: 'published',
      visibility: 'public',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000),
      ...overrides,
    })
    .returning()
    .get()
}

export function listOutboxFor(email: string) {
  return testDb().select().from(outbox).where(eq(outbox.toEmail, email)).all()
}
