import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { mailSuppressions, outbox } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { recordAudit } from '~/domain/audit/mutations.server'
import { db } from '~/utils/db.server'

/** A bounced or complaining address gets nothing more: its waiting messages are marked suppressed. */
export function suppressAddress(tx: DbOrTx, input: { email: string; reason: 'bounced' | 'complained'; detail?: string | null }) {
  const email = input.email.trim().toLowerCase()
  tx.insert(mailSuppressions)
    .values({ email, reason: input.reason, detail: input.detail?.slice(0, 500) ?? null })
    .onConflictDoUpdate({ target: mailSuppressions.email, set: { reason: input.reason, detail: input.detail?.slice(0, 500) ?? null, updatedAt: new Date() } })
    .run()
  // Messages already grouped into a batch request stay as they are: a retry must repeat the same request.
  tx.update(outbox)
    .set({ status: 'suppressed', lastError: `suppressed: ${input.reason}` })
    .where(and(sql`lower(${outbox.toEmail}) = ${email}`, eq(outbox.status, 'queued'), isNull(outbox.batchKey)))
    .run()
}

export function listSuppressions(options: { limit: number; offset: number }) {
  const rows = db.select().from(mailSuppressions).orderBy(desc(mailSuppressions.createdAt), desc(mailSuppressions.id)).limit(options.limit).offset(options.offset).all()
  const total = db.select({ n: sql<number>`count(*)` }).from(mailSuppressions).get()?.n ?? 0
  return { rows, total }
}

export function isSuppressed(email: string): boolean {
  return Boolean(db.select({ id: mailSuppressions.id }).from(mailSuppressions).where(eq(mailSuppressions.email, email.trim().toLowerCase())).get())
}

/** An admin lifts a suppression; messages suppressed for it stay so until retried by hand. */
export function liftSuppression(input: { suppressionId: string; actorId: string }): boolean {
  return db.transaction(
    (tx) => {
      const row = tx.select().from(mailSuppressions).where(eq(mailSuppressions.id, input.suppressionId)).get()
      if (!row) return false
      tx.delete(mailSuppressions).where(eq(mailSuppressions.id, row.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'mail.suppression_lifted', entity: 'mail_suppression', entityId: row.id, details: { email: row.email, reason: row.reason } })
      return true
    },
    { behavior: 'immediate' },
  )
}

