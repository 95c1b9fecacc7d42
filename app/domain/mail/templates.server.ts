import { render } from '@react-email/render'
import { createElement, type ComponentType } from 'react'
import DirectoryConfirmationRequest, {
  directoryConfirmationRequestSubject,
  type DirectoryConfirmationRequestProps,
} from '../../../emails/directory-confirmation-request'
import DirectoryDecision, { directoryDecisionSubject, type DirectoryDecisionProps } from '../../../emails/directory-decision'
import EventCancelled, { eventCancelledSubject, type EventCancelledProps } from '../../../emails/event-cancelled'
import InvitationToJoin, { invitationToJoinSubject, type InvitationToJoinProps } from '../../../emails/invitation-to-join'
import RsvpInvitation, { rsvpInvitationSubject, type RsvpInvitationProps } from '../../../emails/rsvp-invitation'
import RsvpReceived, { rsvpReceivedSubject, type RsvpReceivedProps } from '../../../emails/rsvp-received'
import RsvpConfirmEmail, { rsvpConfirmEmailSubject, type RsvpConfirmEmailProps } from '../../../emails/rsvp-confirm-email'
import RsvpWaitlisted, { rsvpWaitlistedSubject, type RsvpWaitlistedProps } from '../../../emails/rsvp-waitlisted'
import RsvpOffered, { rsvpOfferedSubject, type RsvpOfferedProps } from '../../../emails/rsvp-offered'
import RsvpPromoted, { rsvpPromotedSubject, type RsvpPromotedProps } from '../../../emails/rsvp-promoted'
import RsvpReminder, { rsvpReminderSubject, type RsvpReminderProps } from '../../../emails/rsvp-reminder'
import RsvpEventChanged, { rsvpEventChangedSubject, type RsvpEventChangedProps } from '../../../emails/rsvp-event-changed'
import PollInvitation, { pollInvitationSubject, type PollInvitationProps } from '../../../emails/poll-invitation'
import PollReminder, { pollReminderSubject, type PollReminderProps } from '../../../emails/poll-reminder'
import MinutesPublished, { minutesPublishedSubject, type MinutesPublishedProps } from '../../../emails/minutes-published'
import StatementOpen, { statementOpenSubject, type StatementOpenProps } from '../../../emails/statement-open'
import SignInLink, { signInLinkSubject, type SignInLinkProps } from '../../../emails/sign-in-link'
import SubscriptionConfirm, { subscriptionConfirmSubject, type SubscriptionConfirmProps } from '../../../emails/subscription-confirm'
import Digest, { digestSubject, type DigestProps } from '../../../emails/digest'
import EventNotification, { eventNotificationSubject, type EventNotificationProps } from '../../../emails/event-notification'

type Template<P> = { component: ComponentType<P>; subject: (props: P) => string }

/** Every mail Dialognetz sends, by name. */
export const templates = {
  'sign-in-link': { component: SignInLink, subject: signInLinkSubject } as Template<SignInLinkProps>,
  'invitation-to-join': { component: InvitationToJoin, subject: invitationToJoinSubject } as Template<InvitationToJoinProps>,
  'subscription-confirm': { component: SubscriptionConfirm, subject: subscriptionConfirmSubject } as Template<SubscriptionConfirmProps>,
  digest: { component: Digest, subject: digestSubject } as Template<DigestProps>,
  'event-notification': { component: EventNotification, subject: eventNotificationSubject } as Template<EventNotificationProps>,
  'directory-decision': { component: DirectoryDecision, subject: directoryDecisionSubject } as Template<DirectoryDecisionProps>,
  'directory-confirmation-request': {
    component: DirectoryConfirmationRequest,
    subject: directoryConfirmationRequestSubject,
  } as Template<DirectoryConfirmationRequestProps>,
  'event-cancelled': { component: EventCancelled, subject: eventCancelledSubject } as Template<EventCancelledProps>,
  // Invitations and answers (issue 5)
  'rsvp-invitation': { component: RsvpInvitation, subject: rsvpInvitationSubject } as Template<RsvpInvitationProps>,
  'rsvp-received': { component: RsvpReceived, subject: rsvpReceivedSubject } as Template<RsvpReceivedProps>,
  'rsvp-confirm-email': { component: RsvpConfirmEmail, subject: rsvpConfirmEmailSubject } as Template<RsvpConfirmEmailProps>,
  'rsvp-waitlisted': { component: RsvpWaitlisted, subject: rsvpWaitlistedSubject } as Template<RsvpWaitlistedProps>,
  'rsvp-offered': { component: RsvpOffered, subject: rsvpOfferedSubject } as Template<RsvpOfferedProps>,
  'rsvp-promoted': { component: RsvpPromoted, subject: rsvpPromotedSubject } as Template<RsvpPromotedProps>,
  'rsvp-reminder': { component: RsvpReminder, subject: rsvpReminderSubject } as Template<RsvpReminderProps>,
  'rsvp-event-changed': { component: RsvpEventChanged, subject: rsvpEventChangedSubject } as Template<RsvpEventChangedProps>,
  'poll-invitation': { component: PollInvitation, subject: pollInvitationSubject } as Template<PollInvitationProps>,
  'poll-reminder': { component: PollReminder, subject: pollReminderSubject } as Template<PollReminderProps>,
  'minutes-published': { component: MinutesPublished, subject: minutesPublishedSubject } as Template<MinutesPublishedProps>,
  'statement-open': { component: StatementOpen, subject: statementOpenSubject } as Template<StatementOpenProps>,
}

export type TemplateName = keyof typeof templates
export type TemplateProps<N extends TemplateName> = (typeof templates)[N] extends Template<infer P> ? P : never

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name)
}

export type RenderedEmail = { subject: string; html: string; text: string }

/** Renders a template to HTML and plain text; user input is escaped by React. */
export async function renderEmail(name: string, props: Record<string, unknown>): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`Unknown email template: ${name}`)
  const template = templates[name] as unknown as Template<Record<string, unknown>>
  const element = createElement(template.component, props)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject: template.subject(props), html, text }
}
