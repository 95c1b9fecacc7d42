import { auditLog } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'

/** Writes one audit entry in the caller's transaction. */
export function recordAudit(
  tx: DbOrTx,
  entry: { actorId: string | null; action: string; entity: string; entityId: string; details?: Record<string, unknown> },
): void {
  tx.insert(auditLog)
    .values({ ...entry, details: entry.details ?? null })
    .run()
}
