import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { TextField } from '~/components/form'
import { PageHeader } from '~/components/ui'
import { SetPasswordSchema } from '~/domain/auth/schema'
import { consumeSignInLink, inspectSignInLink } from '~/domain/auth/sign-in.server'
import { sessionCookie } from '~/utils/auth.server'
import { createSession } from '~/domain/auth/session.server'
import { readFormData, redirectWithMessage, runDomain, runDomainAsync } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'auth.link.title')

/** A GET only shows the link's page: mail scanners open links, so nothing happens until the button is pressed. */
export function loader({ params }: LoaderFunctionArgs) {
  return runDomain(() => inspectSignInLink(params.token ?? ''))
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? ''
  const link = runDomain(() => inspectSignInLink(token))
  let password: string | undefined
  if (link.needsPassword) {
    const submission = parseWithZod(await readFormData(request), { schema: SetPasswordSchema })
    if (submission.status !== 'success') {
      return data({ result: submission.reply({ hideFields: ['password', 'confirm'] }) }, { status: 400 })
    }
    password = submission.value.password
  }
  const { user } = await runDomainAsync(() => consumeSignInLink(token, { password }))
  const { token: sessionToken, session } = createSession(user.id)
  return redirectWithMessage(user.role === 'admin' ? '/admin' : '/account', link.needsPassword ? 'password_set' : 'signed_in', {
    headers: { 'Set-Cookie': sessionCookie(sessionToken, session.expiresAt) },
  })
}

export default function AuthLink() {
  const { t } = useTranslation()
  const link = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'set-password',
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SetPasswordSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container narrow">
      <PageHeader
        title={link.needsPassword ? t('auth.link.set_password_title') : t('auth.link.title')}
        intro={t('auth.link.greeting', { name: link.name })}
      />
      <div className="card">
        {link.needsPassword ? (
          <Form method="post" {...getFormProps(form)}>
            <p>{t('auth.link.set_password_intro')}</p>
            <TextField
              field={fields.password}
              label={t('auth.fields.new_password')}
              type="password"
              autoComplete="new-password"
              hint={t('auth.password_rules')}
            />
            <TextField field={fields.confirm} label={t('auth.fields.confirm_password')} type="password" autoComplete="new-password" />
            <button type="submit" className="button">
              {t('auth.link.set_password_submit')}
            </button>
          </Form>
        ) : (
          <Form method="post">
            <p>{t('auth.link.confirm_intro')}</p>
            <button type="submit" className="button">
              {t('auth.link.confirm_submit')}
            </button>
          </Form>
        )}
      </div>
    </div>
  )
}
