import { Button, Heading, Hr, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

/** "Immediately": one new event in a network the person follows. Carries List-Unsubscribe for that network. */
export type EventNotificationProps = {
  networkName: string
  title: string
  when: string
  place: string | null
  organiser: string
  url: string
  unsubscribeUrl: string
  locale: Locale
}

export function eventNotificationSubject(props: EventNotificationProps) {
  return getT(props.locale)('mail.notification.subject', { network: props.networkName, title: props.title })
}

export default function EventNotification(props: EventNotificationProps) {
  const t = getT(props.locale)
  return (
    <EmailLayout locale={props.locale} preview={t('mail.notification.preview', { network: props.networkName })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {props.title}
      </Heading>
      <Text>{t('mail.notification.intro', { network: props.networkName })}</Text>
      <Text style={{ margin: '0 0 4px' }}>{props.when}</Text>
      {props.place ? <Text style={{ margin: '0 0 4px' }}>{props.place}</Text> : null}
      <Text>{t('mail.digest.organiser', { organisation: props.organiser })}</Text>
      <Button href={props.url} style={buttonStyle}>
        {t('mail.digest.open')}
      </Button>
      <Hr />
      <Text style={{ fontSize: '12px', color: '#52606d' }}>
        {t('mail.notification.unsubscribe')} <Link href={props.unsubscribeUrl}>{props.unsubscribeUrl}</Link>
      </Text>
    </EmailLayout>
  )
}

EventNotification.PreviewProps = {
  networkName: 'Runder Tisch der Religionen',
  title: 'Interreligiöses Friedensgebet',
  when: 'Do., 3. Dez. 2026, 18:30–20:00 Uhr',
  place: 'Marienkirche, Osnabrück',
  organiser: 'Rat der Religionen Osnabrück',
  url: 'http://localhost:3000/events/e1',
  unsubscribeUrl: 'http://localhost:3000/unsubscribe/abcdefghijklmnopqrstuvwxyz234567',
  locale: 'de',
} satisfies EventNotificationProps
