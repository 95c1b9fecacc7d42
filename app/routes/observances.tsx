import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '~/components/ui'
import { isTradition, listObservancesForYear, TRADITIONS, type Tradition } from '~/domain/observances'
import { berlinDate } from '~/utils/time'
import { formatDate, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'observances.title')

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const thisYear = Number(berlinDate(Date.now()).slice(0, 4))
  const requested = Number(url.searchParams.get('year') ?? thisYear)
  const year = Number.isInteger(requested) && requested >= 1900 && requested <= 2200 ? requested : thisYear
  const selected = url.searchParams.getAll('tradition').filter((t): t is Tradition => isTradition(t))
  const observances = listObservancesForYear(year, selected.length ? selected : undefined).map((o) => ({
    id: o.id,
    tradition: o.tradition,
    name: o.name,
    note: o.note,
    start: o.start,
    end: o.end,
    beginsPreviousEvening: o.beginsPreviousEvening,
    uncertaintyDays: o.uncertaintyDays,
    importance: o.importance,
  }))
  return { year, selected, observances }
}

const dateOf = (iso: string) => new Date(`${iso}T12:00:00Z`)

export default function Observances() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const { year, selected, observances } = useLoaderData<typeof loader>()
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
  const query = selected.map((s) => `&tradition=${s}`).join('')
  return (
    <div className="container">
      <PageHeader title={t('observances.title')} intro={t('observances.intro')} />
      <nav aria-label={t('observances.years')} className="button-row">
        <Link to={`?year=${year - 1}${query}`}>{t('observances.previous_year', { year: year - 1 })}</Link>
        <Link to={`?year=${year + 1}${query}`}>{t('observances.next_year', { year: year + 1 })}</Link>
        <a href={`/observances.json?from=${year}-01-01&to=${year}-12-31&lang=${locale}`}>{t('observances.json')}</a>
      </nav>
      <Form method="get" className="card filters">
        <input type="hidden" name="year" value={year} />
        <fieldset className="checkboxes">
          <legend>{t('observances.filter')}</legend>
          {TRADITIONS.map((tradition) => (
            <label key={tradition} className="checkbox">
              <input type="checkbox" name="tradition" value={tradition} defaultChecked={selected.includes(tradition)} />{' '}
              {t(`observances.traditions.${tradition}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t('observances.apply')}
        </button>
      </Form>
      <h2>{t('observances.year_heading', { year })}</h2>
      {months.map((month) => {
        const inMonth = observances.filter((o) => o.start.slice(0, 7) === month || (o.start.slice(0, 7) < month && o.end.slice(0, 7) >= month))
        return (
          <section key={month} aria-labelledby={`month-${month}`}>
            <h3 id={`month-${month}`}>{formatDate(dateOf(`${month}-01`), locale, { dateStyle: undefined, month: 'long', year: 'numeric' })}</h3>
            {inMonth.length === 0 ? (
              <EmptyState title={t('observances.none')} />
            ) : (
              <ul className="plain observance-list">
                {inMonth.map((o) => (
                  <li key={`${month}-${o.id}`} className={`observance importance-${o.importance}`}>
                    <p className="when">
                      {o.start === o.end
                        ? formatDate(dateOf(o.start), locale, { dateStyle: undefined, weekday: 'short', day: 'numeric', month: 'short' })
                        : `${formatDate(dateOf(o.start), locale, { dateStyle: undefined, day: 'numeric', month: 'short' })} – ${formatDate(dateOf(o.end), locale, { dateStyle: undefined, day: 'numeric', month: 'short' })}`}
                    </p>
                    <p>
                      <strong>{o.name[locale]}</strong> · {t(`observances.traditions.${o.tradition}`)} · {t(`observances.importance.${o.importance}`)}
                    </p>
                    <p className="meta">
                      {/[.!?]$/.test(o.note[locale]) ? o.note[locale] : `${o.note[locale]}.`}
                      {o.beginsPreviousEvening ? ` ${t('observances.begins_evening')}` : ''}
                      {o.uncertaintyDays ? ` ${t('observances.uncertain', { count: o.uncertaintyDays })}` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
