import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextField } from '~/components/form'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { createRound, createSeries } from '~/domain/rounds/mutations.server'
import { requireNetworkRounds, requireOfNetwork } from '~/domain/rounds/policy.server'
import { getSeries, listNetworkOrganisations, listSeriesForNetwork } from '~/domain/rounds/queries.server'
import { RoundSchema, SeriesSchema } from '~/domain/rounds/schema'
import { listStatementsForNetwork } from '~/domain/rounds/statements.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatRange, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rounds.title')

function load(request: Request, slug: string) {
  const user = requireUser(request)
  const { network, access } = requireNetworkRounds(getPolicyViewer(request), slug)
  return { user, network, access }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { network, access } = load(request, params.slug!)
  const skip = Math.max(0, Math.min(50, Number.parseInt(new URL(request.url).searchParams.get('skip') ?? '0', 10) || 0))
  return {
    network: { name: network.name, slug: network.slug },
    canManage: access === 'manage',
    series: listSeriesForNetwork(network.id, skip),
    organisations: listNetworkOrganisations(network.id),
    skip,
    // drafts are for the coordination only
    statements: listStatementsForNetwork(network.id, access === 'manage' ? ['draft', 'open', 'published'] : ['open', 'published'], { limit: 5, offset: 0 }),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, network, access } = load(request, params.slug!)
  if (access !== 'manage') httpError(403, 'forbidden')
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/networks/${network.slug}/rounds`
  if (intent === 'create-series') {
    const submission = parseWithZod(formData, { schema: SeriesSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    try {
      createSeries({ networkId: network.id, ...submission.value, actorId: user.id })
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      return data({ intent, result: submission.reply({ formErrors: [`errors.${error.code}`] }) }, { status: 400 })
    }
    return redirectWithMessage(here, 'series_created')
  }
  if (intent === 'create-round') {
    const submission = parseWithZod(formData, { schema: RoundSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const series = requireOfNetwork(getSeries(submission.value.seriesId), network.id)
    try {
      createRound({ seriesId: series.id, hostOrganisationId: submission.value.hostOrganisationId || null, actorId: user.id })
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      return data({ intent, result: submission.reply({ formErrors: [`errors.${error.code}`] }) }, { status: 400 })
    }
    return redirectWithMessage(here, 'round_created')
  }
  httpError(400, 'unknown_intent')
}

export default function RoundsPage() {
  const { t } = useTranslation()
  const { network, canManage, series, organisations, skip, statements } = useLoaderData<typeof loader>()
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('rounds.title')} intro={network.name} />
      <p>
        <Link to={`/networks/${network.slug}`}>{t('rounds.back_to_network')}</Link>
      </p>
      {series.length === 0 ? <EmptyState title={t('rounds.no_series')} /> : null}
      {series.map((s) => (
        <section key={s.id} className="card" aria-labelledby={`series-${s.id}`}>
          <h2 id={`series-${s.id}`}>{s.title}</h2>
          <p className="meta">
            {[s.cadenceHint, t('rounds.length_minutes', { count: s.defaultLengthMinutes }), t(`rounds.formats.${s.format}`)].filter(Boolean).join(' · ')}
          </p>
          {s.hostOrder.length > 0 ? (
            <p>
              {t('rounds.host_order')}: {s.hostOrder.map((id) => orgName.get(id) ?? '?').join(' → ')}
            </p>
          ) : null}
          {s.rounds.length === 0 ? (
            <p>{t('rounds.no_rounds')}</p>
          ) : (
            <>
              {(['coming', 'past'] as const).map((when) => {
                const list = s.rounds.filter((r) => (r.status === 'held' || r.status === 'cancelled') === (when === 'past'))
                // coming rounds in the order they meet, past ones newest first
                if (when === 'coming') list.reverse()
                return list.length ? (
                  <div key={when}>
                    <h3 className="h4">{t(`rounds.series_page.${when}`)}</h3>
                    <ul className="stack plain">
                      {list.map((r) => (
                        <RoundLine key={r.id} round={r} slug={network.slug} canManage={canManage} />
                      ))}
                    </ul>
                  </div>
                ) : null
              })}
            </>
          )}
          {canManage ? <NewRoundForm seriesId={s.id} suggestedHostId={s.suggestedHostId} organisations={organisations} skip={skip} slug={network.slug} /> : null}
        </section>
      ))}
      <section className="card" aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t('statements.title')}</h2>
        {statements.length === 0 ? (
          <p>{t('statements.none')}</p>
        ) : (
          <ul className="stack plain">
            {statements.map((s) => (
              <li key={s.id}>
                <Link to={`/networks/${network.slug}/rounds/statements/${s.id}`}>{s.title}</Link> · {t(`statements.statuses.${s.status}`)} ·{' '}
                {t('statements.signature_count', { count: s.signatures })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/networks/${network.slug}/rounds/statements`}>{canManage ? t('statements.all_and_new') : t('statements.all')}</Link>
        </p>
      </section>
      {canManage ? <NewSeriesForm organisations={organisations} /> : null}
    </div>
  )
}

