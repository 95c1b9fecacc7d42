import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type EventCancelledProps = {
  name: string
  eventTitle: string
  whenLabel: string
  reason: string
  eventUrl: string
  locale: Locale
}

export function eventCancelledSubject(props: EventCancelledProps) {
  return getT(props.locale)('email.event_cancelled.subject', { title: props.eventTitle })
}

/** To everyone who answered: the event will not take place, and why. */
export default function EventCancelled({ name, eventTitle, whenLabel, reason, eventUrl, locale }: EventCancelledProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t('email.event_cancelled.preview', { title: eventTitle })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('email.event_cancelled.heading')}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>{t('email.event_cancelled.body', { title: eventTitle, when: whenLabel })}</Text>
      <Text>
        <strong>{t('email.event_cancelled.reason')}</strong> {reason}
      </Text>
      <Button href={eventUrl} style={buttonStyle}>
        {t('email.event_cancelled.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={eventUrl}>{eventUrl}</Link>
      </Text>
    </EmailLayout>
  )
}

EventCancelled.PreviewProps = {
  name: 'Jonas Albers',
  eventTitle: 'Interreligiöses Friedensgebet',
  whenLabel: 'Do., 3. Dez. 2026, 18:30–20:00',
  reason: 'Der Referent ist erkrankt. Wir laden zu einem neuen Termin ein.',
  eventUrl: 'http://localhost:3000/events/abc123',
  locale: 'de',
} satisfies EventCancelledProps
