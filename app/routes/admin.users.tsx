import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextField } from '~/components/form'
import { DataTable, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { listUsers } from '~/domain/auth/queries.server'
import { InviteUserSchema } from '~/domain/auth/schema'
import { inviteUser } from '~/domain/auth/sign-in.server'
import { listOrganisationOptions } from '~/domain/organisations/queries.server'
import { requireAdmin } from '~/utils/auth.server'
import { DomainError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 50

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.users.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const { rows, total } = listUsers({ limit, offset })
  return { users: rows, page, pageCount: pageCount(total, PAGE_SIZE), organisations: listOrganisationOptions() }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const submission = parseWithZod(await readFormData(request), { schema: InviteUserSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const { organisationId, ...input } = submission.value
  try {
    inviteUser({ ...input, organisationId: organisationId || undefined, invitedById: admin.id, invitedByName: admin.name })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    const field = error.code === 'users.exists' ? 'email' : 'organisationId'
    return data({ result: submission.reply({ fieldErrors: { [field]: [`errors.${error.code}`] } }) }, { status: error.status })
  }
  return redirectWithMessage('/admin/users', 'user_invited')
}

export default function AdminUsers() {
  const { t, i18n } = useTranslation()
  const { users, page, pageCount, organisations } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const location = useLocation()
  const [form, fields] = useForm({
    id: 'invite-user',
    lastResult: actionData?.result,
    defaultValue: { role: 'member', locale: 'de', organisationRole: 'editor' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteUserSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('admin.users.title')} intro={t('admin.users.summary')} />
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="h3">
          {t('admin.users.invite')}
        </h2>
        <Form method="post" {...getFormProps(form)} className="form-grid">
          <FormError id={form.errorId} errors={form.errors} />
          <TextField field={fields.name} label={t('account.fields.name')} autoComplete="off" />
          <TextField field={fields.email} label={t('auth.fields.email')} type="email" autoComplete="off" />
          <SelectField field={fields.role} label={t('admin.users.role')}>
            <option value="member">{t('roles.member')}</option>
            <option value="admin">{t('roles.admin')}</option>
          </SelectField>
          <SelectField field={fields.locale} label={t('account.fields.locale')}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </SelectField>
          <SelectField field={fields.organisationId} label={t('admin.users.organisation')}>
            <option value="">{t('admin.users.no_organisation')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField field={fields.organisationRole} label={t('admin.users.organisation_role')}>
            <option value="editor">{t('account.organisation_roles.editor')}</option>
            <option value="member">{t('account.organisation_roles.member')}</option>
          </SelectField>
          <div>
            <button type="submit" className="button">
              {t('admin.users.send_invitation')}
            </button>
          </div>
        </Form>
      </section>
      <DataTable caption={t('admin.users.list')} columns={[t('account.fields.name'), t('auth.fields.email'), t('admin.users.role'), t('admin.users.last_sign_in')]}>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td>
            <td>{user.email}</td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>
              {user.lastSignInAt
                ? formatDateTime(user.lastSignInAt, i18n.language as Locale)
                : user.hasPassword
                  ? t('admin.users.never')
                  : t('admin.users.invited')}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </div>
  )
}
