import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

/** The yearly question to an organisation's editors: is the entry still right? */
export type DirectoryConfirmationRequestProps = {
  name: string
  organisationName: string
  confirmUrl: string
  editUrl: string
  days: number
  locale: Locale
}

export function directoryConfirmationRequestSubject(props: DirectoryConfirmationRequestProps) {
  return getT(props.locale)('email.directory_confirmation.subject', { organisation: props.organisationName })
}

export default function DirectoryConfirmationRequest({ name, organisationName, confirmUrl, editUrl, days, locale }: DirectoryConfirmationRequestProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t('email.directory_confirmation.preview')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('email.directory_confirmation.heading')}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>{t('email.directory_confirmation.body', { organisation: organisationName })}</Text>
      <Button href={confirmUrl} style={buttonStyle}>
        {t('email.directory_confirmation.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={confirmUrl}>{confirmUrl}</Link>
      </Text>
      <Text>
        {t('email.directory_confirmation.update')} <Link href={editUrl}>{editUrl}</Link>
      </Text>
      <Text style={{ fontSize: '13px' }}>{t('email.directory_confirmation.valid', { days })}</Text>
    </EmailLayout>
  )
}

DirectoryConfirmationRequest.PreviewProps = {
  name: 'Jonas Albers',
  organisationName: 'Jüdische Gemeinde Osnabrück',
  confirmUrl: 'http://localhost:3000/organisations/confirm/abcdefghijklmnopqrstuvwxyz234567',
  editUrl: 'http://localhost:3000/organisations/juedische-gemeinde-osnabrueck/edit',
  days: 60,
  locale: 'de',
} satisfies DirectoryConfirmationRequestProps
