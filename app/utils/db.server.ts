import type { Statement } from 'better-sqlite3'
import { openDatabase, type Db, type DbOrTx } from '../../db/client'
import { getEnv } from './env.server'

const globalForDb = globalThis as unknown as { __dialognetzDb?: Db }

/** The one connection of this process (kept across dev reloads). */
export function getDb(): Db {
  globalForDb.__dialognetzDb ??= openDatabase(getEnv().DATABASE_PATH)
  return globalForDb.__dialognetzDb
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = getDb() as unknown as Record<string | symbol, unknown>
    const value = real[prop]
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value
  },
})

/**
 * Multi-row INSERTs for bulk writes (the digest run): `insert` is called with at most 500 rows at a time,
 * so even the outbox's 22 columns stay far below SQLite's limit of 32,766 bound values per statement.
 */
export function insertInChunks<R>(rows: readonly R[], insert: (chunk: R[]) => unknown): void {
  for (let start = 0; start < rows.length; start += 500) insert(rows.slice(start, start + 500))
}

const statements = new WeakMap<object, Map<string, unknown>>()

/**
 * A drizzle query built and prepared once per connection (`.prepare()` with `sql.placeholder`s), for hot paths
 * such as the answer race: building the SQL and preparing it in SQLite cost more than running it.
 * `on` is the caller's database or transaction: the statement belongs to its connection (a transaction shares
 * its database's session), so inside a transaction it reads and writes that transaction's state.
 */
export function prepared<T>(on: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  const session = (on as unknown as { session: object }).session
  let byName = statements.get(session)
  if (!byName) {
    byName = new Map()
    statements.set(session, byName)
  }
  let statement = byName.get(name) as T | undefined
  if (statement === undefined) {
    statement = build(on)
    byName.set(name, statement)
  }
  return statement
}

/**
 * Which state of the database this process sees, as a string that changes with every committed write: by this
 * connection (`total_changes()`) or by another process such as a CLI job (`PRAGMA data_version`). Caches of
 * answers built from the database (page-cache.server.ts, feed polls) keep an entry only while it is unchanged.
 * One statement, prepared once per connection.
 */
export function dataGeneration(): string {
  const db = getDb()
  const statement = prepared(db, 'dataGeneration', () =>
    db.$client.prepare(`select data_version || ':' || total_changes() from pragma_data_version`).pluck(),
  ) as Statement<[], string>
  return statement.get()!
}
