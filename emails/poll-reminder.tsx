import { getT } from '../app/utils/i18n'
import { PollLinkMail, type PollInvitationProps } from './poll-invitation'

export type PollReminderProps = PollInvitationProps

export function pollReminderSubject(props: PollReminderProps) {
  return getT(props.locale)('rounds.email.reminder_subject', { round: props.roundTitle })
}

export default function PollReminder(props: PollReminderProps) {
  return <PollLinkMail props={props} kind="reminder" />
}

PollReminder.PreviewProps = {
  name: 'Jonas Albers',
  roundTitle: 'Runder Tisch der Religionen #4',
  networkName: 'Runder Tisch der Religionen im Landkreis Osnabrück',
  deadlineLabel: 'Fr., 11. Dez. 2026, 12:00',
  url: 'http://localhost:3000/polls/abcdefghijklmnopqrstuvwxyz234567',
  locale: 'de',
} satisfies PollReminderProps
