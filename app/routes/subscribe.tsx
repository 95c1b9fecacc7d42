import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { asc } from 'drizzle-orm'
import { useTranslation } from 'react-i18next'
import { municipalities } from '../../db/schema'
import { ORGANISATION_TRADITIONS } from '../../db/schema/values'
import { FieldErrors, SelectField, TextField } from '~/components/form'
import { PageHeader } from '~/components/ui'
import { hitRateLimit } from '~/domain/auth/rate-limit.server'
import { SubscribeSchema } from '~/domain/digests/schema'
import { requestSubscription } from '~/domain/digests/subscriptions.server'
import { db } from '~/utils/db.server'
import { clientIp, readFormData } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mail.subscribe.title')

export function loader(_: LoaderFunctionArgs) {
  return {
    traditions: ORGANISATION_TRADITIONS,
    municipalities: db.select({ id: municipalities.id, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.name)).all(),
  }
}

/** Step one of the double opt-in; the answer is the same whether or not the address was known. */
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: SubscribeSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
  const limit = hitRateLimit(`subscribe:${clientIp(request)}`, 10, 60 * 60_000)
  if (!limit.allowed) {
    return data({ result: submission.reply(), sent: false }, { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } })
  }
  requestSubscription(submission.value)
  return data({ result: undefined, sent: true })
}

export default function Subscribe() {
  const { t, i18n } = useTranslation()
  const options = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'subscribe',
    lastResult: actionData?.result,
    defaultValue: { period: 'weekly', locale: i18n.language === 'en' ? 'en' : 'de' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SubscribeSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  if (actionData?.sent) {
    return (
      <div className="container narrow">
        <PageHeader title={t('mail.subscribe.sent_title')} intro={t('mail.subscribe.sent')} />
      </div>
    )
  }
  const consent = getInputProps(fields.consent, { type: 'checkbox' })
  return (
    <div className="container narrow">
      <PageHeader title={t('mail.subscribe.title')} intro={t('mail.subscribe.intro')} />
      <Form method="post" className="card" {...getFormProps(form)}>
        <TextField field={fields.email} label={t('mail.subscribe.email')} type="email" autoComplete="email" />
        <SelectField field={fields.period} label={t('mail.subscribe.period')}>
          <option value="weekly">{t('mail.period.weekly')}</option>
          <option value="monthly">{t('mail.period.monthly')}</option>
        </SelectField>
        <SelectField field={fields.locale} label={t('mail.subscribe.locale')}>
          <option value="de">Deutsch</option>
          <option value="en">English</option>
        </SelectField>
        <fieldset className="field">
          <legend>{t('mail.subscribe.traditions')}</legend>
          {options.traditions.map((tradition) => (
            <div key={tradition}>
              <input type="checkbox" id={`tradition-${tradition}`} name="traditions" value={tradition} />{' '}
              <label htmlFor={`tradition-${tradition}`}>{t(`traditions.${tradition}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="municipalities">{t('mail.subscribe.municipalities')}</label>
          <select id="municipalities" name="municipalityIds" multiple size={6}>
            {options.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <input {...consent} key={consent.key} aria-describedby={fields.consent.errors?.length ? fields.consent.errorId : undefined} />{' '}
          <label htmlFor={fields.consent.id}>{t('mail.subscribe.consent')}</label>
          <FieldErrors id={fields.consent.errorId} errors={fields.consent.errors} />
        </div>
        <button type="submit" className="button">
          {t('mail.subscribe.button')}
        </button>
      </Form>
    </div>
  )
}
