import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextAreaField, TextField } from '~/components/form'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { isAgendaOpen, moveTopic, proposeTopic, setAgendaCutoff, setTopicStatus } from '~/domain/rounds/mutations.server'
import { requireNetworkRounds, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getRound, listAgenda, listProposingOrganisations } from '~/domain/rounds/queries.server'
import { listOpenTasksBefore } from '~/domain/rounds/tasks.server'
import { CutoffSchema, TOPIC_DESCRIPTION_MAX, TopicSchema } from '~/domain/rounds/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { berlinDate, berlinInstant, toBerlinZoned } from '~/utils/time'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rounds.agenda.title')

/** Members of the network see the agenda and propose; coordinators and the office manage it; everyone else gets 404. */
function load(request: Request, slug: string, roundId: string) {
  const user = requireUser(request)
  const viewer = getPolicyViewer(request)
  const { network, access } = requireNetworkRounds(viewer, slug)
  const round = requireOfNetwork(getRound(roundId), network.id)
  return { user, isOffice: viewer?.role === 'admin', network, access, round }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { user, isOffice, network, access, round } = load(request, params.slug!, params.roundId!)
  const cutoff = round.agendaCutoffAt
  const zoned = cutoff ? toBerlinZoned(cutoff) : null
  return {
    network: { name: network.name, slug: network.slug },
    title: `${round.title} #${round.number}`,
    eventId: round.eventId,
    cutoff,
    cutoffDate: cutoff ? berlinDate(cutoff) : '',
    cutoffTime: zoned ? `${String(zoned.getHours()).padStart(2, '0')}:${String(zoned.getMinutes()).padStart(2, '0')}` : '',
    open: isAgendaOpen(round, new Date()),
    canManage: access === 'manage',
    topics: listAgenda(round.id),
    openTasks: listOpenTasksBefore(round),
    organisations: listProposingOrganisations(user.id, network.id, isOffice),
  }
}

const STATUS_INTENTS = { accept: 'accepted', defer: 'deferred' } as const

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, isOffice, network, access, round } = load(request, params.slug!, params.roundId!)
  const formData = await readFormData(request)
  const intent = String(formData.get('intent') ?? '')
  const here = `/networks/${network.slug}/rounds/${round.id}/agenda`
  const now = new Date()

  if (intent === 'propose') {
    const submission = parseWithZod(formData, { schema: TopicSchema })
    if (submission.status !== 'success') return data({ form: 'propose', result: submission.reply() }, { status: 400 })
    try {
      proposeTopic({ roundId: round.id, userId: user.id, isOffice, now, ...submission.value })
    } catch (error) {
      if (!(error instanceof DomainError) || error.status === 404) throw error
      if (error.code === 'rounds.not_your_organisation') {
        return data({ form: 'propose', result: submission.reply({ fieldErrors: { organisationId: [`errors.${error.code}`] } }) }, { status: error.status })
      }
      // e.g. the cut-off passed while the form was open: the form is gone, so the message stands above the list
      return data({ form: 'propose', result: submission.reply(), error: `errors.${error.code}` }, { status: error.status })
    }
    return redirectWithMessage(here, 'topic_proposed')
  }

  if (access !== 'manage') httpError(403, 'forbidden')
  try {
    if (intent === 'cutoff') {
      const submission = parseWithZod(formData, { schema: CutoffSchema })
      if (submission.status !== 'success') return data({ form: 'cutoff', result: submission.reply() }, { status: 400 })
      const { cutoffDate, cutoffTime } = submission.value
      setAgendaCutoff({ roundId: round.id, cutoffAt: cutoffDate ? berlinInstant(cutoffDate, cutoffTime ?? '23:59') : null, actorId: user.id })
      return redirectWithMessage(here, 'agenda_cutoff_saved')
    }
    const topicId = String(formData.get('topicId') ?? '')
    if (intent === 'up' || intent === 'down') {
      moveTopic({ roundId: round.id, topicId, direction: intent, actorId: user.id })
      return redirectWithMessage(here, 'topic_moved')
    }
    if (intent in STATUS_INTENTS) {
      setTopicStatus({ roundId: round.id, topicId, status: STATUS_INTENTS[intent as keyof typeof STATUS_INTENTS], actorId: user.id })
      return redirectWithMessage(here, 'topic_updated')
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (error.status === 404) httpError(404, 'not_found')
    throw error
  }
  httpError(400, 'unknown_intent')
}

