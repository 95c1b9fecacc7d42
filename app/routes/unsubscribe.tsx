import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError } from '~/components/form'
import { NetworkPreferenceFields } from '~/components/notification-preferences'
import { PageHeader } from '~/components/ui'
import { listNetworkPreferences, preferencesFromForm, savePreferences } from '~/domain/digests/preferences.server'
import { PreferencesSchema } from '~/domain/digests/schema'
import { getUnsubscribeLink, unsubscribeByToken } from '~/domain/mail/unsubscribe.server'
import { ensureFound } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mail.unsubscribe.title')

/** The link in every digest and notification. A GET only shows the page; mail scanners open links. */
export function loader({ params }: LoaderFunctionArgs) {
  const link = ensureFound(getUnsubscribeLink(params.token ?? ''))
  return {
    email: link.email,
    kind: link.kind,
    networkName: link.kind === 'user' ? link.networkName : null,
    active: link.kind === 'subscription' ? link.active : true,
    preferences: link.kind === 'user' ? listNetworkPreferences(link.userId) : [],
  }
}

/**
 * RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` without cookies and expect a 200.
 * The page's own button posts here too; `intent=preferences` saves the per-network choice instead.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? ''
  const link = ensureFound(getUnsubscribeLink(token))
  const formData = await request.formData().catch(() => new FormData())
  if (formData.get('intent') === 'preferences' && link.kind === 'user') {
    const submission = PreferencesSchema.safeParse(preferencesFromForm(formData))
    if (!submission.success) return data({ done: null, error: true }, { status: 400 })
    savePreferences({ userId: link.userId, networks: submission.data.networks })
    return data({ done: 'saved' as const, error: false })
  }
  unsubscribeByToken(token)
  return data({ done: 'unsubscribed' as const, error: false })
}

export default function Unsubscribe() {
  const { t } = useTranslation()
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (result?.done === 'unsubscribed') {
    return (
      <div className="container narrow">
        <PageHeader title={t('mail.unsubscribe.done_title')} intro={t('mail.unsubscribe.done')} />
        {page.kind === 'user' ? (
          <p>
            <Link to="/account/notifications">{t('mail.unsubscribe.manage')}</Link>
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div className="container narrow">
      <PageHeader title={t('mail.unsubscribe.title')} intro={t('mail.unsubscribe.intro', { email: page.email })} />
      {result?.done === 'saved' ? (
        <div className="notice success" role="status">
          {t('mail.unsubscribe.saved')}
        </div>
      ) : null}
      <section className="card">
        {page.kind === 'subscription' ? (
          page.active ? (
            <p>{t('mail.unsubscribe.intro_subscription')}</p>
          ) : (
            <p>{t('mail.unsubscribe.already')}</p>
          )
        ) : page.networkName ? (
          <p>{t('mail.unsubscribe.intro_network', { network: page.networkName })}</p>
        ) : (
          <p>{t('mail.unsubscribe.intro_all')}</p>
        )}
        {page.active ? (
          <Form method="post">
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit" className="button">
              {t('mail.unsubscribe.button')}
            </button>
          </Form>
        ) : null}
      </section>
      {page.preferences.length > 0 ? (
        <section className="card" aria-labelledby="options-heading">
          <h2 id="options-heading" className="h3">
            {t('mail.unsubscribe.options')}
          </h2>
          <Form method="post">
            <input type="hidden" name="intent" value="preferences" />
            <FormError id="preferences-error" errors={result?.error ? ['validation.choice'] : undefined} />
            <NetworkPreferenceFields rows={page.preferences} />
            <button type="submit" className="button secondary">
              {t('mail.unsubscribe.save')}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}
