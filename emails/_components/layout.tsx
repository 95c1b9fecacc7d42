import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'
import { getT, type Locale } from '../../app/utils/i18n'

export function EmailLayout({ locale, preview, children }: { locale: Locale; preview: string; children: ReactNode }) {
  const t = getT(locale)
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f4f6f8', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1b2733' }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px', borderTop: '4px solid #005b7f' }}>
          <Text style={{ fontSize: '14px', fontWeight: 700, color: '#005b7f', margin: 0 }}>{t('app.name')}</Text>
          <Text style={{ fontSize: '12px', color: '#52606d', marginTop: 0 }}>{t('app.owner')}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={{ fontSize: '12px', color: '#52606d' }}>{t('email.footer')}</Text>
        </Container>
      </Body>
    </Html>
  )
}

export const buttonStyle = {
  backgroundColor: '#005b7f',
  color: '#ffffff',
  padding: '12px 20px',
  borderRadius: '6px',
  fontWeight: 700,
  textDecoration: 'none',
  display: 'inline-block',
} as const
