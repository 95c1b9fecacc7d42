import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpReceivedProps = RsvpMailEvent & {
  answer: 'yes' | 'maybe' | 'no'
  status: string
  partySize: number
  manageUrl: string
}

export function rsvpReceivedSubject(props: RsvpReceivedProps) {
  return getT(props.locale)('rsvps.email.received.subject', { title: props.eventTitle })
}

export default function RsvpReceived(props: RsvpReceivedProps) {
  const t = getT(props.locale)
  const summary =
    props.answer === 'yes'
      ? t('rsvps.email.received.yes', { count: props.partySize })
      : props.answer === 'maybe'
        ? t('rsvps.email.received.maybe')
        : t('rsvps.email.received.no')
  return (
    <RsvpMail event={props} preview={summary} heading={t('rsvps.email.received.heading')}>
      <Text>{summary}</Text>
      <Text>{t('rsvps.email.received.change')}</Text>
      <MailButton href={props.manageUrl}>{t('rsvps.email.manage_button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.manageUrl} />
    </RsvpMail>
  )
}

RsvpReceived.PreviewProps = {
  ...previewEvent,
  answer: 'yes',
  status: 'confirmed',
  partySize: 3,
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567',
} satisfies RsvpReceivedProps
