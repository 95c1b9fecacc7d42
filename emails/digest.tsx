import { Button, Heading, Hr, Link, Section, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type DigestEvent = {
  id: string
  title: string
  when: string
  place: string | null
  organiser: string
  url: string
  isNew: boolean
}
export type DigestProps = {
  audience: 'member' | 'public'
  period: 'weekly' | 'monthly'
  periodLabel: string
  weeks: Array<{ label: string; events: DigestEvent[] }>
  invitations: Array<{ id: string; title: string; when: string; url: string }>
  changes: Array<{ id: string; title: string; when: string; kind: 'changed' | 'cancelled'; url: string }>
  observances: Array<{ name: string; dates: string }>
  unsubscribeUrl: string
  locale: Locale
}

export function digestSubject(props: DigestProps) {
  const t = getT(props.locale)
  return t(props.period === 'weekly' ? 'mail.digest.subject_weekly' : 'mail.digest.subject_monthly', { period: props.periodLabel })
}

const small = { fontSize: '13px', color: '#52606d', margin: '0 0 4px' } as const

/** The digest: invitations waiting for an answer, the next four weeks by week, changes, observances. No tracking. */
export default function Digest(props: DigestProps) {
  const t = getT(props.locale)
  return (
    <EmailLayout locale={props.locale} preview={t('mail.digest.preview')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {props.audience === 'public' ? t('mail.digest.heading_public') : t('mail.digest.heading')}
      </Heading>
      {props.invitations.length > 0 ? (
        <Section>
          <Heading as="h2" style={{ fontSize: '18px' }}>
            {t('mail.digest.invitations')}
          </Heading>
          <Text>{t('mail.digest.invitations_intro')}</Text>
          {props.invitations.map((invitation) => (
            <Section key={invitation.id} style={{ marginBottom: '16px' }}>
              <Text style={{ fontWeight: 700, margin: '0 0 4px' }}>{invitation.title}</Text>
              <Text style={small}>{invitation.when}</Text>
              <Button href={invitation.url} style={buttonStyle}>
                {t('mail.digest.answer')}
              </Button>
            </Section>
          ))}
        </Section>
      ) : null}
      {props.weeks.length > 0 ? (
        <Section>
          <Heading as="h2" style={{ fontSize: '18px' }}>
            {t('mail.digest.events')}
          </Heading>
          {props.weeks.map((week) => (
            <Section key={week.label}>
              <Heading as="h3" style={{ fontSize: '16px' }}>
                {t('mail.digest.week', { date: week.label })}
              </Heading>
              {week.events.map((event) => (
                <Section key={event.id} style={{ marginBottom: '12px' }}>
                  <Text style={{ fontWeight: 700, margin: '0 0 4px' }}>
                    {event.isNew ? `${t('mail.digest.new')}: ` : ''}
                    <Link href={event.url}>{event.title}</Link>
                  </Text>
                  <Text style={small}>{event.when}</Text>
                  {event.place ? <Text style={small}>{event.place}</Text> : null}
                  <Text style={small}>{t('mail.digest.organiser', { organisation: event.organiser })}</Text>
                </Section>
              ))}
            </Section>
          ))}
        </Section>
      ) : null}
      {props.changes.length > 0 ? (
        <Section>
          <Heading as="h2" style={{ fontSize: '18px' }}>
            {t('mail.digest.changes')}
          </Heading>
          {props.changes.map((change) => (
            <Text key={change.id}>
              {change.kind === 'cancelled' ? t('mail.digest.cancelled') : t('mail.digest.changed')}: <Link href={change.url}>{change.title}</Link> – {change.when}
            </Text>
          ))}
        </Section>
      ) : null}
      {props.observances.length > 0 ? (
        <Section>
          <Heading as="h2" style={{ fontSize: '18px' }}>
            {t('mail.digest.observances')}
          </Heading>
          {props.observances.map((observance) => (
            <Text key={`${observance.name}-${observance.dates}`} style={{ margin: '0 0 4px' }}>
              {observance.dates}: {observance.name}
            </Text>
          ))}
        </Section>
      ) : null}
      <Hr />
      <Text style={{ fontSize: '12px', color: '#52606d' }}>
        {t('mail.digest.unsubscribe')} <Link href={props.unsubscribeUrl}>{props.unsubscribeUrl}</Link>
      </Text>
    </EmailLayout>
  )
}

Digest.PreviewProps = {
  audience: 'member',
  period: 'weekly',
  periodLabel: 'KW 49',
  weeks: [
    {
      label: 'Mo., 30. Nov. 2026',
      events: [
        {
          id: 'e1',
          title: 'Interreligiöses Friedensgebet',
          when: 'Do., 3. Dez. 2026, 18:30–20:00',
          place: 'Marienkirche, Osnabrück',
          organiser: 'Rat der Religionen Osnabrück',
          url: 'http://localhost:3000/events/e1',
          isNew: true,
        },
      ],
    },
  ],
  invitations: [{ id: 'i1', title: 'Netzwerktreffen Dialog', when: 'Di., 8. Dez. 2026, 17:00–19:00', url: 'http://localhost:3000/events/i1' }],
  changes: [{ id: 'c1', title: 'Offene Moschee', when: 'Sa., 12. Dez. 2026', kind: 'cancelled', url: 'http://localhost:3000/events/c1' }],
  observances: [{ name: 'Chanukka', dates: '5.–12. Dez.' }],
  unsubscribeUrl: 'http://localhost:3000/unsubscribe/abcdefghijklmnopqrstuvwxyz234567',
  locale: 'de',
} satisfies DigestProps
