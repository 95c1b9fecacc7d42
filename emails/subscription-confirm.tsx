import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

/** Double opt-in: this mail only asks for confirmation and carries no news. */
export type SubscriptionConfirmProps = { url: string; days: number; locale: Locale }

export function subscriptionConfirmSubject(props: SubscriptionConfirmProps) {
  return getT(props.locale)('mail.confirm_mail.subject')
}

export default function SubscriptionConfirm({ url, days, locale }: SubscriptionConfirmProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t('mail.confirm_mail.preview')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('mail.confirm_mail.heading')}
      </Heading>
      <Text>{t('mail.confirm_mail.body', { days })}</Text>
      <Button href={url} style={buttonStyle}>
        {t('mail.confirm_mail.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px' }}>{t('mail.confirm_mail.ignore')}</Text>
    </EmailLayout>
  )
}

SubscriptionConfirm.PreviewProps = {
  url: 'http://localhost:3000/subscribe/confirm/abcdefghijklmnopqrstuvwxyz234567',
  days: 7,
  locale: 'de',
} satisfies SubscriptionConfirmProps
