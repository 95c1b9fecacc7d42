import { and, asc, desc, eq, exists, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import {
  events,
  municipalities,
  networkMemberships,
  networks,
  organisationChanges,
  organisationMembers,
  organisationSlugs,
  organisations,
  users,
  type OrganisationProfile,
} from '../../../db/schema'
import { db } from '~/utils/db.server'
import { visibleEventsCondition } from '../events/policy.server'
import { searchQuery } from './search'
import { ensureOrganisationSearch } from './search.server'

export type DirectoryFilters = {
  q?: string
  tradition?: string
  kind?: string
  municipality?: string
  language?: string
  network?: string
}

/** The public directory: active organisations, filtered and searched (FTS5 with folded umlauts), by name. */
export function listActiveOrganisations(options: DirectoryFilters & { limit: number; offset: number }) {
  const conditions: SQL[] = [eq(organisations.status, 'active')]
  if (options.tradition) conditions.push(eq(organisations.tradition, options.tradition as never))
  if (options.kind) conditions.push(eq(organisations.kind, options.kind as never))
  if (options.municipality) {
    // A Samtgemeinde includes its member Gemeinden.
    conditions.push(
      inArray(
        organisations.municipalityId,
        db
          .select({ id: municipalities.id })
          .from(municipalities)
          .where(or(eq(municipalities.id, options.municipality), eq(municipalities.samtgemeindeId, options.municipality))),
      ),
    )
  }
  if (options.language) {
    conditions.push(sql`exists (select 1 from json_each(${organisations.languages}) where json_each.value = ${options.language})`)
  }
  if (options.network) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(networkMemberships)
          .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
          .where(and(eq(networkMemberships.organisationId, organisations.id), eq(networks.slug, options.network))),
      ),
    )
  }
  const match = options.q ? searchQuery(options.q) : null
  if (options.q && !match) conditions.push(sql`0`)
  if (match) {
    ensureOrganisationSearch(db)
    conditions.push(sql`${organisations.id} in (select organisation_id from organisation_search where organisation_search match ${match})`)
  }
  const where = and(...conditions)
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

/** What the directory filters offer: municipalities (Samtgemeinden first), languages in use, networks. */
export function listDirectoryFilterOptions() {
  const places = db
    .select({ id: municipalities.id, name: municipalities.name, kind: municipalities.kind })
    .from(municipalities)
    .orderBy(asc(municipalities.name))
    .all()
  const languages = db
    .all<{ value: string }>(
      sql`select distinct json_each.value as value from ${organisations}, json_each(${organisations.languages}) where ${organisations.status} = 'active' order by value`,
    )
    .map((row) => row.value)
  const networkOptions = db
    .select({ slug: networks.slug, name: networks.name })
    .from(networks)
    .where(isNull(networks.archivedAt))
    .orderBy(asc(networks.name))
    .all()
  return { municipalities: places, languages, networks: networkOptions }
}

export function listMunicipalities() {
  return db.select({ id: municipalities.id, name: municipalities.name, kind: municipalities.kind }).from(municipalities).orderBy(asc(municipalities.name)).all()
}

export function getOrganisationBySlug(slug: string) {
  return db.select().from(organisations).where(eq(organisations.slug, slug)).get() ?? null
}

export function getOrganisation(id: string) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null
}

/** The current slug for a former one, for the 301. */
export function getRenamedOrganisationSlug(oldSlug: string): string | null {
  return (
    db
      .select({ slug: organisations.slug })
      .from(organisationSlugs)
      .innerJoin(organisations, eq(organisations.id, organisationSlugs.organisationId))
      .where(eq(organisationSlugs.slug, oldSlug))
      .get()?.slug ?? null
  )
}

/** Everything the public page shows about an active organisation. */
export function getPublicOrganisation(slug: string, now = Date.now()) {
  const organisation = db
    .select({ organisation: organisations, municipalityName: municipalities.name })
    .from(organisations)
    .leftJoin(municipalities, eq(municipalities.id, organisations.municipalityId))
    .where(and(eq(organisations.slug, slug), eq(organisations.status, 'active')))
    .get()
  if (!organisation) return null
  const memberOf = db
    .select({ slug: networks.slug, name: networks.name, role: networkMemberships.role, since: networkMemberships.since })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(and(eq(networkMemberships.organisationId, organisation.organisation.id), isNull(networks.archivedAt)))
    .orderBy(asc(networks.name))
    .all()
  return {
    ...organisation.organisation,
    municipalityName: organisation.municipalityName,
    networks: memberOf,
    events: listUpcomingPublicEvents({ organisationId: organisation.organisation.id, now }),
  }
}

