import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { formatRange, type Locale } from '~/utils/i18n'

export type EventCardData = {
  id: string
  title: string
  kind: string
  status?: string
  startsAt: Date
  endsAt: Date
  allDay: boolean
  recurring?: boolean
  venueName: string | null
  onlineUrl: string | null
  organisationName: string
  municipalityName: string | null
}

export function EventCard({ event }: { event: EventCardData }) {
  const { t, i18n } = useTranslation()
  const place = event.venueName ?? (event.onlineUrl ? t('events.online') : null)
  return (
    <article className="card event-card">
      <p className="eyebrow">
        {t(`events.kinds.${event.kind}`)}
        {event.status === 'cancelled' ? <span className="badge"> · {t('events.statuses.cancelled')}</span> : null}
      </p>
      <h3>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <p className="when">
        <time dateTime={new Date(event.startsAt).toISOString()}>
          {formatRange(new Date(event.startsAt), new Date(event.endsAt), i18n.language as Locale, event.allDay)}
        </time>
        {event.recurring ? ` · ${t('events.detail.recurring')}` : null}
      </p>
      <p className="meta">
        {event.organisationName}
        {place ? ` · ${place}` : ''}
        {event.municipalityName ? ` · ${event.municipalityName}` : ''}
      </p>
    </article>
  )
}
