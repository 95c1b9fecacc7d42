import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, TextAreaField, TextField } from '~/components/form'
import { SafeMarkdown } from '~/components/safe-markdown'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { getMinutes, publishMinutes, saveMinutes } from '~/domain/rounds/minutes.server'
import { requireNetworkRounds, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getRound } from '~/domain/rounds/queries.server'
import { DecisionSchema, MINUTES_MAX, MinutesSchema, TaskSchema } from '~/domain/rounds/schema'
import { addDecision, addTask, completeTask, listDecisions, listTasks } from '~/domain/rounds/tasks.server'
import { listAttendance, listCheckedInOrganisationIds, recordAttendance } from '~/domain/rounds/attendance.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rounds.minutes.title')

/** Members of the network read published minutes; coordinators and the office write and publish them; everyone else gets 404. */
function load(request: Request, slug: string, roundId: string) {
  const user = requireUser(request)
  const { network, access } = requireNetworkRounds(getPolicyViewer(request), slug)
  const round = requireOfNetwork(getRound(roundId), network.id)
  return { user, network, access, round }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { network, access, round } = load(request, params.slug!, params.roundId!)
  const minutes = getMinutes(round.id)
  const canManage = access === 'manage'
  // "take over from the check-in" prefills the attendance form (a GET: nothing is saved until the coordinator saves)
  const fromCheckIn = canManage && new URL(request.url).searchParams.get('attendance') === 'check-in'
  // drafts are for the managers only
  const visible = minutes && (minutes.publishedAt || canManage) ? minutes : null
  return {
    network: { name: network.name, slug: network.slug },
    title: `${round.title} #${round.number}`,
    canManage,
    body: visible?.body ?? '',
    publishedAt: visible?.publishedAt ?? null,
    hasDraft: Boolean(minutes && !minutes.publishedAt),
    tasks: listTasks(round.id),
    decisions: listDecisions(round.id),
    attendance: listAttendance(round.id, network.id),
    hasEvent: Boolean(round.eventId),
    checkedIn: fromCheckIn ? listCheckedInOrganisationIds(round.id) : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, access, round } = load(request, params.slug!, params.roundId!)
  if (access !== 'manage') httpError(403, 'forbidden')
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const now = new Date()
  if (intent === 'save') {
    const submission = parseWithZod(formData, { schema: MinutesSchema })
    if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
    saveMinutes({ roundId: round.id, body: submission.value.body, actorId: user.id, now })
    return redirectWithMessage(here, 'minutes_saved')
  }
  if (intent === 'publish') {
    try {
      publishMinutes({ roundId: round.id, actorId: user.id, now })
    } catch (error) {
      if (!(error instanceof DomainError) || error.status === 404) throw error
      return data({ error: `errors.${error.code}` }, { status: error.status })
    }
    return redirectWithMessage(here, 'minutes_published')
  }
  if (intent === 'attendance') {
    const present = formData.getAll('present').map(String).filter(Boolean)
    try {
      recordAttendance({ roundId: round.id, presentOrganisationIds: present, actorId: user.id, now })
    } catch (error) {
      if (!(error instanceof DomainError) || error.status === 404) throw error
      return data({ error: `errors.${error.code}` }, { status: error.status })
    }
    return redirectWithMessage(here, 'attendance_saved')
  }
  if (intent === 'add-decision') {
    const submission = parseWithZod(formData, { schema: DecisionSchema })
    if (submission.status !== 'success') return data({ decision: true, result: submission.reply() }, { status: 400 })
    addDecision({ roundId: round.id, text: submission.value.text, actorId: user.id })
    return redirectWithMessage(here, 'decision_added')
  }
  if (intent === 'add-task') {
    const submission = parseWithZod(formData, { schema: TaskSchema })
    if (submission.status !== 'success') return data({ task: true, result: submission.reply() }, { status: 400 })
    addTask({ roundId: round.id, ...submission.value, dueOn: submission.value.dueOn ?? null, actorId: user.id })
    return redirectWithMessage(here, 'task_added')
  }
  if (intent === 'complete-task') {
    try {
      completeTask({ roundId: round.id, taskId: String(formData.get('taskId') ?? ''), actorId: user.id, now })
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.status === 404) httpError(404, 'not_found')
      return data({ error: `errors.${error.code}` }, { status: error.status })
    }
    return redirectWithMessage(here, 'task_done')
  }
  httpError(400, 'unknown_intent')
}