type RoundRow = ReturnType<typeof useLoaderData<typeof loader>>['series'][number]['rounds'][number]

/** One round of a series: number, host, date, status, agenda, minutes (published ones; drafts for the coordination), attendance, polls. */
function RoundLine({ round: r, slug, canManage }: { round: RoundRow; slug: string; canManage: boolean }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const base = `/networks/${slug}/rounds/${r.id}`
  return (
    <li>
      <strong>{t('rounds.round_number', { number: r.number })}</strong> · {r.hostName ?? t('rounds.no_host')} ·{' '}
      {r.startsAt && r.endsAt ? <Link to={`/events/${r.eventId}`}>{formatRange(r.startsAt, r.endsAt, locale)}</Link> : t('rounds.series_page.no_date')} ·{' '}
      {t(`rounds.statuses.${r.status}`)}
      <br />
      <Link to={`${base}/agenda`}>{t('rounds.series_page.agenda', { count: r.topicCount })}</Link>
      {r.minutes === 'published' || (canManage && r.minutes === 'draft') ? (
        <>
          {' '}
          · <Link to={`${base}/minutes`}>{r.minutes === 'published' ? t('rounds.minutes.link') : t('rounds.series_page.minutes_draft')}</Link>
        </>
      ) : canManage ? (
        <>
          {' '}
          · <Link to={`${base}/minutes`}>{t('rounds.series_page.minutes_write')}</Link>
        </>
      ) : null}
      {r.presentCount !== null ? <> · {t('rounds.series_page.present', { count: r.presentCount })}</> : null}
      {r.polls.map((p) => (
        <span key={p.id}>
          {' '}
          · <Link to={`/networks/${slug}/rounds/polls/${p.id}`}>{t('rounds.open_poll')}</Link>
        </span>
      ))}
      {canManage && r.polls.length === 0 ? (
        <span>
          {' '}
          · <Link to={`${base}/poll`}>{t('rounds.new_poll')}</Link>
        </span>
      ) : null}
    </li>
  )
}

function NewRoundForm(props: { seriesId: string; suggestedHostId: string | null; organisations: { id: string; name: string }[]; skip: number; slug: string }) {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: `new-round-${props.seriesId}`,
    lastResult: actionData?.intent === 'create-round' ? actionData.result : undefined,
    defaultValue: { seriesId: props.seriesId, hostOrganisationId: props.suggestedHostId ?? '' },
    shouldValidate: 'onSubmit',
  })
  return (
    <Form method="post" {...getFormProps(form)} className="form-grid">
      <FormError id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="create-round" />
      <input {...getInputProps(fields.seriesId, { type: 'hidden' })} key={fields.seriesId.key} />
      <SelectField field={fields.hostOrganisationId} label={t('rounds.next_host')}>
        <option value="">{t('rounds.no_host')}</option>
        {props.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.id === props.suggestedHostId ? `${o.name} (${t('rounds.suggested')})` : o.name}
          </option>
        ))}
      </SelectField>
      <div className="field button-row">
        <button type="submit" className="button">
          {t('rounds.create_round')}
        </button>
        {props.suggestedHostId ? (
          <Link to={`/networks/${props.slug}/rounds?skip=${props.skip + 1}`} className="button secondary">
            {t('rounds.skip_host')}
          </Link>
        ) : null}
      </div>
    </Form>
  )
}

function NewSeriesForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'new-series',
    lastResult: actionData?.intent === 'create-series' ? actionData.result : undefined,
    defaultValue: { defaultLengthMinutes: '120', format: 'host' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SeriesSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="card" aria-labelledby="new-series-heading">
      <h2 id="new-series-heading" className="h3">
        {t('rounds.new_series')}
      </h2>
      <Form method="post" {...getFormProps(form)} className="form-grid">
        <FormError id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="create-series" />
        <TextField field={fields.title} label={t('rounds.series_title')} />
        <TextField field={fields.cadenceHint} label={t('rounds.cadence_hint')} hint={t('rounds.cadence_example')} />
        <TextField field={fields.defaultLengthMinutes} label={t('rounds.default_length')} />
        <SelectField field={fields.format} label={t('rounds.format')}>
          <option value="host">{t('rounds.formats.host')}</option>
          <option value="team">{t('rounds.formats.team')}</option>
        </SelectField>
        <fieldset className="field">
          <legend>{t('rounds.host_order')}</legend>
          <p className="hint">{t('rounds.host_order_hint')}</p>
          <FormError id={fields.hostOrder.errorId} errors={fields.hostOrder.errors} />
          {organisations.map((_, index) => (
            <div key={index}>
              <label htmlFor={`host-order-${index}`}>{t('rounds.host_position', { position: index + 1 })}</label>
              <select id={`host-order-${index}`} name="hostOrder" defaultValue="">
                <option value="">–</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <button type="submit" className="button">
            {t('rounds.create_series')}
          </button>
        </div>
      </Form>
    </section>
  )
}

