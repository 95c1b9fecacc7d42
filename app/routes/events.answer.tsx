import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AnswerSection } from '~/components/answer-form'
import { EventFacts } from '~/components/event-facts'
import { FlashMessage, PageHeader } from '~/components/ui'
import { requireVisibleEvent } from '~/domain/events/policy.server'
import { answerDefaults, eventFacts, flashForStatus, onlyNoPossible } from '~/domain/rsvps/answer-page.server'
import { answerOrReply } from '~/domain/rsvps/form.server'
import { findOwnInvitationId, getEventRow } from '~/domain/rsvps/queries.server'
import { hitPublicAnswerLimits, requestPublicAnswer } from '~/domain/rsvps/public-answer.server'
import { answerRestriction, needsFromForm, respondAsMember } from '~/domain/rsvps/respond.server'
import { answerSchema, publicAnswerSchema } from '~/domain/rsvps/schema'
import { getPolicyViewer, getViewer } from '~/utils/auth.server'
import { clientIp, ensureFound, httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { resolveLocale } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.page.title')

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}

/** Members answer here signed in; the public answers public events with name and address. */
function loadEvent(request: Request, eventId: string) {
  requireVisibleEvent(getPolicyViewer(request), eventId)
  const event = ensureFound(getEventRow(eventId))
  const viewer = getViewer(request)
  if (!viewer && event.visibility !== 'public') {
    throw redirect(`/login?redirectTo=${encodeURIComponent(`/events/${eventId}/answer`)}`)
  }
  const restriction = answerRestriction(event, new Date())
  if (restriction === 'over') httpError(410, 'rsvps.link_expired')
  if (restriction === 'unpublished') httpError(404, 'not_found')
  return { event, viewer }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { event, viewer } = loadEvent(request, params.eventId ?? '')
  const { defaults, current } = answerDefaults(viewer ? findOwnInvitationId(event.id, viewer.user.email) : null, new URL(request.url).searchParams.get('answer'))
  const now = new Date()
  return {
    event: eventFacts(event),
    signedIn: Boolean(viewer),
    defaults,
    current: current ? { status: current.status, partySize: current.partySize, answer: current.answer } : null,
    onlyNo: onlyNoPossible(event, now, current?.status),
    deadlinePassed: answerRestriction(event, now) === 'deadline',
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { event, viewer } = loadEvent(request, params.eventId ?? '')
  const formData = await readFormData(request)
  if (viewer) {
    const submission = parseWithZod(formData, { schema: answerSchema(event.maxPartySize) })
    if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
    const outcome = answerOrReply(submission, () =>
      respondAsMember({ eventId: event.id, user: viewer.user, ...submission.value, needs: needsFromForm(submission.value) }),
    )
    if (!outcome.ok) return data({ result: outcome.result }, { status: outcome.status })
    return redirectWithMessage(`/events/${event.id}/answer`, flashForStatus(outcome.value.status))
  }
  const submission = parseWithZod(formData, { schema: publicAnswerSchema(event.maxPartySize) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  // A filled honeypot looks like success to the bot and saves nothing.
  if (submission.value.website) return redirectWithMessage(`/events/${event.id}/answer`, 'rsvp_check_mail')
  const limit = hitPublicAnswerLimits(clientIp(request), submission.value.email)
  if (!limit.allowed) {
    return data(
      { result: submission.reply({ formErrors: ['errors.rsvps.too_many'] }) },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  const outcome = answerOrReply(submission, () =>
    requestPublicAnswer({
      eventId: event.id,
      name: submission.value.name,
      email: submission.value.email,
      locale: resolveLocale(request),
      answer: submission.value.answer,
      partySize: submission.value.partySize,
      needs: needsFromForm(submission.value),
    }),
  )
  if (!outcome.ok) return data({ result: outcome.result }, { status: outcome.status })
  return redirectWithMessage(`/events/${event.id}/answer`, 'rsvp_check_mail')
}

export default function EventAnswer() {
  const { t } = useTranslation()
  const { event, signedIn, defaults, current, onlyNo, deadlinePassed } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={event.title} intro={signedIn ? undefined : t('rsvps.page.public_intro')} />
      <EventFacts event={event} />
      {current ? (
        <p className="notice success">
          {t('rsvps.page.current')}: {t(`rsvps.statuses.${current.status}`)}
          {current.answer !== 'no' ? ` · ${t('rsvps.page.people', { count: current.partySize })}` : ''}
        </p>
      ) : null}
      <AnswerSection
        cancelled={event.cancelled}
        changing={Boolean(current)}
        deadlinePassed={deadlinePassed}
        lastResult={actionData?.result}
        defaults={defaults}
        maxPartySize={event.maxPartySize}
        onlyNo={onlyNo}
        identity={!signedIn}
      />
    </div>
  )
}
