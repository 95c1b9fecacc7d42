import { index, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'

export const MUNICIPALITY_KINDS = ['einheitsgemeinde', 'mitgliedsgemeinde', 'samtgemeinde'] as const

/** The Gemeinden and Samtgemeinden of Landkreis Osnabrück; the id is the official key (AGS or the Samtgemeinde's key). */
export const municipalities = sqliteTable(
  'municipalities',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    kind: text('kind', { enum: MUNICIPALITY_KINDS }).notNull(),
    samtgemeindeId: text('samtgemeinde_id').references((): AnySQLiteColumn => municipalities.id, {
      onDelete: 'restrict',
    }),
  },
  (t) => [index('municipalities_samtgemeinde_idx').on(t.samtgemeindeId)],
)
