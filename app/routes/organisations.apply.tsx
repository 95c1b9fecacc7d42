import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, TextField } from '~/components/form'
import { OrganisationProfileFields } from '~/components/organisation-profile-fields'
import { PageHeader } from '~/components/ui'
import { hitRateLimit } from '~/domain/auth/rate-limit.server'
import { applyForListing } from '~/domain/organisations/mutations.server'
import { listMunicipalities } from '~/domain/organisations/queries.server'
import { ApplicationSchema, HONEYPOT_FIELD } from '~/domain/organisations/schema'
import { clientIp, DomainError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { isLocale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

/** Five applications an hour per address are plenty for people and too few for spam. */
const APPLY_LIMIT = { limit: 5, windowMs: 60 * 60_000 }

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.apply_title')

export function loader(_: LoaderFunctionArgs) {
  return { municipalities: listMunicipalities() }
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request)
  const limit = hitRateLimit(`apply:ip:${clientIp(request)}`, APPLY_LIMIT.limit, APPLY_LIMIT.windowMs)
  if (!limit.allowed) {
    return data(
      { result: { status: 'error' as const, error: { '': ['organisations.apply_rate_limited'] } } },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  // Bots fill every field; people never see this one. Pretend success and keep nothing.
  if (String(formData.get(HONEYPOT_FIELD) ?? '') !== '') return redirectWithMessage('/organisations', 'application_received')
  const submission = parseWithZod(formData, { schema: ApplicationSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const { applicantName, applicantEmail, ...profile } = submission.value
  const language = String(formData.get('locale') ?? '')
  try {
    applyForListing({ profile, applicantName, applicantEmail, locale: isLocale(language) ? language : 'de' })
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'organisations.unknown_municipality') throw error
    return data({ result: submission.reply({ fieldErrors: { municipalityId: ['validation.unknown_municipality'] } }) }, { status: 400 })
  }
  return redirectWithMessage('/organisations', 'application_received')
}

export default function Apply() {
  const { t, i18n } = useTranslation()
  const { municipalities } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'apply',
    lastResult: actionData?.result,
    defaultValue: { kind: 'faith-community' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplicationSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container narrow">
      <PageHeader title={t('organisations.apply_title')} intro={t('organisations.apply_intro')} />
      <Form method="post" {...getFormProps(form)}>
        <FormError id={form.errorId} errors={form.errors} />
        <input type="hidden" name="locale" value={i18n.language} />
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>{t('organisations.honeypot_label')}</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <h2 className="h3">{t('organisations.apply_about_you')}</h2>
        <TextField field={fields.applicantName} label={t('organisations.applicant_name')} autoComplete="name" />
        <TextField field={fields.applicantEmail} label={t('organisations.applicant_email')} type="email" autoComplete="email" />
        <h2 className="h3">{t('organisations.apply_about_organisation')}</h2>
        <OrganisationProfileFields fields={fields} municipalities={municipalities} />
        <button type="submit" className="button">
          {t('organisations.apply_submit')}
        </button>
      </Form>
    </div>
  )
}
