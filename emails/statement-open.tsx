import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type StatementOpenProps = {
  name: string
  statementTitle: string
  networkName: string
  /** The statement's page for the network's members; it asks the reader to sign in. */
  url: string
  locale: Locale
}

export function statementOpenSubject(props: StatementOpenProps) {
  return getT(props.locale)('statements.email.open_subject', { title: props.statementTitle })
}

export default function StatementOpen(props: StatementOpenProps) {
  const t = getT(props.locale)
  return (
    <EmailLayout locale={props.locale} preview={t('statements.email.open_subject', { title: props.statementTitle })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('statements.email.open_subject', { title: props.statementTitle })}
      </Heading>
      <Text>{t('email.greeting', { name: props.name })}</Text>
      <Text>{t('statements.email.open_body', { title: props.statementTitle, network: props.networkName })}</Text>
      <Button href={props.url} style={buttonStyle}>
        {t('statements.email.open_button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  )
}

StatementOpen.PreviewProps = {
  name: 'Miriam Goldberg',
  statementTitle: 'Gemeinsam gegen Hass: Erklärung der Religionsgemeinschaften',
  networkName: 'Runder Tisch der Religionen im Landkreis Osnabrück',
  url: 'http://localhost:3000/networks/runder-tisch-der-religionen/rounds/statements/abc',
  locale: 'de',
} satisfies StatementOpenProps