export default function MinutesPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm<{ body: string }>({
    id: 'minutes',
    lastResult: actionData && 'result' in actionData && !('task' in actionData) && !('decision' in actionData) ? actionData.result : undefined,
    defaultValue: { body: d.body },
    shouldValidate: 'onSubmit',
  })
  const [taskForm, taskFields] = useForm<{ what: string; who: string; dueOn: string }>({
    id: 'task',
    lastResult: actionData && 'task' in actionData && 'result' in actionData ? actionData.result : undefined,
    shouldValidate: 'onSubmit',
  })
  const [decisionForm, decisionFields] = useForm<{ text: string }>({
    id: 'decision',
    lastResult: actionData && 'decision' in actionData && 'result' in actionData ? actionData.result : undefined,
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('rounds.minutes.title')} intro={d.title} />
      <p>
        <Link to={`/networks/${d.network.slug}/rounds`}>{t('rounds.back_to_rounds')}</Link>
      </p>
      {actionData && 'error' in actionData ? (
        <div className="notice error" role="alert">
          {t(String(actionData.error))}
        </div>
      ) : null}
      <section aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">
          {d.publishedAt ? t('rounds.minutes.published_at', { date: formatDateTime(d.publishedAt, locale) }) : t('rounds.minutes.draft')}
        </h2>
        {d.body ? <SafeMarkdown source={d.body} /> : <EmptyState title={t('rounds.minutes.none')} />}
      </section>
      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{t('rounds.attendance.title')}</h2>
        {d.attendance.some((o) => o.present !== null) ? (
          <p>
            {t('rounds.attendance.present', {
              names: d.attendance.filter((o) => o.present).map((o) => o.name).join(', ') || '–',
            })}
          </p>
        ) : (
          <EmptyState title={t('rounds.attendance.none')} />
        )}
        {d.canManage ? (
          <Form method="post" className="form-grid card" key={d.checkedIn ? 'check-in' : 'recorded'}>
            <input type="hidden" name="intent" value="attendance" />
            {d.hasEvent && !d.checkedIn ? (
              <p>
                <Link to="?attendance=check-in#attendance-heading" preventScrollReset>
                  {t('rounds.attendance.from_check_in')}
                </Link>
              </p>
            ) : null}
            {d.checkedIn ? (
              <p className="notice" role="status">
                {t('rounds.attendance.prefilled', { count: d.checkedIn.length })}
              </p>
            ) : null}
            <fieldset>
              <legend>{t('rounds.attendance.legend')}</legend>
              {d.attendance.map((o) => (
                <div key={o.id} className="checkbox">
                  <input
                    type="checkbox"
                    id={`present-${o.id}`}
                    name="present"
                    value={o.id}
                    defaultChecked={d.checkedIn ? d.checkedIn.includes(o.id) : Boolean(o.present)}
                  />
                  <label htmlFor={`present-${o.id}`}>{o.name}</label>
                </div>
              ))}
            </fieldset>
            <div className="field">
              <button type="submit" className="button secondary">
                {t('rounds.attendance.save')}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('rounds.decisions.title')}</h2>
        {d.decisions.length === 0 ? (
          <EmptyState title={t('rounds.decisions.none')} />
        ) : (
          <ol>
            {d.decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ol>
        )}
        {d.canManage ? (
          <Form method="post" {...getFormProps(decisionForm)} className="form-grid card">
            <input type="hidden" name="intent" value="add-decision" />
            <TextField field={decisionFields.text} label={t('rounds.decisions.text')} />
            <div className="field">
              <button type="submit" className="button">
                {t('rounds.decisions.save')}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">{t('rounds.tasks.title')}</h2>
        {d.tasks.length === 0 ? (
          <EmptyState title={t('rounds.tasks.none')} />
        ) : (
          <ul className="stack plain">
            {d.tasks.map((task) => (
              <li key={task.id}>
                <strong>{task.what}</strong> · {task.who}
                {task.dueOn ? ` · ${t('rounds.tasks.due', { date: task.dueOn })}` : ''} ·{' '}
                {task.doneAt ? t('rounds.tasks.done') : t('rounds.tasks.open')}
                {d.canManage && !task.doneAt ? (
                  <Form method="post">
                    <input type="hidden" name="taskId" value={task.id} />
                    <button type="submit" name="intent" value="complete-task" className="button secondary" aria-label={t('rounds.tasks.complete_label', { what: task.what })}>
                      {t('rounds.tasks.complete')}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {d.canManage ? (
          <Form method="post" {...getFormProps(taskForm)} className="form-grid card">
            <h3 className="h4">{t('rounds.tasks.add')}</h3>
            <input type="hidden" name="intent" value="add-task" />
            <TextField field={taskFields.what} label={t('rounds.tasks.what')} />
            <TextField field={taskFields.who} label={t('rounds.tasks.who')} />
            <TextField field={taskFields.dueOn} label={t('rounds.tasks.due_on')} hint={t('rounds.tasks.due_on_hint')} />
            <div className="field">
              <button type="submit" className="button">
                {t('rounds.tasks.save')}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      {d.canManage ? (
        <section className="card" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="h3">
            {t('rounds.minutes.edit')}
          </h2>
          <Form method="post" {...getFormProps(form)} className="form-grid">
            <input type="hidden" name="intent" value="save" />
            <FormError id={form.errorId} errors={form.errors} />
            <TextAreaField field={fields.body} label={t('rounds.minutes.body')} hint={t('rounds.minutes.body_hint', { max: MINUTES_MAX })} rows={14} />
            <div className="field">
              <button type="submit" className="button">
                {t('rounds.minutes.save')}
              </button>
            </div>
          </Form>
          {d.hasDraft ? (
            <Form method="post">
              <p className="hint">{t('rounds.minutes.publish_hint')}</p>
              <button type="submit" name="intent" value="publish" className="button secondary">
                {t('rounds.minutes.publish')}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
