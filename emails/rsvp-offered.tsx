import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpOfferedProps = RsvpMailEvent & { partySize: number; deadlineLabel: string; manageUrl: string }

export function rsvpOfferedSubject(props: RsvpOfferedProps) {
  return getT(props.locale)('rsvps.email.offered.subject', { title: props.eventTitle })
}

export default function RsvpOffered(props: RsvpOfferedProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.offered.preview')} heading={t('rsvps.email.offered.heading')}>
      <Text>{t('rsvps.email.offered.body', { count: props.partySize, deadline: props.deadlineLabel })}</Text>
      <MailButton href={props.manageUrl}>{t('rsvps.email.offered.button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.manageUrl} />
    </RsvpMail>
  )
}

RsvpOffered.PreviewProps = {
  ...previewEvent,
  partySize: 2,
  deadlineLabel: 'Mo., 30. Nov. 2026, 18:00',
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567?answer=yes',
} satisfies RsvpOfferedProps
