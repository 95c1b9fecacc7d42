import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type SignInLinkProps = { name: string; url: string; minutes: number; locale: Locale }

export function signInLinkSubject(props: SignInLinkProps) {
  return getT(props.locale)('email.sign_in.subject')
}

export default function SignInLink({ name, url, minutes, locale }: SignInLinkProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t('email.sign_in.preview')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('email.sign_in.heading')}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>{t('email.sign_in.body', { minutes })}</Text>
      <Button href={url} style={buttonStyle}>
        {t('email.sign_in.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px' }}>{t('email.sign_in.ignore')}</Text>
    </EmailLayout>
  )
}

SignInLink.PreviewProps = {
  name: 'Leyla Demir',
  url: 'http://localhost:3000/auth/abcdefghijklmnopqrstuvwxyz234567',
  minutes: 10,
  locale: 'de',
} satisfies SignInLinkProps
