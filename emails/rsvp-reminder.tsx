import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpReminderProps = RsvpMailEvent & { partySize: number; manageUrl: string }

export function rsvpReminderSubject(props: RsvpReminderProps) {
  return getT(props.locale)('rsvps.email.reminder.subject', { title: props.eventTitle })
}

export default function RsvpReminder(props: RsvpReminderProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.reminder.preview')} heading={t('rsvps.email.reminder.heading')}>
      <Text>{t('rsvps.email.reminder.body', { count: props.partySize })}</Text>
      <Text>{t('rsvps.email.reminder.cannot')}</Text>
      <MailButton href={props.manageUrl}>{t('rsvps.email.manage_button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.manageUrl} />
    </RsvpMail>
  )
}

RsvpReminder.PreviewProps = {
  ...previewEvent,
  partySize: 3,
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567',
} satisfies RsvpReminderProps
