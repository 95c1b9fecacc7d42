import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, stringList, timestamps } from './columns'
import { municipalities } from './places'
import { ORGANISATION_KINDS, ORGANISATION_TRADITIONS } from './values'
export { ORGANISATION_KINDS, ORGANISATION_TRADITIONS } from './values'
export type { OrganisationKind, OrganisationTradition } from './values'
import type { OrganisationKind, OrganisationTradition } from './values'

export const ORGANISATION_STATUSES = ['pending', 'active', 'archived'] as const

export const organisations = sqliteTable(
  'organisations',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    tradition: text('tradition', { enum: ORGANISATION_TRADITIONS }),
    municipalityId: text('municipality_id').references(() => municipalities.id, { onDelete: 'restrict' }),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    website: text('website'),
    languages: stringList('languages'),
    accessibility: stringList('accessibility'),
    accessibilityNotes: text('accessibility_notes'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ORGANISATION_STATUSES }).notNull().default('pending'),
    trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
    lastConfirmedAt: instant('last_confirmed_at'),
    /** When the editors were last asked to confirm the entry (the freshness job). */
    confirmationRequestedAt: instant('confirmation_requested_at'),
    ...timestamps,
  },
  (t) => [
    index('organisations_status_name_idx').on(t.status, t.name),
    index('organisations_municipality_idx').on(t.municipalityId),
    index('organisations_tradition_idx').on(t.tradition),
    index('organisations_kind_idx').on(t.kind),
    // The calendar feeds' ETag reads the newest change of any organisation (app/domain/calendar/queries.server.ts).
    index('organisations_updated_idx').on(t.updatedAt),
  ],
)

export const ORGANISATION_MEMBER_ROLES = ['editor', 'member'] as const

export const organisationMembers = sqliteTable(
  'organisation_members',
  {
    id: id(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ORGANISATION_MEMBER_ROLES }).notNull().default('member'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisation_members_unique').on(t.organisationId, t.userId),
    index('organisation_members_user_idx').on(t.userId),
  ],
)

/** Former slugs of an organisation: they answer with a 301 to the current slug. */
export const organisationSlugs = sqliteTable(
  'organisation_slugs',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [index('organisation_slugs_organisation_idx').on(t.organisationId)],
)

export const ORGANISATION_CHANGE_KINDS = ['application', 'profile'] as const
export const ORGANISATION_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const

/** The public profile fields an editor may change; a change stores the proposed values. */
export type OrganisationProfile = {
  name: string
  kind: OrganisationKind
  tradition: OrganisationTradition | null
  municipalityId: string | null
  street: string | null
  postalCode: string | null
  city: string | null
  website: string | null
  languages: string[]
  accessibility: string[]
  accessibilityNotes: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  description: string
}

/**
 * The review queue: applications of new organisations and profile changes of untrusted ones.
 * At most one pending change per organisation; a newer edit replaces the pending one.
 */
export const organisationChanges = sqliteTable(
  'organisation_changes',
  {
    id: id(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ORGANISATION_CHANGE_KINDS }).notNull(),
    status: text('status', { enum: ORGANISATION_CHANGE_STATUSES }).notNull().default('pending'),
    proposed: text('proposed', { mode: 'json' }).$type<OrganisationProfile>().notNull(),
    submittedById: text('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    applicantName: text('applicant_name'),
    applicantEmail: text('applicant_email'),
    applicantLocale: text('applicant_locale', { enum: ['de', 'en'] }),
    reviewedById: text('reviewed_by_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: instant('reviewed_at'),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    index('organisation_changes_status_idx').on(t.status, t.createdAt),
    uniqueIndex('organisation_changes_one_pending').on(t.organisationId).where(sql`status = 'pending'`),
  ],
)

/** One-click confirmation links mailed by the freshness job; only the hash is stored. */
export const organisationConfirmations = sqliteTable(
  'organisation_confirmations',
  {
    id: id(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    ...timestamps,
  },
  (t) => [index('organisation_confirmations_organisation_idx').on(t.organisationId)],
)
