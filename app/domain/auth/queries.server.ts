import { desc, eq, sql } from 'drizzle-orm'
import { networkCoordinators, organisationMembers, organisations, users } from '../../../db/schema'
import { db } from '~/utils/db.server'

export function getUserByEmail(email: string) {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .get() ?? null
}

export function getUser(userId: string) {
  return db.select().from(users).where(eq(users.id, userId)).get() ?? null
}

/** What a signed-in person may act for: organisations they edit or belong to, networks they coordinate. */
export function getMemberships(userId: string) {
  const orgs = db
    .select({ organisationId: organisationMembers.organisationId, role: organisationMembers.role, name: organisations.name, slug: organisations.slug })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .all()
  const coordinates = db
    .select({ networkId: networkCoordinators.networkId })
    .from(networkCoordinators)
    .where(eq(networkCoordinators.userId, userId))
    .all()
    .map((row) => row.networkId)
  return { organisations: orgs, coordinatedNetworkIds: coordinates }
}

export function listUsers(options: { limit: number; offset: number }) {
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, locale: users.locale, lastSignInAt: users.lastSignInAt, hasPassword: sql<number>`${users.passwordHash} is not null` })
    .from(users)
    .orderBy(desc(users.createdAt), users.name)
    .limit(options.limit)
    .offset(options.offset)
    .all()
  const total = db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0
  return { rows, total }
}
