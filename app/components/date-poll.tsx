import { useTranslation } from 'react-i18next'
import { formatRange, type Locale } from '~/utils/i18n'

type Flags = {
  conflicts: { observance: { id: string; name: { de: string; en: string }; importance: 'high' | 'medium' | 'low' }; reason: string }[]
  high: boolean
  schoolHoliday: boolean
}
export type PollCandidate = { id: string; startsAt: Date; endsAt: Date; flags: Flags }
export type PollAnswerValue = 'yes' | 'if-need-be' | 'no'

const badge = (tone: 'error' | 'warning') => ({
  display: 'inline-block',
  marginInlineStart: '0.5rem',
  padding: '0 0.4rem',
  borderRadius: '4px',
  border: `1px solid var(--color-${tone})`,
  background: `var(--color-${tone}-bg)`,
  color: `var(--color-${tone})`,
})

export function CandidateWhen({ candidate }: { candidate: PollCandidate }) {
  const { i18n } = useTranslation()
  return <span className="candidate-when">{formatRange(candidate.startsAt, candidate.endsAt, i18n.language as Locale)}</span>
}

/** The calendar flags of a candidate, shown right beside it: high importance first and marked, school holidays flagged. */
export function CandidateFlags({ candidate }: { candidate: PollCandidate }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const { conflicts, high, schoolHoliday } = candidate.flags
  return (
    <div className="candidate-flags">
      {high ? <strong style={badge('error')}>{t('rounds.flags.high')}</strong> : null}
      {schoolHoliday ? <span style={badge('warning')}>{t('rounds.flags.school_holiday')}</span> : null}
      {conflicts.length > 0 ? (
        <ul className="plain" aria-label={t('rounds.flags.conflicts')}>
          {conflicts.map((c) => (
            <li key={`${c.observance.id}-${c.reason}`}>
              {c.observance.importance === 'high' ? <strong>{c.observance.name[locale]}</strong> : c.observance.name[locale]}{' '}
              <span className="meta">({t(`rounds.importance.${c.observance.importance}`)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t('rounds.flags.none')}</p>
      )}
    </div>
  )
}

/** A candidate's date with its calendar conflicts right beside it. */
export function CandidateLabel({ candidate }: { candidate: PollCandidate }) {
  return (
    <div className="candidate">
      <CandidateWhen candidate={candidate} />
      <CandidateFlags candidate={candidate} />
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
            <CandidateWhen candidate={candidate} />
          </legend>
          <CandidateFlags candidate={candidate} />
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
