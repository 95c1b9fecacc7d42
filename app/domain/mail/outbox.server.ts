import { outbox, type MailAttachment, type MailKind } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
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
  const row = tx
    .insert(outbox)
    .values({
      template: email.template,
      toEmail: email.to,
      locale: email.locale,
      kind: email.kind ?? 'transactional',
      props: email.props as Record<string, unknown>,
      headers: email.headers ?? {},
      attachments: email.attachments ?? [],
      nextAttemptAt: new Date(),
    })
    .returning({ id: outbox.id })
    .get()
  return row.id
}
