import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '~/components/ui'
import { confirmSubscription, inspectConfirmation } from '~/domain/digests/subscriptions.server'
import { runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mail.subscribe.confirm_title')

/** Step two of the double opt-in. A GET only shows the button: mail scanners open links. */
export function loader({ params }: LoaderFunctionArgs) {
  return runDomain(() => inspectConfirmation(params.token ?? ''))
}

export function action({ params }: ActionFunctionArgs) {
  return runDomain(() => confirmSubscription(params.token ?? ''))
}

export default function ConfirmSubscription() {
  const { t } = useTranslation()
  const pending = useLoaderData<typeof loader>()
  const done = useActionData<typeof action>()
  const confirmed = done ?? (pending.confirmed ? pending : null)
  if (confirmed) {
    return (
      <div className="container narrow">
        <PageHeader title={t('mail.subscribe.confirmed_title')} intro={t('mail.subscribe.confirmed', { email: confirmed.email })} />
      </div>
    )
  }
  return (
    <div className="container narrow">
      <PageHeader title={t('mail.subscribe.confirm_title')} intro={t('mail.subscribe.confirm_intro', { email: pending.email })} />
      <Form method="post">
        <button type="submit" className="button">
          {t('mail.subscribe.confirm_button')}
        </button>
      </Form>
    </div>
  )
}
