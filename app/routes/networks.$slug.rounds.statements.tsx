import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextAreaField, TextField } from '~/components/form'
import { EmptyState, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { requireNetworkRounds } from '~/domain/rounds/policy.server'
import { listSeriesForNetwork } from '~/domain/rounds/queries.server'
import { STATEMENT_MAX, StatementSchema } from '~/domain/rounds/schema'
import { countStatementsForNetwork, createStatement, listStatementsForNetwork } from '~/domain/rounds/statements.server'
import type { StatementStatus } from '../../db/schema/rounds'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'statements.title')

const PAGE_SIZE = 20

function load(request: Request, slug: string) {
  const user = requireUser(request)
  const { network, access } = requireNetworkRounds(getPolicyViewer(request), slug)
  return { user, network, access }
}

/** Every round of the network's series, to link a statement to (newest first). */
function roundChoices(networkId: string) {
  return listSeriesForNetwork(networkId).flatMap((s) => s.rounds.map((r) => ({ id: r.id, label: `${s.title} #${r.number}` })))
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { network, access } = load(request, params.slug!)
  const canManage = access === 'manage'
  // drafts are for the coordination only
  const statuses: StatementStatus[] = canManage ? ['draft', 'open', 'published'] : ['open', 'published']
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  return {
    network: { name: network.name, slug: network.slug },
    canManage,
    statements: listStatementsForNetwork(network.id, statuses, { limit, offset }),
    page,
    pageCount: pageCount(countStatementsForNetwork(network.id, statuses), PAGE_SIZE),
    rounds: canManage ? roundChoices(network.id) : [],
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, access } = load(request, params.slug!)
  if (access !== 'manage') httpError(403, 'forbidden')
  const submission = parseWithZod(await readFormData(request), { schema: StatementSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  let statementId: string
  try {
    statementId = createStatement({ networkId: network.id, ...submission.value, roundId: submission.value.roundId || null, actorId: user.id }).id
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return data({ result: submission.reply({ fieldErrors: { roundId: [`errors.${error.code}`] } }) }, { status: error.status })
  }
  return redirectWithMessage(`/networks/${network.slug}/rounds/statements/${statementId}`, 'statement_created')
}

export default function StatementsPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const d = useLoaderData<typeof loader>()
  const location = useLocation()
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('statements.title')} intro={d.network.name} />
      <p>
        <Link to={`/networks/${d.network.slug}/rounds`}>{t('rounds.back_to_rounds')}</Link>
      </p>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t('statements.list_heading')}</h2>
        {d.statements.length === 0 ? (
          <EmptyState title={t('statements.none')} />
        ) : (
          <ul className="stack plain">
            {d.statements.map((s) => (
              <li key={s.id} className="card">
                <h3 className="h3">
                  <Link to={`/networks/${d.network.slug}/rounds/statements/${s.id}`}>{s.title}</Link>
                </h3>
                <p className="meta">
                  {t(`statements.statuses.${s.status}`)} · {t('statements.signature_count', { count: s.signatures })}
                  {s.publishedAt ? ` · ${t('statements.adopted_on', { date: formatDate(s.publishedAt, locale) })}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={d.page} pageCount={d.pageCount} search={location.search} />
      </section>
      {d.canManage ? <NewStatementForm rounds={d.rounds} /> : null}
    </div>
  )
}

function NewStatementForm({ rounds }: { rounds: { id: string; label: string }[] }) {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'new-statement',
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StatementSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="card" aria-labelledby="new-statement-heading">
      <h2 id="new-statement-heading" className="h3">
        {t('statements.new')}
      </h2>
      <Form method="post" {...getFormProps(form)} className="form-grid">
        <FormError id={form.errorId} errors={form.errors} />
        <TextField field={fields.title} label={t('statements.field_title')} />
        <TextAreaField field={fields.body} label={t('statements.field_body')} hint={t('statements.body_hint', { max: STATEMENT_MAX })} rows={12} />
        <SelectField field={fields.roundId} label={t('statements.field_round')}>
          <option value="">{t('statements.no_round')}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <button type="submit" className="button">
            {t('statements.create')}
          </button>
        </div>
      </Form>
    </section>
  )
}
