import { and, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm'
import { events, invitations, networkMemberships, organisationMembers, organisations, rsvps, users } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { buildCalendarAttachment } from '../calendar/attachments.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db } from '~/utils/db.server'
import { DomainError } from '~/utils/http.server'
import { listAcceptedAgendaForEvent } from '../rounds/queries.server'
import { listOpenTasksForEvent } from '../rounds/tasks.server'
import { answerUrl, ensureInvitation, issueAnswerLink, mailEvent } from './links.server'
import { languageNames } from '~/utils/i18n'

type EventRow = typeof events.$inferSelect
type Recipient = { email: string; name: string | null; locale: string; userId: string | null }

const REMINDER_GAP_MS = 24 * 60 * 60_000

/** The people of organisations: their members (with accounts) and their public contact address. */
function organisationRecipients(tx: DbOrTx, organisationIds: string[]): Recipient[] {
  if (organisationIds.length === 0) return []
  const members = tx
    .select({ email: users.email, name: users.name, locale: users.locale, userId: users.id })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(inArray(organisationMembers.organisationId, organisationIds))
    .all()
  const contacts = tx
    .select({ email: organisations.contactEmail, name: organisations.contactName })
    .from(organisations)
    .where(and(inArray(organisations.id, organisationIds), isNotNull(organisations.contactEmail)))
    .all()
    .map((c) => ({ email: c.email!, name: c.name, locale: 'de', userId: null }))
  return [...members, ...contacts]
}

export type InviteInput = {
  eventId: string
  invitedById: string | null
  networkId?: string | null
  organisationIds?: string[]
  userIds?: string[]
  emails?: string[]
  /** Mail those already invited once more (with a fresh link). */
  sendAgain?: boolean
  now?: Date
}

/**
 * Invites a whole network, chosen organisations, individual users and addresses, in one transaction.
 * One invitation per event and address: someone already invited gets nothing unless `sendAgain`.
 */
export function inviteToEvent(input: InviteInput): { sent: number; alreadyInvited: number } {
  return db.transaction((tx) => inviteToEventTx(tx, input), { behavior: 'immediate' })
}

/** The same in the caller's transaction (choosing a round's date creates the event and invites in one step). */
export function inviteToEventTx(tx: DbOrTx, input: InviteInput): { sent: number; alreadyInvited: number } {
  const now = input.now ?? new Date()
  const event = tx.select().from(events).where(eq(events.id, input.eventId)).get()
  if (!event) throw new DomainError('not_found', 404)
  if (event.status === 'cancelled') throw new DomainError('rsvps.event_cancelled', 409)
  // Links to an unpublished event would lead to a 404: invitations go out once it is published.
  if (event.status !== 'published') throw new DomainError('rsvps.not_published', 409)
  if (now.getTime() >= event.endsAt.getTime()) throw new DomainError('rsvps.link_expired', 410)

  const organisationIds = new Set(input.organisationIds ?? [])
  if (input.networkId) {
    for (const m of tx.select({ id: networkMemberships.organisationId }).from(networkMemberships).where(eq(networkMemberships.networkId, input.networkId)).all()) {
      organisationIds.add(m.id)
    }
  }
  const recipients: Recipient[] = organisationRecipients(tx, [...organisationIds])
  if (input.userIds?.length) {
    recipients.push(
      ...tx
        .select({ email: users.email, name: users.name, locale: users.locale, userId: users.id })
        .from(users)
        .where(inArray(users.id, input.userIds))
        .all(),
    )
  }
  for (const email of input.emails ?? []) {
    const user = tx
      .select({ email: users.email, name: users.name, locale: users.locale, userId: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
      .get()
    recipients.push(user ?? { email, name: null, locale: 'de', userId: null })
  }

  const organiser = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, event.organisationId)).get()
  const seen = new Set<string>()
  let sent = 0
  let alreadyInvited = 0
  for (const recipient of recipients) {
    const email = recipient.email.trim().toLowerCase()
    if (seen.has(email)) continue
    seen.add(email)
    const { invitation, created } = ensureInvitation(tx, { eventId: event.id, ...recipient, email, kind: 'invited', invitedById: input.invitedById })
    if (!created && invitation.kind === 'invited' && invitation.sentAt && !input.sendAgain) {
      alreadyInvited++
      continue
    }
    if (!created && invitation.kind !== 'invited') {
      tx.update(invitations).set({ kind: 'invited', invitedById: input.invitedById }).where(eq(invitations.id, invitation.id)).run()
    }
    sendInvitation(tx, { event, invitation, organiser: organiser?.name ?? '', reminder: false })
    tx.update(invitations).set({ sentAt: now }).where(eq(invitations.id, invitation.id)).run()
    sent++
  }
  return { sent, alreadyInvited }
}

function sendInvitation(
  tx: DbOrTx,
  input: { event: EventRow; invitation: typeof invitations.$inferSelect; organiser: string; reminder: boolean },
) {
  const token = issueAnswerLink(tx, input.invitation.id)
  const facts = mailEvent(input.event, input.invitation.locale, input.invitation.name)
  const summary = input.event.description.length > 280 ? `${input.event.description.slice(0, 277).trimEnd()}…` : input.event.description
  // "add to calendar" as METHOD:PUBLISH: an iTIP REQUEST's accept button would bypass capacity
  const attachment = buildCalendarAttachment(tx, {
    eventId: input.event.id,
    attendee: { name: input.invitation.name ?? input.invitation.email, email: input.invitation.email },
    kind: 'publish',
    locale: facts.locale,
  })
  enqueueEmail(tx, {
    attachments: attachment ? [attachment] : [],
    template: 'rsvp-invitation',
    to: input.invitation.email,
    locale: facts.locale,
    props: {
      ...facts,
      organiser: input.organiser,
      summary,
      languages: languageNames(input.event.languages, facts.locale),
      yesUrl: answerUrl(token, 'yes'),
      maybeUrl: answerUrl(token, 'maybe'),
      noUrl: answerUrl(token, 'no'),
      reminder: input.reminder,
      // a dialogue round's accepted agenda goes out with the invitation
      agenda: listAcceptedAgendaForEvent(input.event.id, tx).map((topic) => topic.title),
      // with the open tasks of the series' earlier rounds
      openTasks: listOpenTasksForEvent(input.event.id, tx).map((task) => ({ what: task.what, who: task.who, dueOn: task.dueOn })),
    },
  })
}


/** "Remind those who have not answered": the invitation once more, at most once in 24 hours per event. */
export function remindNonResponders(input: { eventId: string; now?: Date }): { sent: number } {
  const now = input.now ?? new Date()
  return db.transaction(
    (tx) => {
      const event = tx.select().from(events).where(eq(events.id, input.eventId)).get()
      if (!event) throw new DomainError('not_found', 404)
      if (event.status === 'cancelled') throw new DomainError('rsvps.event_cancelled', 409)
      if (now.getTime() >= event.endsAt.getTime()) throw new DomainError('rsvps.link_expired', 410)
      const last = tx.select({ at: max(invitations.remindedAt) }).from(invitations).where(eq(invitations.eventId, event.id)).get()?.at
      if (last && now.getTime() - new Date(last).getTime() < REMINDER_GAP_MS) throw new DomainError('rsvps.reminded_recently', 429)
      const silent = tx
        .select({ invitation: invitations })
        .from(invitations)
        .leftJoin(rsvps, eq(rsvps.invitationId, invitations.id))
        .where(and(eq(invitations.eventId, event.id), eq(invitations.kind, 'invited'), isNull(rsvps.id)))
        .all()
      const organiser = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, event.organisationId)).get()
      for (const { invitation } of silent) sendInvitation(tx, { event, invitation, organiser: organiser?.name ?? '', reminder: true })
      tx.update(invitations).set({ remindedAt: now }).where(and(eq(invitations.eventId, event.id), eq(invitations.kind, 'invited'))).run()
      return { sent: silent.length }
    },
    { behavior: 'immediate' },
  )
}
