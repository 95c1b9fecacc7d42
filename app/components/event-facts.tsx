import { useTranslation } from 'react-i18next'
import { formatDateTime, formatRange, languageNames, type Locale } from '~/utils/i18n'

export type EventFactsData = {
  startsAt: number
  endsAt: number
  allDay: boolean
  place: string | null
  languages: string[]
  rsvpDeadline: number | null
}

/** When, where, languages and the answer deadline, in Europe/Berlin. */
export function EventFacts({ event }: { event: EventFactsData }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  return (
    <dl className="facts">
      <dt>{t('rsvps.page.when')}</dt>
      <dd>{formatRange(event.startsAt, event.endsAt, locale, event.allDay)}</dd>
      {event.place ? (
        <>
          <dt>{t('rsvps.page.where')}</dt>
          <dd>{event.place}</dd>
        </>
      ) : null}
      {event.languages.length > 0 ? (
        <>
          <dt>{t('rsvps.page.languages')}</dt>
          <dd>
            {languageNames(event.languages, locale)}
          </dd>
        </>
      ) : null}
      {event.rsvpDeadline ? (
        <>
          <dt>{t('rsvps.page.deadline')}</dt>
          <dd>{formatDateTime(event.rsvpDeadline, locale)}</dd>
        </>
      ) : null}
    </dl>
  )
}
