import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpWaitlistedProps = RsvpMailEvent & { partySize: number; manageUrl: string }

export function rsvpWaitlistedSubject(props: RsvpWaitlistedProps) {
  return getT(props.locale)('rsvps.email.waitlisted.subject', { title: props.eventTitle })
}

export default function RsvpWaitlisted(props: RsvpWaitlistedProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.waitlisted.preview')} heading={t('rsvps.email.waitlisted.heading')}>
      <Text>{t('rsvps.email.waitlisted.body', { count: props.partySize })}</Text>
      <Text>{t('rsvps.email.waitlisted.next')}</Text>
      <MailButton href={props.manageUrl}>{t('rsvps.email.manage_button')}</MailButton>
      <LinkFallback locale={props.locale} url={props.manageUrl} />
    </RsvpMail>
  )
}

RsvpWaitlisted.PreviewProps = {
  ...previewEvent,
  partySize: 4,
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567',
} satisfies RsvpWaitlistedProps
