import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** The webcal:// form of a feed address: calendar programs open it as a subscription. */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, 'webcal://')
}

/**
 * "Subscribe": a webcal:// link, the https:// address to copy and short how-tos for Outlook, Google
 * and Apple. `feedUrl` is absolute (build it in the loader with absoluteUrl('/calendar.ics?…')).
 */
export function SubscribeLinks({ feedUrl, title }: { feedUrl: string; title?: string }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="card subscribe-links" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="h3">
        {title ?? t('calendar.subscribe.title')}
      </h2>
      <p>{t('calendar.subscribe.intro')}</p>
      <div className="button-row">
        <a className="button" href={webcalUrl(feedUrl)}>
          {t('calendar.subscribe.webcal')}
        </a>
        <a className="button secondary" href={feedUrl} download>
          {t('calendar.subscribe.download')}
        </a>
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('calendar.subscribe.address')}</label>
        <input
          id={`${id}-url`}
          type="url"
          readOnly
          value={feedUrl}
          onFocus={(event) => event.currentTarget.select()}
          style={{ width: '100%' }}
        />
      </div>
      <h3>{t('calendar.subscribe.howto')}</h3>
      <details>
        <summary>{t('calendar.subscribe.outlook')}</summary>
        <p>{t('calendar.subscribe.outlook_steps')}</p>
      </details>
      <details>
        <summary>{t('calendar.subscribe.google')}</summary>
        <p>{t('calendar.subscribe.google_steps')}</p>
      </details>
      <details>
        <summary>{t('calendar.subscribe.apple')}</summary>
        <p>{t('calendar.subscribe.apple_steps')}</p>
      </details>
    </section>
  )
}
