import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'
import { integer, text } from 'drizzle-orm/sqlite-core'

/** A random id: 80 bits, base32 lower case. */
export function newId(): string {
  const bytes = new Uint8Array(10)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

export const id = () => text('id').primaryKey().$defaultFn(newId)

/** An instant stored as UTC milliseconds. */
export const instant = (name: string) => integer(name, { mode: 'timestamp_ms' })

export const timestamps = {
  createdAt: instant('created_at')
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: instant('updated_at')
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date()),
}

/** A JSON array of strings stored as text. */
export const stringList = (name: string) =>
  text(name, { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .$defaultFn(() => [])
