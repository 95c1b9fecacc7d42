import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpPromotedProps = RsvpMailEvent & { partySize: number; manageUrl: string }

export function rsvpPromotedSubject(props: RsvpPromotedProps) {
  return getT(props.locale)('rsvps.email.promoted.subject', { title: props.eventTitle })
}

export default function RsvpPromoted(props: RsvpPromotedProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.promoted.preview')} heading={t('rsvps.email.promoted.heading')}>
      <Text>{t('rsvps.email.promoted.body', { count: props.partySize })}</Text>
      <Text>{t('rsvps.email.promoted.cannot')}</Text>
      <MailButton href={props.manageUrl}>{t('rsvps.email.manage_button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.manageUrl} />
    </RsvpMail>
  )
}

RsvpPromoted.PreviewProps = {
  ...previewEvent,
  partySize: 2,
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567',
} satisfies RsvpPromotedProps
