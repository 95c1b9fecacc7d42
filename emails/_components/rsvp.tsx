import { Button, Heading, Link, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'
import { getT, type Locale } from '../../app/utils/i18n'
import { EmailLayout, buttonStyle } from './layout'

/** What every RSVP mail says about the event; labels are formatted in the recipient's language when queued. */
export type RsvpMailEvent = {
  locale: Locale
  name: string | null
  eventTitle: string
  whenLabel: string
  place: string | null
}

export function RsvpMail({
  event,
  preview,
  heading,
  children,
}: {
  event: RsvpMailEvent
  preview: string
  heading: string
  children: ReactNode
}) {
  const t = getT(event.locale)
  return (
    <EmailLayout locale={event.locale} preview={preview}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {heading}
      </Heading>
      <Text>{event.name ? t('email.greeting', { name: event.name }) : t('rsvps.email.greeting_anonymous')}</Text>
      <Section style={{ borderLeft: '4px solid #005b7f', paddingLeft: '12px', margin: '16px 0' }}>
        <Text style={{ fontWeight: 700, margin: '0 0 4px' }}>{event.eventTitle}</Text>
        <Text style={{ margin: '0 0 4px' }}>
          {t('rsvps.email.when')}: {event.whenLabel}
        </Text>
        {event.place ? (
          <Text style={{ margin: 0 }}>
            {t('rsvps.email.where')}: {event.place}
          </Text>
        ) : null}
      </Section>
      {children}
    </EmailLayout>
  )
}

export function MailButton({ href, children, secondary = false }: { href: string; children: ReactNode; secondary?: boolean }) {
  return (
    <Button href={href} style={secondary ? { ...buttonStyle, backgroundColor: '#52606d', marginLeft: '8px' } : buttonStyle}>
      {children}
    </Button>
  )
}

export function LinkFallback({ locale, url }: { locale: Locale; url: string }) {
  const t = getT(locale)
  return (
    <Text style={{ fontSize: '13px' }}>
      {t('email.link_fallback')} <Link href={url}>{url}</Link>
    </Text>
  )
}

export const previewEvent: RsvpMailEvent = {
  locale: 'de',
  name: 'Leyla Demir',
  eventTitle: 'Interreligiöses Friedensgebet',
  whenLabel: 'Do., 3. Dez. 2026, 18:30–20:00',
  place: 'Marienkirche, Markt 1, 49074 Osnabrück',
}
