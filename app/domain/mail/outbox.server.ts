import { sql } from 'drizzle-orm'
import { outbox, type MailAttachment, type MailKind } from '../../../db/schema'
import { newId } from '../../../db/schema/columns'
import type { DbOrTx } from '../../../db/client'
import { insertInChunks, prepared } from '~/utils/db.server'
import type { Locale } from '~/utils/i18n'
import type { TemplateName, TemplateProps } from './templates.server'

export type OutgoingEmail<N extends TemplateName = TemplateName> = {
  template: N
  to: string
  locale: Locale
  props: TemplateProps<N>
  /** bulk for digests and notifications; they must carry List-Unsubscribe (see enqueueBulkEmail). */
  kind?: MailKind
  headers?: Record<string, string>
  attachments?: MailAttachment[]
}

/**
 * The only way to send mail: a row in the outbox, written in the caller's transaction.
 * The delivery worker renders and delivers it later.
 */
export function enqueueEmail<N extends TemplateName>(tx: DbOrTx, email: OutgoingEmail<N>): string {
  const id = newId()
  const now = new Date()
  insertStatement(tx).run({ id, ...columnsOf(email), now })
  return id
}

function columnsOf(email: OutgoingEmail) {
  return {
    template: email.template,
    toEmail: email.to,
    locale: email.locale,
    kind: email.kind ?? ('transactional' as const),
    props: email.props as Record<string, unknown>,
    headers: email.headers ?? {},
    attachments: email.attachments ?? [],
  }
}

/** The same for many mails at once (the digest run): multi-row inserts instead of one statement per mail. Returns the ids in order. */
export function enqueueEmails<N extends TemplateName>(tx: DbOrTx, emails: readonly OutgoingEmail<N>[]): string[] {
  const now = new Date()
  const rows = emails.map((email) => ({ id: newId(), ...columnsOf(email), nextAttemptAt: now }))
  insertInChunks(rows, (chunk) => tx.insert(outbox).values(chunk).run())
  return rows.map((row) => row.id)
}

/** Prepared once per connection; it runs in the caller's transaction `tx`. */
function insertStatement(tx: DbOrTx) {
  return prepared(tx, 'outbox.insert', (db) =>
    db
      .insert(outbox)
      .values({
        id: sql.placeholder('id'),
        template: sql.placeholder('template'),
        toEmail: sql.placeholder('toEmail'),
        locale: sql.placeholder('locale'),
        kind: sql.placeholder('kind'),
        props: sql.placeholder('props'),
        headers: sql.placeholder('headers'),
        attachments: sql.placeholder('attachments'),
        status: 'queued',
        attempts: 0,
        nextAttemptAt: sql.placeholder('now'),
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .prepare(),
  )
}
