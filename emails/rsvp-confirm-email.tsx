import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpConfirmEmailProps = RsvpMailEvent & { confirmUrl: string; hours: number }

export function rsvpConfirmEmailSubject(props: RsvpConfirmEmailProps) {
  return getT(props.locale)('rsvps.email.confirm.subject', { title: props.eventTitle })
}

export default function RsvpConfirmEmail(props: RsvpConfirmEmailProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.confirm.preview')} heading={t('rsvps.email.confirm.heading')}>
      <Text>{t('rsvps.email.confirm.body', { hours: props.hours })}</Text>
      <MailButton href={props.confirmUrl}>{t('rsvps.email.confirm.button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.confirmUrl} />
      <Text style={{ fontSize: '13px' }}>{t('rsvps.email.confirm.ignore')}</Text>
    </RsvpMail>
  )
}

RsvpConfirmEmail.PreviewProps = {
  ...previewEvent,
  confirmUrl: 'http://localhost:3000/confirm-answer/abcdefghijklmnopqrstuvwxyz234567',
  hours: 24,
} satisfies RsvpConfirmEmailProps
