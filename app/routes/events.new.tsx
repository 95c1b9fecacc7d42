import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventForm } from '~/components/event-form'
import { PageHeader } from '~/components/ui'
import { eventFormOptions } from '~/domain/events/form-data.server'
import { requireEventEditor } from '~/domain/events/policy.server'
import { saveEvent } from '~/domain/events/save-event.server'
import { EventFormSchema } from '~/domain/events/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'events.new.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireUser(request)
  const viewer = requireEventEditor(getPolicyViewer(request))
  const options = eventFormOptions(viewer)
  return { ...options, defaultValue: { visibility: 'public', frequency: 'none', organisationId: options.organisations.length === 1 ? options.organisations[0]!.id : '' } }
}

export async function action({ request }: ActionFunctionArgs) {
  requireUser(request)
  const viewer = requireEventEditor(getPolicyViewer(request))
  const submission = parseWithZod(await readFormData(request), { schema: EventFormSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), conflicts: null }, { status: 400 })
  const outcome = runDomain(() => saveEvent({ viewer, value: submission.value }))
  if (outcome.kind === 'field-errors') return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }), conflicts: null }, { status: 400 })
  if (outcome.kind === 'needs-confirmation') return data({ result: submission.reply(), conflicts: outcome.conflicts }, { status: 200 })
  return redirectWithMessage(`/events/${outcome.event.id}`, `event_${outcome.event.status}`)
}

export default function NewEvent() {
  const { t, i18n } = useTranslation()
  const { organisations, networks, municipalities, defaultValue } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="container narrow">
      <PageHeader title={t('events.new.title')} intro={t('events.new.intro')} />
      <EventForm
        lastResult={actionData?.result}
        defaultValue={defaultValue}
        organisations={organisations}
        networks={networks}
        municipalities={municipalities}
        conflicts={actionData?.conflicts ?? null}
        locale={i18n.language as Locale}
        isPublished={false}
      />
    </div>
  )
}