/** Upcoming events the public may see, of one organisation or one network. */
export function listUpcomingPublicEvents(scope: { organisationId?: string; networkId?: string; now?: number; limit?: number }) {
  const now = new Date(scope.now ?? Date.now())
  return db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      venueName: events.venueName,
      onlineUrl: events.onlineUrl,
      organisationName: organisations.name,
      municipalityName: municipalities.name,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(municipalities, eq(municipalities.id, events.municipalityId))
    .where(
      and(
        visibleEventsCondition(null),
        eq(events.status, 'published'),
        gte(events.endsAt, now),
        scope.organisationId ? eq(events.organisationId, scope.organisationId) : undefined,
        scope.networkId ? eq(events.networkId, scope.networkId) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(scope.limit ?? 10)
    .all()
}

export function getPendingChange(organisationId: string) {
  return (
    db
      .select()
      .from(organisationChanges)
      .where(and(eq(organisationChanges.organisationId, organisationId), eq(organisationChanges.status, 'pending')))
      .get() ?? null
  )
}

/** The editable fields of an organisation as they are now (the last approved version). */
export function profileOf(organisation: typeof organisations.$inferSelect): OrganisationProfile {
  return {
    name: organisation.name,
    kind: organisation.kind,
    tradition: organisation.tradition,
    municipalityId: organisation.municipalityId,
    street: organisation.street,
    postalCode: organisation.postalCode,
    city: organisation.city,
    website: organisation.website,
    languages: organisation.languages,
    accessibility: organisation.accessibility,
    accessibilityNotes: organisation.accessibilityNotes,
    contactName: organisation.contactName,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
    description: organisation.description,
  }
}

/** The review queue: pending applications and profile changes, oldest first, with old and new values. */
export function listPendingChanges() {
  const rows = db
    .select({ change: organisationChanges, organisation: organisations, submittedBy: users.name })
    .from(organisationChanges)
    .innerJoin(organisations, eq(organisations.id, organisationChanges.organisationId))
    .leftJoin(users, eq(users.id, organisationChanges.submittedById))
    .where(eq(organisationChanges.status, 'pending'))
    .orderBy(asc(organisationChanges.createdAt))
    .all()
  return rows.map(({ change, organisation, submittedBy }) => {
    const before = change.kind === 'application' ? null : profileOf(organisation)
    const fields = (Object.keys(change.proposed) as (keyof OrganisationProfile)[]).filter(
      (key) => !before || JSON.stringify(before[key] ?? null) !== JSON.stringify(change.proposed[key] ?? null),
    )
    return {
      id: change.id,
      kind: change.kind,
      createdAt: change.createdAt,
      organisationName: organisation.name,
      organisationSlug: organisation.slug,
      submittedBy: submittedBy ?? change.applicantName,
      applicantEmail: change.applicantEmail,
      diff: fields.map((field) => ({ field, before: display(before?.[field]), after: display(change.proposed[field]) })),
    }
  })
}

function display(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

/** Editors of an organisation (for mails). */
export function listEditors(organisationId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'editor')))
    .all()
}

export function listOrganisationPeople(organisationId: string) {
  return db
    .select({ membershipId: organisationMembers.id, userId: users.id, name: users.name, email: users.email, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(users.name))
    .all()
}

/** 15 months without a confirmation: flagged in the admin view. */
export const STALE_AFTER_MONTHS = 15

export function staleBefore(now: number): Date {
  const date = new Date(now)
  date.setUTCMonth(date.getUTCMonth() - STALE_AFTER_MONTHS)
  return date
}

/** The office's view of the directory: every organisation, with the freshness flag. */
export function listDirectoryForOffice(options: { status?: 'pending' | 'active' | 'archived'; staleOnly?: boolean; now?: number; limit: number; offset: number }) {
  const cutoff = staleBefore(options.now ?? Date.now())
  const stale = sql<number>`(${organisations.status} = 'active' and coalesce(${organisations.lastConfirmedAt}, ${organisations.createdAt}) < ${cutoff.getTime()})`
  const where = and(
    options.status ? eq(organisations.status, options.status) : undefined,
    options.staleOnly ? stale : undefined,
  )
  const rows = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      status: organisations.status,
      trusted: organisations.trusted,
      lastConfirmedAt: organisations.lastConfirmedAt,
      confirmationRequestedAt: organisations.confirmationRequestedAt,
      stale: sql<number>`${stale}`,
    })
    .from(organisations)
    .where(where)
    .orderBy(desc(stale), asc(organisations.name))
    .limit(options.limit)
    .offset(options.offset)
    .all()
  const total = db.select({ n: sql<number>`count(*)` }).from(organisations).where(where).get()?.n ?? 0
  return { rows: rows.map((row) => ({ ...row, stale: Boolean(row.stale) })), total }
}

/** Every active organisation with its networks, for the CSV export. */
export function listDirectoryForExport() {
  const rows = db
    .select({ organisation: organisations, municipalityName: municipalities.name })
    .from(organisations)
    .leftJoin(municipalities, eq(municipalities.id, organisations.municipalityId))
    .where(eq(organisations.status, 'active'))
    .orderBy(asc(organisations.name))
    .all()
  const memberships = db
    .select({ organisationId: networkMemberships.organisationId, name: networks.name })
    .from(networkMemberships)
    .innerJoin(networks, eq(networks.id, networkMemberships.networkId))
    .where(isNull(networks.archivedAt))
    .orderBy(asc(networks.name))
    .all()
  return rows.map(({ organisation, municipalityName }) => ({
    ...organisation,
    municipalityName,
    networkNames: memberships.filter((m) => m.organisationId === organisation.id).map((m) => m.name),
  }))
}

