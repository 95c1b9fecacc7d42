import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AnswerFields, readAnswers } from '~/components/date-poll'
import { FlashMessage, PageHeader } from '~/components/ui'
import { answerPoll, isPollClosed } from '~/domain/rounds/mutations.server'
import { getParticipantByToken, getPoll, getPollView } from '~/domain/rounds/queries.server'
import { DomainError, ensureFound, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, 'rounds.poll.answer_title'), { name: 'robots', content: 'noindex' }]

/** The personal poll link: no account needed; the token is the key. A GET only shows the form. */
function load(token: string) {
  const participant = ensureFound(getParticipantByToken(token))
  const poll = ensureFound(getPoll(participant.pollId))
  return { participant, poll }
}

export function loader({ params }: LoaderFunctionArgs) {
  const { participant, poll } = load(params.token!)
  const view = getPollView(poll.id)
  return {
    title: `${poll.title} #${poll.number}`,
    name: participant.name,
    deadline: poll.deadline,
    closed: isPollClosed(poll, new Date()),
    candidates: view.candidates,
    current: view.matrix[participant.id] ?? {},
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { participant } = load(params.token!)
  const answers = readAnswers(await readFormData(request))
  try {
    answerPoll({ participantId: participant.id, answers, now: new Date() })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (error.status === 404) httpError(404, 'not_found')
    return data({ error: `errors.${error.code}` }, { status: error.status })
  }
  return redirectWithMessage(`/polls/${params.token}`, 'poll_answered')
}

export default function PollByLink() {
  const { t, i18n } = useTranslation()
  const { title, name, deadline, closed, candidates, current } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={t('rounds.poll.answer_title')} intro={title} />
      <p>{t('rounds.poll.answering_as', { name })}</p>
      <p>{t('rounds.poll.deadline_label', { deadline: formatDateTime(deadline, i18n.language as Locale) })}</p>
      {actionData?.error ? (
        <div className="notice error" role="alert">
          {t(actionData.error)}
        </div>
      ) : null}
      {closed ? (
        <div className="notice warning" role="status">
          {t('rounds.poll.closed')}
        </div>
      ) : (
        <Form method="post" className="form-grid">
          <AnswerFields candidates={candidates} current={current} />
          <div className="field">
            <button type="submit" className="button">
              {t('rounds.poll.save_answers')}
            </button>
          </div>
        </Form>
      )}
    </div>
  )
}
