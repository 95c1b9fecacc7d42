import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, TextAreaField, TextField } from '~/components/form'
import { PageHeader } from '~/components/ui'
import { parseCandidateLines, MAX_CANDIDATES } from '~/domain/rounds/candidates'
import { createPoll } from '~/domain/rounds/mutations.server'
import { requireNetworkRounds, requireRoundsManager, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getRound } from '~/domain/rounds/queries.server'
import { PollSchema } from '~/domain/rounds/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { berlinInstant } from '~/utils/time'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rounds.new_poll')

function load(request: Request, slug: string, roundId: string) {
  const user = requireUser(request)
  const viewer = getPolicyViewer(request)
  const { network } = requireNetworkRounds(viewer, slug)
  requireRoundsManager(viewer, network.id)
  const round = requireOfNetwork(getRound(roundId), network.id)
  return { user, network, round }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { network, round } = load(request, params.slug!, params.roundId!)
  return { network: { name: network.name, slug: network.slug }, title: `${round.title} #${round.number}` }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, round } = load(request, params.slug!, params.roundId!)
  const formData = await readFormData(request)
  formData.set('roundId', round.id)
  const submission = parseWithZod(formData, { schema: PollSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const now = new Date()
  const checked = parseCandidateLines(submission.value.candidates, round.defaultLengthMinutes, now)
  if (!checked.ok) {
    return data({ result: submission.reply({ fieldErrors: { candidates: [`errors.rounds.${checked.error}`] } }) }, { status: 400 })
  }
  // The poll closes at the end of the deadline day (Berlin).
  const deadline = new Date(berlinInstant(submission.value.deadlineDate, '23:59').getTime() + 59_999)
  try {
    const poll = createPoll({ roundId: round.id, deadline, candidates: checked.candidates, now, actorId: user.id })
    return redirectWithMessage(`/networks/${network.slug}/rounds/polls/${poll.id}`, 'poll_created')
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    const field = error.code === 'rounds.deadline_past' ? 'deadlineDate' : 'candidates'
    return data({ result: submission.reply({ fieldErrors: { [field]: [`errors.${error.code}`] } }) }, { status: 400 })
  }
}

export default function NewPoll() {
  const { t } = useTranslation()
  const { network, title } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm<{ candidates: string; deadlineDate: string }>({
    id: 'new-poll',
    lastResult: actionData?.result,
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container narrow">
      <PageHeader title={t('rounds.new_poll')} intro={title} />
      <p>
        <Link to={`/networks/${network.slug}/rounds`}>{t('rounds.back_to_rounds')}</Link>
      </p>
      <Form method="post" {...getFormProps(form)} className="form-grid">
        <FormError id={form.errorId} errors={form.errors} />
        <TextAreaField field={fields.candidates} label={t('rounds.candidates')} hint={t('rounds.candidates_hint', { max: MAX_CANDIDATES })} rows={8} />
        <TextField field={fields.deadlineDate} label={t('rounds.deadline')} hint={t('rounds.deadline_hint')} />
        <div className="field">
          <button type="submit" className="button">
            {t('rounds.create_poll')}
          </button>
        </div>
      </Form>
    </div>
  )
}
