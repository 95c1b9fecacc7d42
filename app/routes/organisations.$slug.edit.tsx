import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError } from '~/components/form'
import { OrganisationProfileFields } from '~/components/organisation-profile-fields'
import { PageHeader } from '~/components/ui'
import { submitProfileChange } from '~/domain/organisations/mutations.server'
import { requireOrganisationEditor } from '~/domain/organisations/policy.server'
import { getOrganisationBySlug, getPendingChange, listMunicipalities, profileOf } from '~/domain/organisations/queries.server'
import { OrganisationProfileSchema } from '~/domain/organisations/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, ensureFound, readFormData, redirectWithMessage } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.edit_title')

function load(request: Request, slug: string) {
  requireUser(request)
  const organisation = getOrganisationBySlug(slug)
  if (!organisation || organisation.status === 'archived') ensureFound(null)
  requireOrganisationEditor(getPolicyViewer(request), organisation!.id)
  return organisation!
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const organisation = load(request, params.slug!)
  const pending = getPendingChange(organisation.id)
  const profile = pending?.kind === 'profile' ? pending.proposed : profileOf(organisation)
  return {
    organisation: { name: organisation.name, slug: organisation.slug, trusted: organisation.trusted },
    pending: Boolean(pending),
    profile: { ...profile, languages: profile.languages.join(', ') },
    municipalities: listMunicipalities(),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request)
  const organisation = load(request, params.slug!)
  const submission = parseWithZod(await readFormData(request), { schema: OrganisationProfileSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  try {
    const outcome = submitProfileChange({
      organisationId: organisation.id,
      actorId: user.id,
      actorIsOffice: user.role === 'admin',
      profile: submission.value,
    })
    return redirectWithMessage(`/organisations/${outcome.slug}`, outcome.status === 'published' ? 'profile_published' : 'profile_pending')
  } catch (error) {
    if (error instanceof DomainError && error.code === 'organisations.unknown_municipality') {
      return data({ result: submission.reply({ fieldErrors: { municipalityId: ['validation.unknown_municipality'] } }) }, { status: 400 })
    }
    throw error
  }
}

export default function EditOrganisation() {
  const { t } = useTranslation()
  const { organisation, pending, profile, municipalities } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'organisation-profile',
    lastResult: actionData?.result,
    defaultValue: profile,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganisationProfileSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container narrow">
      <PageHeader title={t('organisations.edit_title')} intro={organisation.name} />
      {pending ? (
        <div className="notice warning" role="status">
          {t('organisations.pending_review')}
        </div>
      ) : null}
      <p>{organisation.trusted ? t('organisations.edit_trusted') : t('organisations.edit_reviewed')}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormError id={form.errorId} errors={form.errors} />
        <OrganisationProfileFields fields={fields} municipalities={municipalities} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('common.save')}
          </button>
          <Link to={`/organisations/${organisation.slug}`} className="button secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  )
}
