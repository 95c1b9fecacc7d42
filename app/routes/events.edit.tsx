import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventForm } from '~/components/event-form'
import { PageHeader } from '~/components/ui'
import { eventFormDefaults, eventFormOptions } from '~/domain/events/form-data.server'
import { canManageEvent, requireVisibleEvent } from '~/domain/events/policy.server'
import { getEventForViewer } from '~/domain/events/queries.server'
import { saveEvent } from '~/domain/events/save-event.server'
import { EventFormSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'events.edit.title')

/** 404 for events the person may not see, 403 for those they see but may not change. */
function requireManageable(request: Request, eventId: string) {
  requireUser(request)
  const viewer = getPolicyViewer(request)!
  requireVisibleEvent(viewer, eventId)
  const found = ensureFound(getEventForViewer(viewer, eventId))
  if (!canManageEvent(viewer, found.event)) httpError(403, 'forbidden')
  if (found.event.status === 'cancelled') httpError(409, 'events.cancelled_cannot_change')
  return { viewer, found }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, found } = requireManageable(request, params.eventId!)
  return {
    ...eventFormOptions(viewer, found.organisation),
    eventId: found.event.id,
    status: found.event.status,
    moderationComment: found.event.moderationComment,
    defaultValue: eventFormDefaults(found.event),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, found } = requireManageable(request, params.eventId!)
  const submission = parseWithZod(await readFormData(request), { schema: EventFormSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), conflicts: null }, { status: 400 })
  const outcome = runDomain(() => saveEvent({ viewer, eventId: found.event.id, value: submission.value }))
  if (outcome.kind === 'field-errors') return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }), conflicts: null }, { status: 400 })
  if (outcome.kind === 'needs-confirmation') return data({ result: submission.reply(), conflicts: outcome.conflicts }, { status: 200 })
  return redirectWithMessage(`/events/${outcome.event.id}`, found.event.status === 'published' ? 'event_updated' : `event_${outcome.event.status}`)
}

export default function EditEvent() {
  const { t, i18n } = useTranslation()
  const { organisations, networks, municipalities, defaultValue, status, moderationComment } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <PageHeader title={t('events.edit.title')} intro={t(`events.statuses.${status}`)} />
      <EventForm
        lastResult={actionData?.result}
        defaultValue={defaultValue}
        organisations={organisations}
        networks={networks}
        municipalities={municipalities}
        conflicts={actionData?.conflicts ?? null}
        locale={i18n.language as Locale}
        isPublished={status === 'published'}
        moderationComment={moderationComment}
      />
    </div>
  )
}
