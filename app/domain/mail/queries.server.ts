import { desc, eq, sql } from 'drizzle-orm'
import { outbox } from '../../../db/schema'
import { db } from '~/utils/db.server'

export function listOutbox(options: { limit: number; offset: number }) {
  const rows = db
    .select({
      id: outbox.id,
      template: outbox.template,
      toEmail: outbox.toEmail,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(options.limit)
    .offset(options.offset)
    .all()
  const total = db.select({ n: sql<number>`count(*)` }).from(outbox).get()?.n ?? 0
  return { rows, total }
}

export function getOutboxMessage(id: string) {
  return db.select().from(outbox).where(eq(outbox.id, id)).get() ?? null
}

export function countOutboxByStatus() {
  return db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all()
}
