// A delivery worker that dies: run as a child process by tests/integration/mail-crash.test.ts.
// `claim-only` claims due messages and exits before sending; `send` starts a real pass (the test kills it mid-request).
import { claimDueMessages, deliverDueEmails } from '~/domain/mail/deliver.server'

const mode = process.argv[2]
if (mode === 'claim-only') {
  const claims = claimDueMessages(Date.now(), 100)
  console.log(`claimed ${claims.reduce((n, c) => n + c.rows.length, 0)}`)
  process.exit(0)
} else {
  console.log('sending')
  await deliverDueEmails()
}
