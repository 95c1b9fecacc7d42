import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, SelectField, TextField } from '~/components/form'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { getUserByEmail } from '~/domain/auth/queries.server'
import { inviteUser } from '~/domain/auth/sign-in.server'
import {
  addOrganisationPerson,
  archiveOrganisation,
  removeOrganisationPerson,
  restoreOrganisation,
  setTrusted,
} from '~/domain/organisations/mutations.server'
import { getOrganisation, listOrganisationPeople } from '~/domain/organisations/queries.server'
import { InvitePersonSchema } from '~/domain/organisations/schema'
import { requireAdmin } from '~/utils/auth.server'
import { ensureFound, httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'directory_admin.organisation_title')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireAdmin(request)
  const organisation = ensureFound(getOrganisation(params.organisationId!))
  return { organisation, people: listOrganisationPeople(organisation.id) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const organisation = ensureFound(getOrganisation(params.organisationId!))
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  const here = `/admin/organisations/${organisation.id}`
  switch (intent) {
    case 'invite': {
      const submission = parseWithZod(formData, { schema: InvitePersonSchema })
      if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
      const { email, name, role, locale } = submission.value
      const existing = getUserByEmail(email)
      if (existing) addOrganisationPerson({ organisationId: organisation.id, userId: existing.id, role, actorId: admin.id })
      else
        inviteUser({
          email,
          name,
          role: 'member',
          locale,
          organisationId: organisation.id,
          organisationRole: role,
          invitedById: admin.id,
          invitedByName: admin.name,
        })
      return redirectWithMessage(here, existing ? 'person_added' : 'user_invited')
    }
    case 'remove-person':
      runDomain(() => removeOrganisationPerson({ organisationId: organisation.id, userId: String(formData.get('userId') ?? ''), actorId: admin.id }))
      return redirectWithMessage(here, 'person_removed')
    case 'trust':
    case 'untrust':
      setTrusted({ organisationId: organisation.id, trusted: intent === 'trust', actorId: admin.id })
      return redirectWithMessage(here, 'organisation_saved')
    case 'archive':
      runDomain(() => archiveOrganisation({ organisationId: organisation.id, actorId: admin.id }))
      return redirectWithMessage(here, 'organisation_archived')
    case 'restore':
      runDomain(() => restoreOrganisation({ organisationId: organisation.id, actorId: admin.id }))
      return redirectWithMessage(here, 'organisation_restored')
    default:
      httpError(400, 'unknown_intent')
  }
}

export default function AdminOrganisation() {
  const { t, i18n } = useTranslation()
  const { organisation, people } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'invite-person',
    lastResult: actionData?.result,
    defaultValue: { role: 'editor', locale: 'de' },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InvitePersonSchema }),
    shouldValidate: 'onSubmit',
  })
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={organisation.name} intro={t(`directory_admin.statuses.${organisation.status}`)} />
      <p className="button-row">
        <Link to="/admin/directory">{t('directory_admin.back')}</Link>
        {organisation.status === 'active' ? <Link to={`/organisations/${organisation.slug}`}>{t('directory_admin.public_page')}</Link> : null}
        {organisation.status !== 'archived' ? <Link to={`/organisations/${organisation.slug}/edit`}>{t('organisations.edit_link')}</Link> : null}
      </p>
      <dl className="facts directory-facts">
        <dt>{t('directory_admin.trusted')}</dt>
        <dd>{organisation.trusted ? t('directory_admin.yes') : t('directory_admin.no')}</dd>
        <dt>{t('organisations.fields.last_confirmed')}</dt>
        <dd>{organisation.lastConfirmedAt ? formatDate(organisation.lastConfirmedAt, i18n.language as Locale) : t('organisations.never_confirmed')}</dd>
      </dl>
      <Form method="post" className="button-row">
        {organisation.trusted ? (
          <button type="submit" name="intent" value="untrust" className="button secondary">
            {t('directory_admin.untrust')}
          </button>
        ) : (
          <button type="submit" name="intent" value="trust" className="button secondary">
            {t('directory_admin.trust')}
          </button>
        )}
        {organisation.status === 'archived' ? (
          <button type="submit" name="intent" value="restore" className="button secondary">
            {t('directory_admin.restore')}
          </button>
        ) : (
          <button type="submit" name="intent" value="archive" className="button secondary">
            {t('directory_admin.archive')}
          </button>
        )}
      </Form>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('directory_admin.people')}</h2>
        {people.length === 0 ? (
          <EmptyState title={t('directory_admin.no_people')} />
        ) : (
          <ul className="stack plain">
            {people.map((person) => (
              <li key={person.membershipId} className="card">
                <Form method="post">
                  {person.name} ({person.email}) · {t(`account.organisation_roles.${person.role}`)}{' '}
                  <input type="hidden" name="userId" value={person.userId} />
                  <button type="submit" name="intent" value="remove-person" className="link-button" aria-label={t('directory_admin.remove_person_named', { name: person.name })}>
                    {t('networks.remove')}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <section className="card" aria-labelledby="invite-heading">
          <h3 id="invite-heading" className="h3">
            {t('directory_admin.invite')}
          </h3>
          <Form method="post" {...getFormProps(form)} className="form-grid">
            <FormError id={form.errorId} errors={form.errors} />
            <input type="hidden" name="intent" value="invite" />
            <TextField field={fields.name} label={t('account.fields.name')} autoComplete="off" />
            <TextField field={fields.email} label={t('auth.fields.email')} type="email" autoComplete="off" />
            <SelectField field={fields.role} label={t('admin.users.organisation_role')}>
              <option value="editor">{t('account.organisation_roles.editor')}</option>
              <option value="member">{t('account.organisation_roles.member')}</option>
            </SelectField>
            <SelectField field={fields.locale} label={t('account.fields.locale')}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </SelectField>
            <div className="field">
              <button type="submit" className="button">
                {t('admin.users.send_invitation')}
              </button>
            </div>
          </Form>
        </section>
      </section>
    </div>
  )
}
