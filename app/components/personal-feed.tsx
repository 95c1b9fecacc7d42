import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { formatDate, type Locale } from '~/utils/i18n'

/**
 * The personal-feed section of the account page: whether an address exists, and a button that
 * POSTs to /account/feed to create one or replace it (the new address is shown there once).
 * Loader data: `getFeedTokenInfo(user.id)` from ~/domain/calendar/queries.server.
 */
export function PersonalFeedSection({ since }: { since: string | Date | null }) {
  const { t, i18n } = useTranslation()
  const locale = (i18n.language === 'en' ? 'en' : 'de') satisfies Locale
  return (
    <section className="card" aria-labelledby="personal-feed-heading">
      <h2 id="personal-feed-heading" className="h3">
        {t('calendar.personal.title')}
      </h2>
      <p>{t('calendar.personal.intro')}</p>
      <p>{since ? t('calendar.personal.since', { date: formatDate(new Date(since), locale) }) : t('calendar.personal.none')}</p>
      <p className="hint">{t('calendar.personal.secret')}</p>
      <Form method="post" action="/account/feed">
        <input type="hidden" name="intent" value="reset" />
        <button type="submit" className={since ? 'button secondary' : 'button'}>
          {since ? t('calendar.personal.reset') : t('calendar.personal.create')}
        </button>
      </Form>
    </section>
  )
}
