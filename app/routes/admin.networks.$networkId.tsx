import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, TextField } from '~/components/form'
import { NetworkFields } from '~/components/network-fields'
import { FlashMessage, PageHeader } from '~/components/ui'
import { appointNetworkCoordinator, archiveNetwork, removeNetworkCoordinator, updateNetwork } from '~/domain/networks/mutations.server'
import { getNetwork, listCoordinators } from '~/domain/networks/queries.server'
import { CoordinatorSchema, NetworkSchema } from '~/domain/networks/schema'
import { requireAdmin } from '~/utils/auth.server'
import { DomainError, ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'networks.edit_title')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireAdmin(request)
  const network = ensureFound(getNetwork(params.networkId!))
  return { network, coordinators: listCoordinators(network.id) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const network = ensureFound(getNetwork(params.networkId!))
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/admin/networks/${network.id}`
  if (intent === 'update') {
    const submission = parseWithZod(formData, { schema: NetworkSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    runDomain(() => updateNetwork({ ...submission.value, networkId: network.id, actorId: admin.id }))
    return redirectWithMessage(here, 'network_saved')
  }
  if (intent === 'archive') {
    runDomain(() => archiveNetwork({ networkId: network.id, actorId: admin.id }))
    return redirectWithMessage('/admin/networks', 'network_archived')
  }
  if (intent === 'appoint') {
    const submission = parseWithZod(formData, { schema: CoordinatorSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    try {
      appointNetworkCoordinator({ networkId: network.id, email: submission.value.email, actorId: admin.id })
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'networks.unknown_person') throw error
      return data({ intent, result: submission.reply({ fieldErrors: { email: [`errors.${error.code}`] } }) }, { status: 400 })
    }
    return redirectWithMessage(here, 'coordinator_appointed')
  }
  if (intent === 'remove-coordinator') {
    runDomain(() => removeNetworkCoordinator({ networkId: network.id, userId: String(formData.get('userId') ?? ''), actorId: admin.id }))
    return redirectWithMessage(here, 'coordinator_removed')
  }
  httpError(400, 'unknown_intent')
}

export default function AdminNetwork() {
  const { t } = useTranslation()
  const { network, coordinators } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'edit-network',
    lastResult: actionData?.intent === 'update' ? actionData.result : undefined,
    defaultValue: { name: network.name, scope: network.scope, description: network.description, districtRole: network.districtRole },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NetworkSchema }),
    shouldValidate: 'onSubmit',
  })
  const [appointForm, appointFields] = useForm({
    id: 'appoint-coordinator',
    lastResult: actionData?.intent === 'appoint' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CoordinatorSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={network.name} intro={network.archivedAt ? t('networks.archived') : undefined} />
      <p className="button-row">
        <Link to="/admin/networks">{t('networks.back_to_admin')}</Link>
        {!network.archivedAt ? <Link to={`/networks/${network.slug}/members`}>{t('networks.manage_members')}</Link> : null}
      </p>
      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="h3">
          {t('networks.edit_title')}
        </h2>
        <Form method="post" {...getFormProps(form)}>
          <FormError id={form.errorId} errors={form.errors} />
          <input type="hidden" name="intent" value="update" />
          <NetworkFields fields={fields} />
          <button type="submit" className="button">
            {t('common.save')}
          </button>
        </Form>
      </section>
      <section className="card" aria-labelledby="coordinators-heading">
        <h2 id="coordinators-heading" className="h3">
          {t('networks.coordinators_admin')}
        </h2>
        {coordinators.length === 0 ? <p>{t('networks.no_coordinators_admin')}</p> : null}
        <ul className="plain">
          {coordinators.map((coordinator) => (
            <li key={coordinator.id}>
              <Form method="post">
                {coordinator.name} ({coordinator.email}) <input type="hidden" name="userId" value={coordinator.userId} />
                <button type="submit" name="intent" value="remove-coordinator" className="link-button" aria-label={t('networks.remove_coordinator_named', { name: coordinator.name })}>
                  {t('networks.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" {...getFormProps(appointForm)} className="form-grid">
          <input type="hidden" name="intent" value="appoint" />
          <TextField field={appointFields.email} label={t('networks.coordinator_email')} type="email" />
          <div className="field">
            <button type="submit" className="button">
              {t('networks.appoint')}
            </button>
          </div>
        </Form>
      </section>
      {!network.archivedAt ? (
        <section className="card" aria-labelledby="archive-heading">
          <h2 id="archive-heading" className="h3">
            {t('networks.archive')}
          </h2>
          <p>{t('networks.archive_hint')}</p>
          <Form method="post">
            <button type="submit" name="intent" value="archive" className="button secondary">
              {t('networks.archive')}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}
