import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, FlashMessage, PageHeader } from '~/components/ui'
import { approveChange, rejectChange } from '~/domain/organisations/mutations.server'
import { listPendingChanges } from '~/domain/organisations/queries.server'
import { ApproveSchema, RejectSchema } from '~/domain/organisations/schema'
import { requireAdmin } from '~/utils/auth.server'
import { httpError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'review.title')

export function loader({ request }: LoaderFunctionArgs) {
  requireAdmin(request)
  return { changes: listPendingChanges() }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireAdmin(request)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  if (intent === 'approve') {
    const submission = parseWithZod(formData, { schema: ApproveSchema })
    if (submission.status !== 'success') httpError(400, 'unknown_intent')
    runDomain(() => approveChange({ changeId: submission.value.changeId, reviewerId: admin.id }))
    return redirectWithMessage('/admin/review', 'change_approved')
  }
  if (intent === 'reject') {
    const submission = parseWithZod(formData, { schema: RejectSchema })
    if (submission.status !== 'success') {
      return data({ changeId: String(formData.get('changeId') ?? ''), errors: submission.reply().error?.reason ?? ['validation.required'] }, { status: 400 })
    }
    runDomain(() => rejectChange({ changeId: submission.value.changeId, reviewerId: admin.id, reason: submission.value.reason }))
    return redirectWithMessage('/admin/review', 'change_rejected')
  }
  httpError(400, 'unknown_intent')
}

export default function ReviewQueue() {
  const { t, i18n } = useTranslation()
  const { changes } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const fieldLabel = (field: string) => t(`review.fields.${field}`)
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={t('review.title')} intro={t('review.intro')} />
      {changes.length === 0 ? (
        <EmptyState title={t('review.empty')} />
      ) : (
        <ul className="stack plain">
          {changes.map((change) => {
            const errors = actionData?.changeId === change.id ? actionData.errors : undefined
            const reasonId = `reason-${change.id}`
            return (
              <li key={change.id} className="card">
                <p className="eyebrow">{t(`review.kinds.${change.kind}`)}</p>
                <h2 className="h3">
                  {change.kind === 'profile' ? <Link to={`/organisations/${change.organisationSlug}`}>{change.organisationName}</Link> : change.organisationName}
                </h2>
                <p className="meta">
                  {t('review.submitted', { who: change.submittedBy ?? '–', when: formatDateTime(change.createdAt, i18n.language as Locale) })}
                  {change.applicantEmail ? ` · ${change.applicantEmail}` : ''}
                </p>
                {change.diff.length === 0 ? (
                  <p>{t('review.no_differences')}</p>
                ) : (
                  <div className="table-wrap">
                    <table>
                      <caption>{t('review.diff_caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('review.field')}</th>
                          {change.kind === 'profile' ? <th scope="col">{t('review.before')}</th> : null}
                          <th scope="col">{t('review.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {change.diff.map((row) => (
                          <tr key={row.field}>
                            <th scope="row">{fieldLabel(row.field)}</th>
                            {change.kind === 'profile' ? (
                              <td>
                                <del>{row.before || '–'}</del>
                              </td>
                            ) : null}
                            <td>
                              <ins>{row.after || '–'}</ins>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <div className="button-row">
                  <Form method="post">
                    <input type="hidden" name="changeId" value={change.id} />
                    <button type="submit" name="intent" value="approve" className="button">
                      {t('review.approve')}
                    </button>
                  </Form>
                </div>
                <Form method="post" className="stack">
                  <input type="hidden" name="changeId" value={change.id} />
                  <div className="field">
                    <label htmlFor={reasonId}>{t('review.reason')}</label>
                    <textarea
                      id={reasonId}
                      name="reason"
                      rows={3}
                      maxLength={1000}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={errors ? `${reasonId}-error` : undefined}
                    />
                    {errors ? (
                      <p id={`${reasonId}-error`} className="field-error">
                        {errors.map((error) => t(error)).join(' ')}
                      </p>
                    ) : null}
                  </div>
                  <div>
                    <button type="submit" name="intent" value="reject" className="button secondary">
                      {t('review.reject')}
                    </button>
                  </div>
                </Form>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
