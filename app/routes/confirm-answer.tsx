import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventFacts } from '~/components/event-facts'
import { PageHeader } from '~/components/ui'
import { eventFacts, flashForStatus } from '~/domain/rsvps/answer-page.server'
import { confirmPublicAnswer, getPendingAnswer } from '~/domain/rsvps/public-answer.server'
import { redirectWithMessage, runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.confirm.title')

/** The link from the confirmation mail opens this page; only its button saves (mail scanners open links). */
export function loader({ params }: LoaderFunctionArgs) {
  const { pending, event } = runDomain(() => getPendingAnswer(params.token))
  return { event: eventFacts(event), answer: pending.answer, partySize: pending.partySize, name: pending.name }
}

export function action({ params }: ActionFunctionArgs) {
  const outcome = runDomain(() => confirmPublicAnswer({ token: params.token }))
  return redirectWithMessage(`/r/${outcome.manageToken}`, flashForStatus(outcome.status))
}

export default function ConfirmAnswer() {
  const { t } = useTranslation()
  const { event, answer, partySize, name } = useLoaderData<typeof loader>()
  return (
    <div className="container narrow">
      <PageHeader title={t('rsvps.confirm.title')} intro={t('rsvps.page.for', { name })} />
      <h2>{event.title}</h2>
      <EventFacts event={event} />
      <p>
        {t('rsvps.confirm.your_answer')}: {t(`rsvps.answers.${answer}`)}
        {answer !== 'no' ? ` · ${t('rsvps.page.people', { count: partySize })}` : ''}
      </p>
      <Form method="post">
        <button type="submit" className="button">
          {t('rsvps.confirm.submit')}
        </button>
      </Form>
    </div>
  )
}
