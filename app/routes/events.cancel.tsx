import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { TextAreaField } from '~/components/form'
import { PageHeader } from '~/components/ui'
import { cancelEvent } from '~/domain/events/mutations.server'
import { canManageEvent, requireVisibleEvent } from '~/domain/events/policy.server'
import { getEventForViewer } from '~/domain/events/queries.server'
import { CancelEventSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'events.cancel.title')

function requireCancellable(request: Request, eventId: string) {
  requireUser(request)
  const viewer = getPolicyViewer(request)!
  requireVisibleEvent(viewer, eventId)
  const found = ensureFound(getEventForViewer(viewer, eventId))
  if (!canManageEvent(viewer, found.event)) httpError(403, 'forbidden')
  if (found.event.status === 'cancelled') httpError(409, 'events.already_cancelled')
  return { viewer, event: found.event }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = requireCancellable(request, params.eventId!)
  return { event: { id: event.id, title: event.title } }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, event } = requireCancellable(request, params.eventId!)
  const submission = parseWithZod(await readFormData(request), { schema: CancelEventSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  runDomain(() => cancelEvent({ actorId: viewer.userId, eventId: event.id, reason: submission.value.reason }))
  return redirectWithMessage(`/events/${event.id}`, 'event_cancelled')
}

export default function CancelEvent() {
  const { t } = useTranslation()
  const { event } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'cancel-event',
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CancelEventSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container narrow">
      <PageHeader title={t('events.cancel.title')} intro={t('events.cancel.intro', { title: event.title })} />
      <Form method="post" {...getFormProps(form)}>
        <TextAreaField field={fields.reason} label={t('events.cancel.reason')} rows={4} />
        <button type="submit" className="button">
          {t('events.cancel.submit')}
        </button>
      </Form>
    </div>
  )
}
