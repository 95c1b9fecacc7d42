import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormError, TextField } from '~/components/form'
import { FlashMessage, PageHeader } from '~/components/ui'
import { hitSignInLimits } from '~/domain/auth/rate-limit.server'
import { LinkRequestSchema, PasswordSignInSchema, SignInSchema } from '~/domain/auth/schema'
import { recordSignIn, requestSignInLink, signInWithPassword } from '~/domain/auth/sign-in.server'
import { getViewer, startSession } from '~/utils/auth.server'
import { clientIp, readFormData, redirectWithMessage, safeRedirectPath } from '~/utils/http.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'auth.sign_in.title')

/** A 429 tells the client when to try again. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}

export function loader({ request }: LoaderFunctionArgs) {
  if (getViewer(request)) throw redirect('/account')
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request)
  const submission = parseWithZod(formData, { schema: SignInSchema })
  const intent = formData.get('intent') === 'link' ? 'link' : 'password'
  if (submission.status !== 'success') {
    return data({ intent, result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
  }
  const input = submission.value
  const limit = hitSignInLimits(clientIp(request), input.email)
  if (!limit.allowed) {
    return data(
      { intent, result: submission.reply({ formErrors: ['auth.too_many_attempts'], hideFields: ['password'] }) },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  const redirectTo = safeRedirectPath(input.redirectTo, '/account')
  if (input.intent === 'link') {
    requestSignInLink(input.email)
    return redirectWithMessage(`/login?redirectTo=${encodeURIComponent(redirectTo)}`, 'sign_in_link_sent')
  }
  const user = await signInWithPassword(input.email, input.password)
  if (!user) {
    return data(
      { intent, result: submission.reply({ formErrors: ['auth.wrong_credentials'], hideFields: ['password'] }) },
      { status: 400 },
    )
  }
  recordSignIn(user.id)
  return startSession(user.id, input.redirectTo ? redirectTo : user.role === 'admin' ? '/admin' : '/account')
}

export default function Login() {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const redirectTo = searchParams.get('redirectTo') ?? ''
  const [passwordForm, passwordFields] = useForm({
    id: 'password-sign-in',
    lastResult: actionData?.intent === 'password' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PasswordSignInSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const [linkForm, linkFields] = useForm({
    id: 'link-sign-in',
    lastResult: actionData?.intent === 'link' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LinkRequestSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={t('auth.sign_in.title')} intro={t('auth.sign_in.intro')} />
      <div className="two-columns">
        <section className="card" aria-labelledby="password-heading">
          <h2 id="password-heading" className="h3">
            {t('auth.sign_in.with_password')}
          </h2>
          <Form method="post" {...getFormProps(passwordForm)}>
            <FormError id={passwordForm.errorId} errors={passwordForm.errors} />
            <input type="hidden" name="intent" value="password" />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <TextField field={passwordFields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
            <TextField
              field={passwordFields.password}
              label={t('auth.fields.password')}
              type="password"
              autoComplete="current-password"
            />
            <button type="submit" className="button">
              {t('auth.sign_in.submit')}
            </button>
          </Form>
        </section>
        <section className="card" aria-labelledby="link-heading">
          <h2 id="link-heading" className="h3">
            {t('auth.sign_in.with_link')}
          </h2>
          <p>{t('auth.sign_in.link_intro')}</p>
          <Form method="post" {...getFormProps(linkForm)}>
            <FormError id={linkForm.errorId} errors={linkForm.errors} />
            <input type="hidden" name="intent" value="link" />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <TextField field={linkFields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
            <button type="submit" className="button secondary">
              {t('auth.sign_in.send_link')}
            </button>
          </Form>
        </section>
      </div>
    </div>
  )
}
