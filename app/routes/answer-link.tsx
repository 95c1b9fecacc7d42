import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AnswerSection } from '~/components/answer-form'
import { EventFacts } from '~/components/event-facts'
import { FlashMessage, PageHeader } from '~/components/ui'
import { findInvitationByToken } from '~/domain/invitations/links.server'
import { answerDefaults, eventFacts, flashForStatus, onlyNoPossible } from '~/domain/rsvps/answer-page.server'
import { answerOrReply } from '~/domain/rsvps/form.server'
import { answerRestriction, needsFromForm, respondToEvent } from '~/domain/rsvps/respond.server'
import { answerSchema } from '~/domain/rsvps/schema'
import { httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.page.title')

/** The personal link: unknown → 404, event over → 410. It never signs anyone in. */
function requireLink(token: string | undefined) {
  const found = findInvitationByToken(token)
  if (!found || found.event.status === 'draft' || found.event.status === 'submitted') httpError(404, 'rsvps.link_unknown')
  if (Date.now() >= found.event.endsAt.getTime()) httpError(410, 'rsvps.link_expired')
  return found
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { invitation, event } = requireLink(params.token)
  const now = new Date()
  const { defaults, current } = answerDefaults(invitation.id, new URL(request.url).searchParams.get('answer'))
  return {
    event: eventFacts(event),
    name: current?.name ?? invitation.name,
    defaults,
    current: current ? { answer: current.answer, status: current.status, partySize: current.partySize, offerExpiresAt: current.offerExpiresAt?.getTime() ?? null } : null,
    onlyNo: onlyNoPossible(event, now, current?.status),
    deadlinePassed: answerRestriction(event, now) === 'deadline',
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { invitation, event } = requireLink(params.token)
  const submission = parseWithZod(await readFormData(request), { schema: answerSchema(event.maxPartySize) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const outcome = answerOrReply(submission, () =>
    respondToEvent({ invitationId: invitation.id, answer: submission.value.answer, partySize: submission.value.partySize, needs: needsFromForm(submission.value) }),
  )
  if (!outcome.ok) return data({ result: outcome.result }, { status: outcome.status })
  return redirectWithMessage(`/r/${params.token}`, flashForStatus(outcome.value.status))
}

export default function AnswerLink() {
  const { t, i18n } = useTranslation()
  const { event, name, defaults, current, onlyNo, deadlinePassed } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={event.title} intro={name ? t('rsvps.page.for', { name }) : undefined} />
      <EventFacts event={event} />
      {event.description ? <p>{event.description}</p> : null}
      {current ? (
        <section className="card" aria-labelledby="current-heading">
          <h2 id="current-heading" className="h3">
            {t('rsvps.page.current')}
          </h2>
          <p>
            {t(`rsvps.statuses.${current.status}`)}
            {current.answer !== 'no' ? ` · ${t('rsvps.page.people', { count: current.partySize })}` : ''}
          </p>
          {current.status === 'offered' && current.offerExpiresAt ? (
            <p>{t('rsvps.page.offer_until', { deadline: formatDateTime(current.offerExpiresAt, i18n.language as Locale) })}</p>
          ) : null}
          {current.status === 'waitlisted' ? <p>{t('rsvps.page.waitlist_explained')}</p> : null}
        </section>
      ) : null}
      <AnswerSection
        cancelled={event.cancelled}
        changing={Boolean(current)}
        deadlinePassed={deadlinePassed}
        lastResult={actionData?.result}
        defaults={defaults}
        maxPartySize={event.maxPartySize}
        onlyNo={onlyNo}
      />
    </div>
  )
}
