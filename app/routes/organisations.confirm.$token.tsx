import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui'
import { confirmOrganisation, inspectConfirmation } from '~/domain/organisations/freshness.server'
import { redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.confirm_title')

/** The link from the mail opens this page; only the button's POST confirms. */
export function loader({ params }: LoaderFunctionArgs) {
  return { organisation: runDomain(() => inspectConfirmation(params.token!)) }
}

export function action({ params }: ActionFunctionArgs) {
  const { slug } = runDomain(() => confirmOrganisation(params.token!))
  return redirectWithMessage(`/organisations/${slug}`, 'entry_confirmed')
}

export default function ConfirmEntry() {
  const { t, i18n } = useTranslation()
  const { organisation } = useLoaderData<typeof loader>()
  return (
    <div className="container narrow">
      <PageHeader title={t('organisations.confirm_title')} intro={organisation.name} />
      <p>
        {organisation.lastConfirmedAt
          ? t('organisations.last_confirmed_on', { date: formatDate(organisation.lastConfirmedAt, i18n.language as Locale) })
          : t('organisations.never_confirmed')}
      </p>
      <p>{t('organisations.confirm_text')}</p>
      <Form method="post" className="button-row">
        <button type="submit" className="button">
          {t('organisations.confirm_button')}
        </button>
        <a className="button secondary" href={`/organisations/${organisation.slug}/edit`}>
          {t('organisations.edit_link')}
        </a>
      </Form>
    </div>
  )
}
