import { asc, eq, sql } from 'drizzle-orm'
import { municipalities, organisations } from '../../../db/schema'
import { db } from '~/utils/db.server'

/** The public directory: active organisations by name. */
export function listActiveOrganisations(options: { limit: number; offset: number }) {
  const where = eq(organisations.status, 'active')
  const rows = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      tradition: organisations.tradition,
      city: organisations.city,
      municipalityName: municipalities.name,
    })
    .from(organisations)
    .leftJoin(municipalities, eq(municipalities.id, organisations.municipalityId))
    .where(where)
    .orderBy(asc(organisations.name))
    .limit(options.limit)
    .offset(options.offset)
    .all()
  const total = db.select({ n: sql<number>`count(*)` }).from(organisations).where(where).get()?.n ?? 0
  return { rows, total }
}

export function listOrganisationOptions() {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.status, 'active'))
    .orderBy(asc(organisations.name))
    .all()
}
