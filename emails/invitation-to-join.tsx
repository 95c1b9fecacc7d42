import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type InvitationToJoinProps = {
  name: string
  invitedBy: string
  organisationName: string | null
  url: string
  days: number
  locale: Locale
}

export function invitationToJoinSubject(props: InvitationToJoinProps) {
  return getT(props.locale)('email.invitation.subject')
}

export default function InvitationToJoin({ name, invitedBy, organisationName, url, days, locale }: InvitationToJoinProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t('email.invitation.preview')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('email.invitation.heading')}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>{t('email.invitation.body', { invitedBy })}</Text>
      {organisationName ? <Text>{t('email.invitation.organisation', { organisation: organisationName })}</Text> : null}
      <Text>{t('email.invitation.what')}</Text>
      <Button href={url} style={buttonStyle}>
        {t('email.invitation.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px' }}>{t('email.invitation.valid', { days })}</Text>
    </EmailLayout>
  )
}

InvitationToJoin.PreviewProps = {
  name: 'Jonas Albers',
  invitedBy: 'Büro des Integrationsbeauftragten',
  organisationName: 'Jüdische Gemeinde Osnabrück',
  url: 'http://localhost:3000/auth/abcdefghijklmnopqrstuvwxyz234567',
  days: 7,
  locale: 'de',
} satisfies InvitationToJoinProps