export default function AgendaPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm<{ title: string; description: string; organisationId: string }>({
    id: 'propose-topic',
    lastResult: actionData?.form === 'propose' ? actionData.result : undefined,
    shouldValidate: 'onSubmit',
  })
  const [cutoffForm, cutoffFields] = useForm<{ cutoffDate: string; cutoffTime: string }>({
    id: 'agenda-cutoff',
    lastResult: actionData?.form === 'cutoff' ? actionData.result : undefined,
    defaultValue: { cutoffDate: d.cutoffDate, cutoffTime: d.cutoffTime },
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('rounds.agenda.title')} intro={d.title} />
      <p>
        <Link to={`/networks/${d.network.slug}/rounds`}>{t('rounds.back_to_rounds')}</Link>
        {d.eventId ? (
          <>
            {' · '}
            <Link to={`/events/${d.eventId}`}>{t('rounds.poll.event_link')}</Link>
          </>
        ) : null}
      </p>
      <p>
        {d.cutoff
          ? t(d.open ? 'rounds.agenda.cutoff_label' : 'rounds.agenda.cutoff_passed', { cutoff: formatDateTime(d.cutoff, locale) })
          : d.open
            ? t('rounds.agenda.no_cutoff')
            : t('rounds.agenda.closed')}
      </p>

      {actionData && 'error' in actionData ? (
        <div className="notice error" role="alert">
          {t(String(actionData.error))}
        </div>
      ) : null}

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t('rounds.agenda.topics')}</h2>
        {d.topics.length === 0 ? (
          <EmptyState title={t('rounds.agenda.empty')} />
        ) : (
          <ol className="stack">
            {d.topics.map((topic, index) => (
              <li key={topic.id} className="card">
                <h3 className="h4">{topic.title}</h3>
                <p className="meta">
                  {topic.organisationName} · {t(`rounds.agenda.status.${topic.status}`)}
                </p>
                {topic.description ? <p>{topic.description}</p> : null}
                {d.canManage ? (
                  <Form method="post" className="button-row">
                    <input type="hidden" name="topicId" value={topic.id} />
                    {index > 0 ? (
                      <button type="submit" name="intent" value="up" className="button secondary" aria-label={t('rounds.agenda.up_label', { title: topic.title })}>
                        {t('rounds.agenda.up')}
                      </button>
                    ) : null}
                    {index < d.topics.length - 1 ? (
                      <button type="submit" name="intent" value="down" className="button secondary" aria-label={t('rounds.agenda.down_label', { title: topic.title })}>
                        {t('rounds.agenda.down')}
                      </button>
                    ) : null}
                    {topic.status !== 'accepted' ? (
                      <button type="submit" name="intent" value="accept" className="button" aria-label={t('rounds.agenda.accept_label', { title: topic.title })}>
                        {t('rounds.agenda.accept')}
                      </button>
                    ) : null}
                    {topic.status !== 'deferred' ? (
                      <button type="submit" name="intent" value="defer" className="button secondary" aria-label={t('rounds.agenda.defer_label', { title: topic.title })}>
                        {t('rounds.agenda.defer')}
                      </button>
                    ) : null}
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {d.openTasks.length ? (
        <section aria-labelledby="open-tasks-heading">
          <h2 id="open-tasks-heading">{t('rounds.tasks.open_before')}</h2>
          <ul>
            {d.openTasks.map((task) => (
              <li key={task.id}>
                <strong>{task.what}</strong> · {task.who}
                {task.dueOn ? ` · ${t('rounds.tasks.due', { date: task.dueOn })}` : ''} · {t('rounds.round_number', { number: task.roundNumber })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.open && d.organisations.length > 0 ? (
        <section className="card" aria-labelledby="propose-heading">
          <h2 id="propose-heading" className="h3">
            {t('rounds.agenda.propose')}
          </h2>
          <Form method="post" {...getFormProps(form)} className="form-grid">
            <input type="hidden" name="intent" value="propose" />
            <FormError id={form.errorId} errors={form.errors} />
            <TextField field={fields.title} label={t('rounds.agenda.topic_title')} />
            <TextAreaField field={fields.description} label={t('rounds.agenda.description')} hint={t('rounds.agenda.description_hint', { max: TOPIC_DESCRIPTION_MAX })} rows={4} />
            <SelectField field={fields.organisationId} label={t('rounds.agenda.organisation')}>
              {d.organisations.length > 1 ? <option value="">{t('rounds.agenda.choose_organisation')}</option> : null}
              {d.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <div className="field">
              <button type="submit" className="button">
                {t('rounds.agenda.submit')}
              </button>
            </div>
          </Form>
        </section>
      ) : null}

      {d.canManage ? (
        <section className="card" aria-labelledby="cutoff-heading">
          <h2 id="cutoff-heading" className="h3">
            {t('rounds.agenda.cutoff')}
          </h2>
          <Form method="post" {...getFormProps(cutoffForm)} className="form-grid">
            <input type="hidden" name="intent" value="cutoff" />
            <TextField field={cutoffFields.cutoffDate} label={t('rounds.agenda.cutoff_date')} hint={t('rounds.agenda.cutoff_date_hint')} />
            <TextField field={cutoffFields.cutoffTime} label={t('rounds.agenda.cutoff_time')} hint={t('rounds.agenda.cutoff_time_hint')} />
            <div className="field">
              <button type="submit" className="button secondary">
                {t('rounds.agenda.save_cutoff')}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  )
}
