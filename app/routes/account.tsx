import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextField } from '~/components/form'
import { PersonalFeedSection } from '~/components/personal-feed'
import { getFeedTokenInfo } from '~/domain/calendar/queries.server'
import { isModerator } from '~/domain/events/policy.server'
import { FlashMessage, PageHeader } from '~/components/ui'
import { getMemberships } from '~/domain/auth/queries.server'
import { ChangePasswordSchema, ProfileSchema } from '~/domain/auth/schema'
import { invalidateUserSessions } from '~/domain/auth/session.server'
import { changePassword, updateProfile } from '~/domain/auth/sign-in.server'
import { verifyPassword } from '~/domain/auth/password.server'
import { clearedSessionCookie, requireUser } from '~/utils/auth.server'
import { httpError, readFormData, redirectWithMessage } from '~/utils/http.server'
import { localeCookie } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'account.title')

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request)
  return {
    user: { name: user.name, email: user.email, locale: user.locale, role: user.role, hasPassword: Boolean(user.passwordHash) },
    memberships: getMemberships(user.id).organisations,
    feedSince: getFeedTokenInfo(user.id)?.updatedAt ?? null,
    isModerator: isModerator({ userId: user.id, role: user.role }),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request)
  const formData = await readFormData(request)
  const intent = formData.get('intent')
  if (intent === 'sign-out-everywhere') {
    invalidateUserSessions(user.id)
    return redirectWithMessage('/login', 'signed_out_everywhere', { headers: { 'Set-Cookie': clearedSessionCookie() } })
  }
  if (intent === 'profile') {
    const submission = parseWithZod(formData, { schema: ProfileSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    updateProfile(user.id, submission.value)
    return redirectWithMessage('/account', 'profile_saved', { headers: { 'Set-Cookie': localeCookie(submission.value.locale) } })
  }
  if (intent === 'password') {
    const submission = parseWithZod(formData, { schema: ChangePasswordSchema })
    if (submission.status !== 'success') {
      return data({ intent, result: submission.reply({ hideFields: ['currentPassword', 'password', 'confirm'] }) }, { status: 400 })
    }
    if (user.passwordHash && !(await verifyPassword(user.passwordHash, submission.value.currentPassword ?? ''))) {
      return data(
        {
          intent,
          result: submission.reply({
            fieldErrors: { currentPassword: ['auth.wrong_current_password'] },
            hideFields: ['currentPassword', 'password', 'confirm'],
          }),
        },
        { status: 400 },
      )
    }
    await changePassword(user.id, submission.value.password)
    return redirectWithMessage('/account', 'password_changed')
  }
  httpError(400, 'unknown_intent')
}

export default function Account() {
  const { t } = useTranslation()
  const { user, memberships, feedSince, isModerator } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [profileForm, profileFields] = useForm({
    id: 'profile',
    lastResult: actionData?.intent === 'profile' ? actionData.result : undefined,
    defaultValue: { name: user.name, locale: user.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  const [passwordForm, passwordFields] = useForm({
    id: 'password',
    lastResult: actionData?.intent === 'password' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
  })
  return (
    <div className="container narrow">
      <FlashMessage />
      <PageHeader title={t('account.title')} intro={t('account.intro', { email: user.email })} />
      <nav className="card" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading" className="h3">
          {t('account.shortcuts')}
        </h2>
        <ul>
          {memberships.some((membership) => membership.role === 'editor') || isModerator ? (
            <li>
              <Link to="/me/events">{t('account.my_events')}</Link>
            </li>
          ) : null}
          {isModerator ? (
            <li>
              <Link to="/moderation">{t('account.moderation')}</Link>
            </li>
          ) : null}
          <li>
            <Link to="/account/notifications">{t('account.notifications')}</Link>
          </li>
        </ul>
      </nav>
      {memberships.length > 0 ? (
        <section className="card" aria-labelledby="memberships-heading">
          <h2 id="memberships-heading" className="h3">
            {t('account.memberships')}
          </h2>
          <ul>
            {memberships.map((membership) => (
              <li key={membership.organisationId}>
                {membership.name} – {t(`account.organisation_roles.${membership.role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="h3">
          {t('account.profile')}
        </h2>
        <Form method="post" {...getFormProps(profileForm)}>
          <input type="hidden" name="intent" value="profile" />
          <TextField field={profileFields.name} label={t('account.fields.name')} autoComplete="name" />
          <SelectField field={profileFields.locale} label={t('account.fields.locale')}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </SelectField>
          <button type="submit" className="button">
            {t('common.save')}
          </button>
        </Form>
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="h3">
          {user.hasPassword ? t('account.change_password') : t('account.set_password')}
        </h2>
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="password" />
          {user.hasPassword ? (
            <TextField
              field={passwordFields.currentPassword}
              label={t('auth.fields.current_password')}
              type="password"
              autoComplete="current-password"
            />
          ) : null}
          <TextField
            field={passwordFields.password}
            label={t('auth.fields.new_password')}
            type="password"
            autoComplete="new-password"
            hint={t('auth.password_rules')}
          />
          <TextField field={passwordFields.confirm} label={t('auth.fields.confirm_password')} type="password" autoComplete="new-password" />
          <button type="submit" className="button">
            {t('common.save')}
          </button>
        </Form>
      </section>
      <PersonalFeedSection since={feedSince} />
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="h3">
          {t('account.sessions')}
        </h2>
        <div className="button-row">
          <Form method="post" action="/logout">
            <button type="submit" className="button secondary">
              {t('account.sign_out')}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="sign-out-everywhere" />
            <button type="submit" className="button secondary">
              {t('account.sign_out_everywhere')}
            </button>
          </Form>
        </div>
      </section>
    </div>
  )
}
