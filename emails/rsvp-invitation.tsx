import { Text } from '@react-email/components'
import { getT } from '../app/utils/i18n'
import { LinkFallback, MailButton, RsvpMail, previewEvent, type RsvpMailEvent } from './_components/rsvp'

export type RsvpInvitationProps = RsvpMailEvent & {
  organiser: string
  summary: string
  languages: string
  yesUrl: string
  maybeUrl: string
  noUrl: string
  reminder: boolean
  /** Titles of a dialogue round's accepted agenda topics, in order (empty for other events). */
  agenda?: string[]
  /** Open tasks from the series' earlier rounds: who does what by when (YYYY-MM-DD), for a round's agenda. */
  openTasks?: { what: string; who: string; dueOn: string | null }[]
}

export function rsvpInvitationSubject(props: RsvpInvitationProps) {
  const t = getT(props.locale)
  return props.reminder
    ? t('rsvps.email.invitation.subject_reminder', { title: props.eventTitle })
    : t('rsvps.email.invitation.subject', { title: props.eventTitle })
}

export default function RsvpInvitation(props: RsvpInvitationProps) {
  const t = getT(props.locale)
  return (
    <RsvpMail event={props} preview={t('rsvps.email.invitation.preview', { organiser: props.organiser })} heading={props.eventTitle}>
      {props.reminder ? <Text>{t('rsvps.email.invitation.reminder_intro')}</Text> : null}
      <Text>{t('rsvps.email.invitation.body', { organiser: props.organiser })}</Text>
      {props.summary ? <Text>{props.summary}</Text> : null}
      {props.agenda?.length ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t('rounds.agenda.event_heading')}</Text>
          <Text style={{ marginTop: 0 }}>
            {props.agenda.map((title, index) => (
              <span key={index}>
                {index + 1}. {title}
                <br />
              </span>
            ))}
          </Text>
        </>
      ) : null}
      {props.openTasks?.length ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t('rounds.tasks.open_before')}</Text>
          <Text style={{ marginTop: 0 }}>
            {props.openTasks.map((task, index) => (
              <span key={index}>
                – {task.what} ({task.who}
                {task.dueOn ? `, ${t('rounds.tasks.due', { date: task.dueOn })}` : ''})
                <br />
              </span>
            ))}
          </Text>
        </>
      ) : null}
      {props.languages ? <Text>{t('rsvps.email.invitation.languages', { languages: props.languages })}</Text> : null}
      <Text>{t('rsvps.email.invitation.food')}</Text>
      <Text>{t('rsvps.email.invitation.question')}</Text>
      <MailButton href={props.yesUrl}>{t('rsvps.answers.yes_button')}</MailButton>
      <MailButton href={props.maybeUrl} secondary>
        {t('rsvps.answers.maybe_button')}
      </MailButton>
      <MailButton href={props.noUrl} secondary>
        {t('rsvps.answers.no_button')}
      </MailButton>
      <Text style={{ fontSize: '13px' }}>{t('rsvps.email.invitation.personal')}</Text>
      <LinkFallback locale={props.locale} url={props.yesUrl} />
    </RsvpMail>
  )
}

RsvpInvitation.PreviewProps = {
  ...previewEvent,
  organiser: 'Runder Tisch der Religionen Osnabrück',
  summary: 'Gemeinsames Gebet der Religionsgemeinschaften für den Frieden, anschließend Tee und Gespräch.',
  languages: 'Deutsch, Türkisch, Arabisch',
  yesUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567?answer=yes',
  maybeUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567?answer=maybe',
  noUrl: 'http://localhost:3000/r/abcdefghijklmnopqrstuvwxyz234567?answer=no',
  reminder: false,
  agenda: ['Begrüßung durch die gastgebende Gemeinde', 'Friedensgebet im Advent: Ablauf und Texte'],
  openTasks: [{ what: 'Raum für das Friedensgebet anfragen', who: 'Moscheegemeinde', dueOn: '2026-12-01' }],
} satisfies RsvpInvitationProps
