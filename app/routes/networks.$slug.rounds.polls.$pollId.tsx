import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AnswerFields, CandidateLabel, readAnswers } from '~/components/date-poll'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { chooseWinner } from '~/domain/rounds/choose-winner.server'
import { answerPoll, closePoll, inviteNetworkToPoll, isPollClosed, remindPoll } from '~/domain/rounds/mutations.server'
import { requireNetworkRounds, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getParticipantForUser, getPoll, getPollView } from '~/domain/rounds/queries.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, formatRange, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rounds.poll.title')

/** Members of the network see the poll; coordinators and the office manage it; everyone else gets 404. */
function load(request: Request, slug: string, pollId: string) {
  const user = requireUser(request)
  const { network, access } = requireNetworkRounds(getPolicyViewer(request), slug)
  const poll = requireOfNetwork(getPoll(pollId), network.id)
  return { user, network, access, poll }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { user, network, access, poll } = load(request, params.slug!, params.pollId!)
  const view = getPollView(poll.id)
  const own = getParticipantForUser(poll.id, user.id)
  const now = new Date()
  return {
    network: { name: network.name, slug: network.slug },
    title: `${poll.title} #${poll.number}`,
    deadline: poll.deadline,
    closed: isPollClosed(poll, now),
    canManage: access === 'manage',
    eventId: poll.eventId,
    canRemind: !poll.lastReminderAt || now.getTime() - poll.lastReminderAt.getTime() >= 24 * 60 * 60_000,
    ownParticipantId: own?.id ?? null,
    ...view,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, access, poll } = load(request, params.slug!, params.pollId!)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/networks/${network.slug}/rounds/polls/${poll.id}`
  const now = new Date()
  try {
    if (intent === 'answer') {
      const participant = getParticipantForUser(poll.id, user.id)
      if (!participant) httpError(403, 'forbidden')
      answerPoll({ participantId: participant.id, answers: readAnswers(formData), now })
      return redirectWithMessage(here, 'poll_answered')
    }
    if (access !== 'manage') httpError(403, 'forbidden')
    if (intent === 'invite') {
      inviteNetworkToPoll({ pollId: poll.id, actorId: user.id, now })
      return redirectWithMessage(here, 'poll_invited')
    }
    if (intent === 'remind') {
      remindPoll({ pollId: poll.id, actorId: user.id, now })
      return redirectWithMessage(here, 'poll_reminded')
    }
    if (intent === 'choose') {
      chooseWinner({ pollId: poll.id, candidateId: String(formData.get('candidateId') ?? ''), actorId: user.id, now })
      return redirectWithMessage(here, 'round_scheduled')
    }
    if (intent === 'close') {
      closePoll({ pollId: poll.id, actorId: user.id, now })
      return redirectWithMessage(here, 'poll_closed')
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (error.status === 404) httpError(404, 'not_found')
    return data({ error: `errors.${error.code}` }, { status: error.status })
  }
  httpError(400, 'unknown_intent')
}

export default function PollPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const byId = new Map(d.candidates.map((c) => [c.id, c]))
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('rounds.poll.title')} intro={d.title} />
      <p>
        <Link to={`/networks/${d.network.slug}/rounds`}>{t('rounds.back_to_rounds')}</Link>
      </p>
      <p>
        {d.closed ? t('rounds.poll.closed') : t('rounds.poll.deadline_label', { deadline: formatDateTime(d.deadline, locale) })}
      </p>
      {d.eventId ? (
        <p>
          <Link to={`/events/${d.eventId}`}>{t('rounds.poll.event_link')}</Link>
        </p>
      ) : null}
      {actionData?.error ? (
        <div className="notice error" role="alert">
          {t(actionData.error)}
        </div>
      ) : null}

      {d.canManage && !d.closed ? (
        <section className="card" aria-labelledby="manage-heading">
          <h2 id="manage-heading" className="h3">
            {t('rounds.poll.manage')}
          </h2>
          <div className="button-row">
            <Form method="post">
              <button type="submit" name="intent" value="invite" className="button">
                {t('rounds.poll.invite')}
              </button>
            </Form>
            <Form method="post">
              <button type="submit" name="intent" value="remind" className="button secondary" disabled={!d.canRemind}>
                {t('rounds.poll.remind')}
              </button>
            </Form>
            <Form method="post">
              <button type="submit" name="intent" value="close" className="button secondary">
                {t('rounds.poll.close')}
              </button>
            </Form>
          </div>
          {!d.canRemind ? <p className="hint">{t('rounds.poll.remind_wait')}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{t('rounds.poll.ranking')}</h2>
        <ol>
          {d.ranking.map((row) => {
            const candidate = byId.get(row.candidateId)!
            return (
              <li key={row.candidateId}>
                <CandidateLabel candidate={candidate} />
                <span className="meta">
                  {t('rounds.poll.score', { score: row.score, yes: row.yes, ifNeedBe: row.ifNeedBe, no: row.no })}
                </span>
                {d.canManage && !d.eventId ? (
                  <Form method="post">
                    <input type="hidden" name="candidateId" value={row.candidateId} />
                    <button
                      type="submit"
                      name="intent"
                      value="choose"
                      className="button secondary"
                      aria-label={t('rounds.poll.choose_label', { date: formatRange(candidate.startsAt, candidate.endsAt, locale) })}
                    >
                      {t('rounds.poll.choose')}
                    </button>
                  </Form>
                ) : null}
              </li>
            )
          })}
        </ol>
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t('rounds.poll.matrix')}</h2>
        {d.participants.length === 0 ? (
          <EmptyState title={t('rounds.poll.no_participants')} />
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('rounds.poll.matrix')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rounds.poll.participant')}</th>
                  {d.candidates.map((c) => (
                    <th scope="col" key={c.id}>
                      {formatRange(c.startsAt, c.endsAt, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.participants.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    {d.candidates.map((c) => {
                      const answer = d.matrix[p.id]?.[c.id]
                      return <td key={c.id}>{answer ? t(`rounds.answers.${answer}`) : '–'}</td>
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {d.ownParticipantId && !d.closed ? (
        <section className="card" aria-labelledby="answer-heading">
          <h2 id="answer-heading" className="h3">
            {t('rounds.poll.your_answers')}
          </h2>
          <Form method="post" className="form-grid">
            <input type="hidden" name="intent" value="answer" />
            <AnswerFields candidates={d.candidates} current={d.matrix[d.ownParticipantId] ?? {}} />
            <div className="field">
              <button type="submit" className="button">
                {t('rounds.poll.save_answers')}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  )
}
