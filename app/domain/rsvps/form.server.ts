import type { Submission, SubmissionResult } from '@conform-to/react'
import { DomainError, httpError } from '~/utils/http.server'

/**
 * Runs an answer mutation for a form: a refused answer (deadline, no seats, party too large) comes back
 * as a message next to the form or field; an unknown or expired link becomes the translated 404/410 page.
 */
export function answerOrReply<T>(submission: Submission<unknown>, run: () => T): { ok: true; value: T } | { ok: false; status: number; result: SubmissionResult<string[]> } {
  try {
    return { ok: true, value: run() }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (error.status === 404 || error.status === 410) httpError(error.status, error.code)
    const reply =
      error.code === 'rsvps.validation.party_size_max'
        ? submission.reply({ fieldErrors: { partySize: [error.code] } })
        : submission.reply({ formErrors: [`errors.${error.code}`] })
    return { ok: false, status: error.status, result: reply }
  }
}
