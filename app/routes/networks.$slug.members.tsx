import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextField } from '~/components/form'
import { DataTable, EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { addNetworkMember, removeNetworkMember } from '~/domain/networks/mutations.server'
import { requireMembershipManager } from '~/domain/networks/policy.server'
import { getNetworkBySlug, listNetworkMembers } from '~/domain/networks/queries.server'
import { MembershipSchema } from '~/domain/networks/schema'
import { listOrganisationOptions } from '~/domain/organisations/queries.server'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { berlinInstant } from '~/utils/time'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'networks.manage_members')

function load(request: Request, slug: string) {
  requireUser(request)
  const network = getNetworkBySlug(slug)
  if (!network || network.archivedAt) ensureFound(null)
  requireMembershipManager(getPolicyViewer(request), network!.id)
  return network!
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const network = load(request, params.slug!)
  return {
    network: { name: network.name, slug: network.slug },
    members: listNetworkMembers(network.id),
    organisations: listOrganisationOptions(),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request)
  const network = load(request, params.slug!)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  if (intent === 'remove-member') {
    const organisationId = String(formData.get('organisationId') ?? '')
    runDomain(() => removeNetworkMember({ networkId: network.id, organisationId, actorId: user.id }))
    return redirectWithMessage(`/networks/${network.slug}/members`, 'member_removed')
  }
  if (intent !== 'add-member') httpError(400, 'unknown_intent')
  const submission = parseWithZod(formData, { schema: MembershipSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  try {
    addNetworkMember({ networkId: network.id, ...submission.value, actorId: user.id })
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'networks.unknown_organisation') throw error
    return data({ result: submission.reply({ fieldErrors: { organisationId: [`errors.${error.code}`] } }) }, { status: 400 })
  }
  return redirectWithMessage(`/networks/${network.slug}/members`, 'member_saved')
}

export default function NetworkMembers() {
  const { t, i18n } = useTranslation()
  const { network, members, organisations } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'add-member',
    lastResult: actionData?.result,
    defaultValue: { role: 'member' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MembershipSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('networks.manage_members')} intro={network.name} />
      <p>
        <Link to={`/networks/${network.slug}`}>{t('networks.back_to_network')}</Link>
      </p>
      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading" className="h3">
          {t('networks.add_member')}
        </h2>
        <Form method="post" {...getFormProps(form)} className="form-grid">
          <FormError id={form.errorId} errors={form.errors} />
          <input type="hidden" name="intent" value="add-member" />
          <SelectField field={fields.organisationId} label={t('networks.organisation')}>
            <option value="">{t('networks.choose_organisation')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField field={fields.role} label={t('networks.role')}>
            <option value="member">{t('networks.roles.member')}</option>
            <option value="coordinating">{t('networks.roles.coordinating')}</option>
            <option value="observer">{t('networks.roles.observer')}</option>
          </SelectField>
          <TextField field={fields.since} label={t('networks.since')} hint={t('networks.since_hint')} />
          <div className="field">
            <button type="submit" className="button">
              {t('networks.save_member')}
            </button>
          </div>
        </Form>
      </section>
      {members.length === 0 ? (
        <EmptyState title={t('networks.no_members')} />
      ) : (
        <DataTable caption={t('networks.members')} columns={[t('networks.organisation'), t('networks.role'), t('networks.since'), t('networks.actions')]}>
          {members.map((member) => (
            <tr key={member.membershipId}>
              <td>{member.name}</td>
              <td>{t(`networks.roles.${member.role}`)}</td>
              <td>{member.since ? formatDate(berlinInstant(member.since, '12:00'), i18n.language as Locale) : '–'}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="organisationId" value={member.organisationId} />
                  <button type="submit" name="intent" value="remove-member" className="link-button" aria-label={t('networks.remove_member_named', { name: member.name })}>
                    {t('networks.remove')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  )
}
