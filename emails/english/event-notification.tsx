// The English preview of the immediate notification for `npm run email:dev`.
import EventNotification, { type EventNotificationProps } from '../event-notification'

export default function EventNotificationEnglish(props: EventNotificationProps) {
  return <EventNotification {...props} />
}

EventNotificationEnglish.PreviewProps = {
  ...EventNotification.PreviewProps,
  when: 'Thu, 3 Dec 2026, 18:30–20:00',
  locale: 'en',
} satisfies EventNotificationProps
