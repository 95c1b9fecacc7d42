import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PersonalFeedSection } from '~/components/personal-feed'
import { SubscribeLinks } from '~/components/subscribe-links'
import { PageHeader } from '~/components/ui'
import { resetFeedToken } from '~/domain/calendar/mutations.server'
import { getFeedTokenInfo } from '~/domain/calendar/queries.server'
import { requireUser } from '~/utils/auth.server'
import { absoluteUrl, httpError, readFormData } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'calendar.personal.title')

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request)
  const info = getFeedTokenInfo(user.id)
  return { since: info ? info.updatedAt.toISOString() : null }
}

/** Creates or replaces the personal feed address; the token is shown in this answer only. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request)
  const formData = await readFormData(request)
  if (formData.get('intent') !== 'reset') httpError(400, 'unknown_intent')
  const token = resetFeedToken(user.id)
  return { feedUrl: absoluteUrl(`/feeds/${token}/calendar.ics`) }
}

export default function AccountFeed() {
  const { t } = useTranslation()
  const { since } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <PageHeader title={t('calendar.personal.title')} />
      {actionData?.feedUrl ? (
        <>
          <p className="notice success" role="status">
            {t('calendar.personal.created')}
          </p>
          <SubscribeLinks feedUrl={actionData.feedUrl} />
        </>
      ) : null}
      <PersonalFeedSection since={since} />
    </div>
  )
}
