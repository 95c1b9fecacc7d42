import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextAreaField, TextField } from '~/components/form'
import { SafeMarkdown } from '~/components/safe-markdown'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { requireNetworkRounds, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getRound, listSeriesForNetwork } from '~/domain/rounds/queries.server'
import { STATEMENT_MAX, StatementSchema } from '~/domain/rounds/schema'
import {
  getStatement,
  listSignatures,
  listSigningOrganisations,
  openStatement,
  publishStatement,
  signStatement,
  updateStatement,
  withdrawSignature,
} from '~/domain/rounds/statements.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'statements.title')

/**
 * A joint statement inside the network: the coordination edits the draft, opens it and publishes it;
 * the member organisations' editors sign or withdraw; members read. Drafts are 404 for all but the
 * coordination; outsiders get 404 for everything.
 */
function load(request: Request, slug: string, statementId: string) {
  const user = requireUser(request)
  const { network, access } = requireNetworkRounds(getPolicyViewer(request), slug)
  const statement = requireOfNetwork(getStatement(statementId), network.id)
  if (statement.status === 'draft' && access !== 'manage') httpError(404, 'not_found')
  return { user, network, access, statement }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { user, network, access, statement } = load(request, params.slug!, params.statementId!)
  const canManage = access === 'manage'
  const round = statement.roundId ? getRound(statement.roundId) : null
  return {
    network: { name: network.name, slug: network.slug },
    canManage,
    statement: { id: statement.id, title: statement.title, body: statement.body, status: statement.status, roundId: statement.roundId, publishedAt: statement.publishedAt },
    round: round ? { id: round.id, label: `${round.title} #${round.number}` } : null,
    signatures: listSignatures(statement.id),
    ownOrganisations: listSigningOrganisations(user.id, network.id),
    rounds:
      canManage && statement.status === 'draft'
        ? listSeriesForNetwork(network.id).flatMap((s) => s.rounds.map((r) => ({ id: r.id, label: `${s.title} #${r.number}` })))
        : [],
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, access, statement } = load(request, params.slug!, params.statementId!)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/networks/${network.slug}/rounds/statements/${statement.id}`
  const now = new Date()
  const managing = intent === 'update' || intent === 'open' || intent === 'publish'
  if (managing && access !== 'manage') httpError(403, 'forbidden')
  if (intent === 'update') {
    const submission = parseWithZod(formData, { schema: StatementSchema })
    if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
    try {
      updateStatement({ statementId: statement.id, ...submission.value, roundId: submission.value.roundId || null, actorId: user.id, now })
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code === 'statements.round_unknown') {
        return data({ result: submission.reply({ fieldErrors: { roundId: [`errors.${error.code}`] } }) }, { status: error.status })
      }
      return data({ error: `errors.${error.code}` }, { status: error.status })
    }
    return redirectWithMessage(here, 'statement_saved')
  }
  const organisationId = String(formData.get('organisationId') ?? '')
  const steps: Record<string, { run: () => unknown; flash: string }> = {
    open: { run: () => openStatement({ statementId: statement.id, actorId: user.id, now }), flash: 'statement_opened' },
    publish: { run: () => publishStatement({ statementId: statement.id, actorId: user.id, now }), flash: 'statement_published' },
    sign: { run: () => signStatement({ statementId: statement.id, organisationId, userId: user.id, now }), flash: 'statement_signed' },
    withdraw: { run: () => withdrawSignature({ statementId: statement.id, organisationId, userId: user.id, now }), flash: 'statement_withdrawn' },
  }
  const step = typeof intent === 'string' ? steps[intent] : undefined
  if (!step) httpError(400, 'unknown_intent')
  try {
    step!.run()
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (error.status === 404) httpError(404, 'not_found')
    return data({ error: `errors.${error.code}` }, { status: error.status })
  }
  return redirectWithMessage(here, step!.flash)
}

export default function StatementPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const signed = new Set(d.signatures.map((s) => s.organisationId))
  const isOpen = d.statement.status === 'open'
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={d.statement.title} intro={`${d.network.name} · ${t(`statements.statuses.${d.statement.status}`)}`} />
      <p>
        <Link to={`/networks/${d.network.slug}/rounds/statements`}>{t('statements.back_to_list')}</Link>
      </p>
      {actionData && 'error' in actionData ? (
        <div className="notice error" role="alert">
          {t(String(actionData.error))}
        </div>
      ) : null}
      {d.statement.status === 'published' ? (
        <p>
          <Link to={`/statements/${d.statement.id}`}>{t('statements.public_link')}</Link>
        </p>
      ) : null}
      {d.round ? (
        <p className="meta">
          {t('statements.from_round')}: <Link to={`/networks/${d.network.slug}/rounds/${d.round.id}/minutes`}>{d.round.label}</Link>
        </p>
      ) : null}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t('statements.text_heading')}</h2>
        <SafeMarkdown source={d.statement.body} />
      </section>

      <section aria-labelledby="signatures-heading">
        <h2 id="signatures-heading">{t('statements.signatories_heading')}</h2>
        {d.signatures.length === 0 ? (
          <EmptyState title={t('statements.no_signatures')} />
        ) : (
          <ul className="stack plain">
            {d.signatures.map((s) => (
              <li key={s.organisationId}>
                {s.status === 'active' ? <Link to={`/organisations/${s.slug}`}>{s.name}</Link> : s.name} ·{' '}
                {t('statements.signed_on', { date: formatDate(s.signedAt, locale) })}
              </li>
            ))}
          </ul>
        )}
        {isOpen && d.ownOrganisations.length > 0 ? (
          <div className="card stack">
            <h3 className="h4">{t('statements.sign_heading')}</h3>
            <p className="hint">{t('statements.sign_hint')}</p>
            {d.ownOrganisations.map((o) => (
              <Form method="post" key={o.id}>
                <input type="hidden" name="organisationId" value={o.id} />
                {signed.has(o.id) ? (
                  <button type="submit" name="intent" value="withdraw" className="button secondary">
                    {t('statements.withdraw_for', { organisation: o.name })}
                  </button>
                ) : (
                  <button type="submit" name="intent" value="sign" className="button">
                    {t('statements.sign_for', { organisation: o.name })}
                  </button>
                )}
              </Form>
            ))}
          </div>
        ) : null}
      </section>

      {d.canManage ? <ManageSection /> : null}
    </div>
  )
}

function ManageSection() {
  const { t } = useTranslation()
  const d = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'edit-statement',
    lastResult: actionData && 'result' in actionData ? actionData.result : undefined,
    defaultValue: { title: d.statement.title, body: d.statement.body, roundId: d.statement.roundId ?? '' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StatementSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="card" aria-labelledby="manage-heading">
      <h2 id="manage-heading" className="h3">
        {t('statements.manage_heading')}
      </h2>
      {d.statement.status === 'draft' ? (
        <>
          <Form method="post" {...getFormProps(form)} className="form-grid">
            <input type="hidden" name="intent" value="update" />
            <FormError id={form.errorId} errors={form.errors} />
            <TextField field={fields.title} label={t('statements.field_title')} />
            <TextAreaField field={fields.body} label={t('statements.field_body')} hint={t('statements.body_hint', { max: STATEMENT_MAX })} rows={12} />
            <SelectField field={fields.roundId} label={t('statements.field_round')}>
              <option value="">{t('statements.no_round')}</option>
              {d.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </SelectField>
            <div className="field">
              <button type="submit" className="button secondary">
                {t('statements.save')}
              </button>
            </div>
          </Form>
          <Form method="post">
            <p className="hint">{t('statements.open_hint')}</p>
            <button type="submit" name="intent" value="open" className="button">
              {t('statements.open')}
            </button>
          </Form>
        </>
      ) : null}
      {d.statement.status === 'open' ? (
        <Form method="post">
          <p className="hint">{t('statements.publish_hint')}</p>
          <button type="submit" name="intent" value="publish" className="button">
            {t('statements.publish')}
          </button>
        </Form>
      ) : null}
      {d.statement.status === 'published' ? <p>{t('statements.published_note')}</p> : null}
    </section>
  )
}
