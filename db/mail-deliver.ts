// `npm run mail:deliver`: one delivery pass for cron, the same as the server's worker does each second.
import { deliverDueEmails } from '../app/domain/mail/deliver.server'

const counts = await deliverDueEmails()
console.log(
  `sent ${counts.sent}, delivered locally ${counts['delivered-locally']}, to retry ${counts.retry}, rate-limited ${counts['rate-limited']}, failed ${counts.failed}`,
)
