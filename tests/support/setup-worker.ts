import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Each test file gets its own SQLite file built from the migrations (files run in separate forks).
const folder = join(tmpdir(), 'dialognetz-tests')
mkdirSync(folder, { recursive: true })
process.env.DATABASE_PATH = join(folder, `${process.pid}-${randomBytes(4).toString('hex')}.db`)
process.env.NODE_ENV = 'test'
process.env.APP_URL ??= 'http://localhost:3000'
process.env.MAIL_WORKER = 'false'
process.env.DIGEST_SCHEDULER = 'false'
process.env.SEED_DEMO = 'false'
delete process.env.RESEND_API_KEY
delete process.env.RESEND_BASE_URL
