import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, stringList, timestamps } from './columns'
import { municipalities } from './places'

export const ORGANISATION_KINDS = [
  'faith-community',
  'migrant-organisation',
  'welfare-association',
  'public-body',
  'education',
  'initiative',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

/** Traditions use the observance calendar's vocabulary, so conflicts can name who is affected. */
export const ORGANISATION_TRADITIONS = [
  'jewish',
  'islamic',
  'christian-western',
  'christian-orthodox',
  'alevi',
  'yazidi',
  'bahai',
  'hindu',
  'buddhist',
  'sikh',
  'interreligious',
] as const
export type OrganisationTradition = (typeof ORGANISATION_TRADITIONS)[number]

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
    ...timestamps,
  },
  (t) => [
    index('organisations_status_name_idx').on(t.status, t.name),
    index('organisations_municipality_idx').on(t.municipalityId),
    index('organisations_tradition_idx').on(t.tradition),
    index('organisations_kind_idx').on(t.kind),
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
