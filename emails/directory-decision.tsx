import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

/** The office's decision on an application or a profile change, to the applicant or the editors. */
export type DirectoryDecisionProps = {
  name: string
  organisationName: string
  kind: 'application' | 'profile'
  outcome: 'approved' | 'rejected'
  reason: string | null
  url: string
  locale: Locale
}

export function directoryDecisionSubject(props: DirectoryDecisionProps) {
  return getT(props.locale)(`email.directory_decision.subject_${props.kind}_${props.outcome}`, { organisation: props.organisationName })
}

export default function DirectoryDecision({ name, organisationName, kind, outcome, reason, url, locale }: DirectoryDecisionProps) {
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={directoryDecisionSubject({ name, organisationName, kind, outcome, reason, url, locale })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {organisationName}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>{t(`email.directory_decision.body_${kind}_${outcome}`, { organisation: organisationName })}</Text>
      {reason ? (
        <>
          <Text style={{ fontWeight: 700 }}>{t('email.directory_decision.reason')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{reason}</Text>
        </>
      ) : null}
      <Button href={url} style={buttonStyle}>
        {t(outcome === 'approved' ? 'email.directory_decision.view' : 'email.directory_decision.edit')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  )
}

DirectoryDecision.PreviewProps = {
  name: 'Jonas Albers',
  organisationName: 'Jüdische Gemeinde Osnabrück',
  kind: 'profile',
  outcome: 'rejected',
  reason: 'Die Telefonnummer gehört zu einer Privatperson. Bitte nennen Sie eine Nummer des Gemeindebüros.',
  url: 'http://localhost:3000/organisations/juedische-gemeinde-osnabrueck/edit',
  locale: 'de',
} satisfies DirectoryDecisionProps
