import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable, EmptyState, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { inviteToEvent, remindNonResponders } from '~/domain/invitations/mutations.server'
import { requireOrganiserOf } from '~/domain/invitations/policy.server'
import { listInvitations, listInvitationTargets } from '~/domain/invitations/queries.server'
import { InviteSchema, parseEmailList } from '~/domain/invitations/schema'
import { getPolicyViewer, requireUser } from '~/utils/auth.server'
import { DomainError, readFormData, redirectWithMessage, runDomain } from '~/utils/http.server'
import { formatDateTime, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'

const PAGE_SIZE = 50

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'rsvps.invitations.title')

export function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const { page, limit, offset } = readPage(new URL(request.url), PAGE_SIZE)
  const list = listInvitations({ eventId: event.id, limit, offset })
  return {
    event: { id: event.id, title: event.title },
    ...list,
    lastReminderAt: list.lastReminderAt?.getTime() ?? null,
    page,
    pageCount: pageCount(list.counts.sent, PAGE_SIZE),
    targets: listInvitationTargets(),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request)
  const event = requireOrganiserOf(getPolicyViewer(request), params.eventId ?? '')
  const formData = await readFormData(request)
  if (formData.get('intent') === 'remind') {
    try {
      remindNonResponders({ eventId: event.id })
    } catch (error) {
      if (error instanceof DomainError && error.code === 'rsvps.reminded_recently') {
        return data({ kind: 'remind' as const, error: `errors.${error.code}`, invalid: [] as string[] }, { status: 429 })
      }
      runDomain(() => {
        throw error
      })
    }
    return redirectWithMessage(`/events/${event.id}/invitations`, 'invitations_reminded')
  }
  const submission = parseWithZod(formData, { schema: InviteSchema })
  if (submission.status !== 'success') return data({ kind: 'invite' as const, error: 'errors.page.400.text', invalid: [] as string[] }, { status: 400 })
  const { valid, invalid } = parseEmailList(submission.value.emails ?? '')
  const result = runDomain(() =>
    inviteToEvent({
      eventId: event.id,
      invitedById: user.id,
      networkId: submission.value.networkId || null,
      organisationIds: submission.value.organisationIds,
      emails: valid,
      sendAgain: submission.value.sendAgain,
    }),
  )
  if (invalid.length > 0) {
    return data({ kind: 'invite' as const, error: null, invalid, ...result }, { status: 400 })
  }
  return redirectWithMessage(`/events/${event.id}/invitations`, result.sent > 0 ? 'invitations_sent' : 'invitations_none_new')
}

export default function EventInvitations() {
  const { t, i18n } = useTranslation()
  const { event, rows, counts, lastReminderAt, page, pageCount, targets } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const location = useLocation()
  return (
    <div className="container">
      <FlashMessage />
      <p>
        <Link to={`/events/${event.id}`}>{event.title}</Link> · <Link to={`/events/${event.id}/attendees`}>{t('rsvps.attendees.title')}</Link>
      </p>
      <PageHeader title={t('rsvps.invitations.title')} intro={event.title} />
      <dl className="facts">
        <dt>{t('rsvps.invitations.sent')}</dt>
        <dd>{counts.sent}</dd>
        <dt>{t('rsvps.answers.yes')}</dt>
        <dd>{counts.yes}</dd>
        <dt>{t('rsvps.answers.maybe')}</dt>
        <dd>{counts.maybe}</dd>
        <dt>{t('rsvps.answers.no')}</dt>
        <dd>{counts.no}</dd>
        <dt>{t('rsvps.statuses.waitlisted')}</dt>
        <dd>{counts.waitlisted}</dd>
        <dt>{t('rsvps.invitations.no_answer')}</dt>
        <dd>{counts.noAnswer}</dd>
      </dl>

      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="h3">
          {t('rsvps.invitations.invite')}
        </h2>
        {actionData?.kind === 'invite' && actionData.invalid.length > 0 ? (
          <div className="notice error" role="alert">
            <p>{t('rsvps.invitations.invalid', { count: actionData.invalid.length })}</p>
            <ul>
              {actionData.invalid.map((entry) => (
                <li key={entry}>{entry}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {actionData?.kind === 'invite' && actionData.error ? (
          <div className="notice error" role="alert">
            {t(actionData.error)}
          </div>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="invite" />
          <div className="field">
            <label htmlFor="invite-network">{t('rsvps.invitations.network')}</label>
            <select id="invite-network" name="networkId" defaultValue="">
              <option value="">{t('rsvps.invitations.no_network')}</option>
              {targets.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="invite-organisations">{t('rsvps.invitations.organisations')}</label>
            <p id="invite-organisations-hint" className="hint">
              {t('rsvps.invitations.organisations_hint')}
            </p>
            <select id="invite-organisations" name="organisationIds" multiple size={6} aria-describedby="invite-organisations-hint">
              {targets.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="invite-emails">{t('rsvps.invitations.emails')}</label>
            <p id="invite-emails-hint" className="hint">
              {t('rsvps.invitations.emails_hint')}
            </p>
            <textarea id="invite-emails" name="emails" rows={5} aria-describedby="invite-emails-hint" />
          </div>
          <label className="choice">
            <input type="checkbox" name="sendAgain" value="on" />
            {t('rsvps.invitations.send_again')}
          </label>
          <button type="submit" className="button">
            {t('rsvps.invitations.submit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('rsvps.invitations.list')}</h2>
        <Form method="post" className="button-row">
          <input type="hidden" name="intent" value="remind" />
          <button type="submit" className="button secondary">
            {t('rsvps.invitations.remind')}
          </button>
          {lastReminderAt ? <p className="hint">{t('rsvps.invitations.last_reminder', { when: formatDateTime(lastReminderAt, i18n.language as Locale) })}</p> : null}
        </Form>
        {actionData?.kind === 'remind' && actionData.error ? (
          <div className="notice error" role="alert">
            {t(actionData.error)}
          </div>
        ) : null}
        {rows.length === 0 ? (
          <EmptyState title={t('rsvps.invitations.empty')} />
        ) : (
          <DataTable columns={[t('rsvps.attendees.name'), t('rsvps.form.email'), t('rsvps.invitations.sent_at'), t('rsvps.invitations.answer')]}>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name ?? '–'}</td>
                <td>{row.email}</td>
                <td>{row.sentAt ? formatDateTime(row.sentAt, i18n.language as Locale) : '–'}</td>
                <td>
                  {row.status ? t(`rsvps.statuses.${row.status}`) : t('rsvps.invitations.no_answer')}
                  {row.answer === 'yes' ? ` · ${t('rsvps.page.people', { count: row.partySize ?? 1 })}` : ''}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={page} pageCount={pageCount} search={location.search} />
      </section>
    </div>
  )
}
