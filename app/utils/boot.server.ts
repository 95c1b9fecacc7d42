import { demoAccounts, isEmpty, seedDemoDistrict, seedMunicipalities, type DemoAccount } from '../../db/seed'
import { startMailWorker } from '~/domain/mail/deliver.server'
import { getDb } from './db.server'
import { getEnv } from './env.server'
import { startJobs } from './jobs.server'

/**
 * Called once by server.js before it listens: opens the database (applying migrations),
 * seeds the demo district into an empty one, and starts the mail worker and the scheduled jobs.
 */
export async function boot(): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  const env = getEnv()
  const db = getDb()
  seedMunicipalities(db)
  let seeded = false
  if (env.SEED_DEMO === 'true' && isEmpty(db)) {
    await seedDemoDistrict(db)
    seeded = true
  }
  if (env.MAIL_WORKER === 'true') startMailWorker()
  startJobs()
  return { seeded, accounts: env.SEED_DEMO === 'true' ? demoAccounts() : [] }
}
