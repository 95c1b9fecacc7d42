import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

/** "The event changed" and "the event is cancelled": the same facts, a different message. */
export type RsvpEventChangedProps = RsvpMailEvent & { cancelled: boolean; reason: string | null; manageUrl: string }

export function rsvpEventChangedSubject(props: RsvpEventChangedProps) {
  const t = getT(props.locale)
  return props.cancelled
    ? t('rsvps.email.changed.subject_cancelled', { title: props.eventTitle })
    : t('rsvps.email.changed.subject', { title: props.eventTitle })
}

export default function RsvpEventChanged(props: RsvpEventChangedProps) {
  const t = getT(props.locale)
  const heading = props.cancelled ? t('rsvps.email.changed.heading_cancelled') : t('rsvps.email.changed.heading')
  return (
    <RsvpMail event={props} preview={heading} heading={heading}>
      <Text>{props.cancelled ? t('rsvps.email.changed.body_cancelled') : t('rsvps.email.changed.body')}</Text>
      {props.reason ? <Text>{props.reason}</Text> : null}
      {props.cancelled ? null : (
        <>
          <MailButton href={props.manageUrl}>{t('rsvps.email.manage_button')}</MailButton>
          <LinkFallback locale={props.locale} url={props.manageUrl} />
        </>
      )}
    </RsvpMail>
  )
}

RsvpEventChanged.PreviewProps = {
  ...previewEvent,
  cancelled: false,
  reason: 'Neuer Beginn: 19:00 Uhr statt 18:30 Uhr.',
  manageUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567',
} satisfies RsvpEventChangedProps
