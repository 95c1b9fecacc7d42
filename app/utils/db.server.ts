import { openDatabase, type Db } from '../../db/client'
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
