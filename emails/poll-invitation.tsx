import { Button, Heading, Link, Text } from '@react-email/components'
import { getT, type Locale } from '../app/utils/i18n'
import { EmailLayout, buttonStyle } from './_components/layout'

export type PollInvitationProps = {
  name: string
  roundTitle: string
  networkName: string
  deadlineLabel: string
  /** The personal poll link /polls/:token. */
  url: string
  locale: Locale
}

export function pollInvitationSubject(props: PollInvitationProps) {
  return getT(props.locale)('rounds.email.invitation_subject', { round: props.roundTitle })
}

/** Shared by the invitation and the reminder: only heading and intro differ. */
export function PollLinkMail({ props, kind }: { props: PollInvitationProps; kind: 'invitation' | 'reminder' }) {
  const { name, roundTitle, networkName, deadlineLabel, url, locale } = props
  const t = getT(locale)
  return (
    <EmailLayout locale={locale} preview={t(kind === 'invitation' ? 'rounds.email.invitation_preview' : 'rounds.email.reminder_preview', { round: roundTitle })}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t(kind === 'invitation' ? 'rounds.email.invitation_heading' : 'rounds.email.reminder_heading', { round: roundTitle })}
      </Heading>
      <Text>{t('email.greeting', { name })}</Text>
      <Text>
        {t(kind === 'invitation' ? 'rounds.email.invitation_body' : 'rounds.email.reminder_body', { round: roundTitle, network: networkName })}
      </Text>
      <Text>{t('rounds.email.deadline', { deadline: deadlineLabel })}</Text>
      <Button href={url} style={buttonStyle}>
        {t('rounds.email.button')}
      </Button>
      <Text style={{ fontSize: '13px' }}>
        {t('email.link_fallback')} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px' }}>{t('rounds.email.personal')}</Text>
    </EmailLayout>
  )
}

export default function PollInvitation(props: PollInvitationProps) {
  return <PollLinkMail props={props} kind="invitation" />
}

PollInvitation.PreviewProps = {
  name: 'Jonas Albers',
  roundTitle: 'Runder Tisch der Religionen #4',
  networkName: 'Runder Tisch der Religionen im Landkreis Osnabrück',
  deadlineLabel: 'Fr., 11. Dez. 2026, 12:00',
  url: 'http://localhost:3000/polls/abcdefghijklmnopqrstuvwxyz234567',
  locale: 'de',
} satisfies PollInvitationProps
