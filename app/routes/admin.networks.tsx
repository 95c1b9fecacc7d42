import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError } from '~/components/form'
import { NetworkFields } from '~/components/network-fields'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { createNetwork } from '~/domain/networks/mutations.server'
import { listAllNetworks } from '~/domain/networks/queries.server'
import { NetworkSchema } from '~/domain/networks/schema'
import { requireAdmin } from '~/utils/auth.server'
import { readFormData, redirectWithMessage } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'networks.admin_title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  return { networks: listAllNetworks() }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const submission = parseWithZod(await readFormData(request), { schema: NetworkSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const network = createNetwork({ ...submission.value, actorId: admin.id })
  return redirectWithMessage(`/admin/networks/${network.id}`, 'network_created')
}

export default function AdminNetworks() {
  const { t } = useTranslation()
  const { networks } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'create-network',
    lastResult: actionData?.result,
    defaultValue: { scope: 'regional' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NetworkSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('networks.admin_title')} />
      {networks.length === 0 ? (
        <EmptyState title={t('networks.empty')} />
      ) : (
        <ul className="stack plain">
          {networks.map((network) => (
            <li key={network.id} className="card">
              <h2 className="h3">
                <Link to={`/admin/networks/${network.id}`}>{network.name}</Link>
              </h2>
              <p className="meta">
                {t(`networks.scopes.${network.scope}`)}
                {network.archivedAt ? ` · ${t('networks.archived')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading" className="h3">
          {t('networks.create')}
        </h2>
        <Form method="post" {...getFormProps(form)}>
          <FormError id={form.errorId} errors={form.errors} />
          <NetworkFields fields={fields} />
          <button type="submit" className="button">
            {t('networks.create')}
          </button>
        </Form>
      </section>
    </div>
  )
}
