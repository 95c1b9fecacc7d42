import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type MinutesPublishedProps = {
  name: string
  roundTitle: string
  networkName: string
  /** The minutes page; it asks the reader to sign in (minutes are for the network's members only). */
  url: string
  locale: Locale
}

export function minutesPublishedSubject(props: MinutesPublishedProps) {
  return getT(props.locale)('rounds.email.minutes_subject', { round: props.roundTitle })
}

export default function MinutesPublished(props: MinutesPublishedProps) {
  const t = getT(props.locale)
  return (
    <EmailLayout locale={props.locale} preview={t('rounds.email.minutes_subject', { round: props.roundTitle })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('rounds.email.minutes_subject', { round: props.roundTitle })}
      </Heading>
      <Text>{t('email.greeting', { name: props.name })}</Text>
      <Text>{t('rounds.email.minutes_body', { round: props.roundTitle, network: props.networkName })}</Text>
      <Button href={props.url} style={buttonStyle}>
        {t('rounds.email.minutes_button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  )
}

MinutesPublished.PreviewProps = {
  name: 'Jonas Albers',
  roundTitle: 'Runder Tisch der Religionen #4',
  networkName: 'Runder Tisch der Religionen im Landkreis Osnabrück',
  url: 'http://localhost:3000/networks/runder-tisch/rounds/abc/minutes',
  locale: 'de',
} satisfies MinutesPublishedProps
