import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError } from '~/components/form'
import { NetworkPreferenceFields } from '~/components/notification-preferences'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { getMailLocale, listNetworkPreferences, preferencesFromForm, savePreferences } from '~/domain/digests/preferences.server'
import { PreferencesSchema } from '~/domain/digests/schema'
import { requireUser } from '~/utils/auth.server'
import { readFormData, redirectWithMessage } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mail.preferences.title')

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request)
  return { preferences: listNetworkPreferences(user.id), locale: getMailLocale(user.id) }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request)
  const submission = PreferencesSchema.safeParse(preferencesFromForm(await readFormData(request)))
  if (!submission.success) return data({ error: true }, { status: 400 })
  savePreferences({ userId: user.id, networks: submission.data.networks, locale: submission.data.locale })
  return redirectWithMessage('/account/notifications', 'preferences_saved')
}

export default function NotificationPreferences() {
  const { t } = useTranslation()
  const { preferences, locale } = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={t('mail.preferences.title')} intro={t('mail.preferences.intro')} />
      <Form method="post" className="card">
        <FormError id="preferences-error" errors={failed?.error ? ['validation.choice'] : undefined} />
        <h2 className="h3">{t('mail.preferences.networks')}</h2>
        {preferences.length === 0 ? <EmptyState title={t('mail.preferences.no_networks')} /> : <NetworkPreferenceFields rows={preferences} />}
        <div className="field">
          <label htmlFor="mail-locale">{t('mail.preferences.locale')}</label>
          <select id="mail-locale" name="locale" defaultValue={locale}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t('mail.preferences.save')}
        </button>
      </Form>
    </div>
  )
}
