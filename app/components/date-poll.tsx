import { useTranslation } from 'react-i18next'
import { formatRange, type Locale } from '~/utils/i18n'

type Flags = {
  conflicts: { observance: { id: string; name: { de: string; en: string }; importance: 'high' | 'medium' | 'low' }; reason: string }[]
  high: boolean
  schoolHoliday: boolean
}
export type PollCandidate = { id: string; startsAt: Date; endsAt: Date; flags: Flags }
export type PollAnswerValue = 'yes' | 'if-need-be' | 'no'

/** A candidate's date with its calendar conflicts right beside it, high importance first and marked. */
export function CandidateLabel({ candidate }: { candidate: PollCandidate }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const { conflicts, high, schoolHoliday } = candidate.flags
  return (
    <div className="candidate">
      <span className="candidate-when">{formatRange(candidate.startsAt, candidate.endsAt, locale)}</span>
      {high ? <strong className="badge danger">{t('rounds.flags.high')}</strong> : null}
      {schoolHoliday ? <span className="badge">{t('rounds.flags.school_holiday')}</span> : null}
      {conflicts.length > 0 ? (
        <ul className="plain conflicts" aria-label={t('rounds.flags.conflicts')}>
          {conflicts.map((c) => (
            <li key={`${c.observance.id}-${c.reason}`}>
              {c.observance.importance === 'high' ? <strong>{c.observance.name[locale]}</strong> : c.observance.name[locale]}{' '}
              <span className="meta">({t(`rounds.importance.${c.observance.importance}`)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <span className="meta"> {t('rounds.flags.none')}</span>
      )}
    </div>
  )
}

const ANSWERS: PollAnswerValue[] = ['yes', 'if-need-be', 'no']

/** One radio group per candidate; the names are `answer.<candidateId>`. */
export function AnswerFields({ candidates, current }: { candidates: PollCandidate[]; current: Record<string, PollAnswerValue> }) {
  const { t } = useTranslation()
  return (
    <>
      {candidates.map((candidate) => (
        <fieldset key={candidate.id} className="field">
          <legend>
            <CandidateLabel candidate={candidate} />
          </legend>
          <div className="button-row">
            {ANSWERS.map((answer) => (
              <label key={answer}>
                <input type="radio" name={`answer.${candidate.id}`} value={answer} defaultChecked={current[candidate.id] === answer} required />{' '}
                {t(`rounds.answers.${answer}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  )
}

/** Reads `answer.<candidateId>` fields; anything but the three answers is dropped (and then counts as missing). */
export function readAnswers(formData: FormData): Record<string, PollAnswerValue> {
  const answers: Record<string, PollAnswerValue> = {}
  for (const [name, value] of formData) {
    if (!name.startsWith('answer.') || typeof value !== 'string') continue
    if ((ANSWERS as string[]).includes(value)) answers[name.slice('answer.'.length)] = value as PollAnswerValue
  }
  return answers
}
