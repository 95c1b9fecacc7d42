import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, timestamps } from './columns'
import { organisations } from './organisations'
import { NETWORK_SCOPES, NETWORK_MEMBERSHIP_ROLES } from './values'
export { NETWORK_SCOPES, NETWORK_MEMBERSHIP_ROLES } from './values'
export type { NetworkScope } from './values'
import type { NetworkScope } from './values'

export const networks = sqliteTable('networks', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  scope: text('scope', { enum: NETWORK_SCOPES }).notNull(),
  description: text('description').notNull().default(''),
  /** What the district (the commissioner) does in this network, e.g. "Mitglied und Mitveranstalter". */
  districtRole: text('district_role').notNull().default(''),
  /** Archived networks keep their history but leave the public list. */
  archivedAt: instant('archived_at'),
  ...timestamps,
})

export const networkMemberships = sqliteTable(
  'network_memberships',
  {
    id: id(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: NETWORK_MEMBERSHIP_ROLES }).notNull().default('member'),
    /** YYYY-MM-DD */
    since: text('since'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('network_memberships_unique').on(t.networkId, t.organisationId),
    index('network_memberships_organisation_idx').on(t.organisationId),
  ],
)

export const networkCoordinators = sqliteTable(
  'network_coordinators',
  {
    id: id(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('network_coordinators_unique').on(t.networkId, t.userId),
    index('network_coordinators_user_idx').on(t.userId),
  ],
)

/** Former slugs of a network: they answer with a 301 to the current slug. */
export const networkSlugs = sqliteTable(
  'network_slugs',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [index('network_slugs_network_idx').on(t.networkId)],
)
