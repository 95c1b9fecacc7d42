import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { SubscribeLinks } from '~/components/subscribe-links'
import { publicFeedUrl } from '~/domain/calendar/feeds.server'
import { useTranslation } from 'react-i18next'
import { ACCESSIBILITY_OPTIONS, EVENT_KINDS, ORGANISATION_TRADITIONS, type EventKind } from '../../db/schema/values'
import { EventCard } from '~/components/event-card'
import { EmptyState, FilterSelect, FlashMessage, PageHeader, Pagination } from '~/components/ui'
import { listFilterOptions, listMonthOccurrences, searchEvents, type EventFilters } from '~/domain/events/queries.server'
import { EVENT_LANGUAGES } from '~/domain/events/languages'
import { isModerator, listEditableOrganisations } from '~/domain/events/policy.server'
import { getPolicyViewer } from '~/utils/auth.server'
import { formatDate, formatRange, languageName, type Locale } from '~/utils/i18n'
import { pageTitle } from '~/utils/meta'
import { pageCount, readPage } from '~/utils/pagination'
import { addDays, berlinDate, berlinInstant } from '~/utils/time'

const PAGE_SIZE = 20

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'events.title')

/** Unknown filter values are ignored rather than answered with an error: a calendar link stays usable. */
function readFilters(url: URL): EventFilters {
  const get = (name: string) => url.searchParams.get(name)?.trim() || undefined
  const kind = get('kind')
  const language = get('language')
  const accessibility = get('accessibility')
  const tradition = get('tradition')
  return {
    q: get('q')?.slice(0, 100),
    tradition: tradition && (ORGANISATION_TRADITIONS as readonly string[]).includes(tradition) ? tradition : undefined,
    networkId: get('network'),
    municipalityId: get('municipality'),
    kind: kind && (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKind) : undefined,
    language: language && (EVENT_LANGUAGES as readonly string[]).includes(language) ? language : undefined,
    accessibility: accessibility && (ACCESSIBILITY_OPTIONS as readonly string[]).includes(accessibility) ? accessibility : undefined,
    archive: url.searchParams.get('archive') === '1',
  }
}

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const viewer = getPolicyViewer(request)
  const filters = readFilters(url)
  const view = url.searchParams.get('view') === 'month' && !filters.archive ? 'month' : 'list'
  const options = listFilterOptions()
  const feedUrl = publicFeedUrl({
    kind: filters.kind,
    tradition: filters.tradition,
    municipality: filters.municipalityId,
    network: filters.networkId ? options.networks.find((network) => network.id === filters.networkId)?.slug : undefined,
  })
  const links = { feedUrl, canCreate: viewer ? listEditableOrganisations(viewer).length > 0 : false, canModerate: isModerator(viewer) }
  if (view === 'month') {
    const requested = url.searchParams.get('month') ?? ''
    const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(requested) ? requested : berlinDate(Date.now()).slice(0, 7)
    const first = `${month}-01`
    const next = addDays(addDays(first, 27), 4).slice(0, 7) + '-01'
    const items = listMonthOccurrences({ viewer, filters, from: berlinInstant(first), to: berlinInstant(next) })
    const previous = addDays(first, -1).slice(0, 7)
    return { view, filters, options, links, month, previous, next: next.slice(0, 7), items, events: [], page: 1, pageCount: 1, total: items.length }
  }
  const { page, limit, offset } = readPage(url, PAGE_SIZE)
  const { rows, total } = searchEvents({ viewer, filters, limit, offset })
  return { view, filters, options, links, month: null, previous: null, next: null, items: [], events: rows, page, pageCount: pageCount(total, PAGE_SIZE), total }
}

/** Occurrences grouped by their Berlin day, in order. */
function days<T extends { occurrence: { start: Date | string } }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const day = berlinDate(new Date(item.occurrence.start))
    groups.set(day, [...(groups.get(day) ?? []), item])
  }
  return [...groups]
}

export default function Events() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const data = useLoaderData<typeof loader>()
  const { filters, options, view } = data
  const location = useLocation()
  const params = new URLSearchParams(location.search)
  const link = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    next.delete('page')
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key)
      else next.set(key, value)
    }
    return `?${next.toString()}`
  }
  const title = filters.archive ? t('events.archive.title') : t('events.title')
  return (
    <div className="container">
      <FlashMessage />
      <PageHeader title={title} intro={filters.archive ? t('events.archive.intro', { count: data.total }) : t('events.intro', { count: data.total })} />
      {data.links.canCreate || data.links.canModerate ? (
        <p className="button-row">
          {data.links.canCreate ? (
            <>
              <Link to="/events/new" className="button">
                {t('my_events.new')}
              </Link>
              <Link to="/me/events" className="button secondary">
                {t('my_events.title')}
              </Link>
            </>
          ) : null}
          {data.links.canModerate ? (
            <Link to="/moderation" className="button secondary">
              {t('moderation.title')}
            </Link>
          ) : null}
        </p>
      ) : null}
      <nav aria-label={t('events.views.label')} className="button-row view-switch">
        <Link to={link({ view: null, month: null, archive: null })} aria-current={view === 'list' && !filters.archive ? 'page' : undefined}>
          {t('events.views.list')}
        </Link>
        <Link to={link({ view: 'month', archive: null })} aria-current={view === 'month' ? 'page' : undefined}>
          {t('events.views.month')}
        </Link>
        <Link to={link({ view: null, month: null, archive: '1' })} aria-current={filters.archive ? 'page' : undefined}>
          {t('events.views.archive')}
        </Link>
      </nav>
      <Form method="get" className="filters card" role="search" aria-label={t('events.filters.label')}>
        {view === 'month' ? <input type="hidden" name="view" value="month" /> : null}
        {data.month ? <input type="hidden" name="month" value={data.month} /> : null}
        {filters.archive ? <input type="hidden" name="archive" value="1" /> : null}
        <div className="form-grid">
          <div className="field">
            <label htmlFor="filter-q">{t('events.filters.q')}</label>
            <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} />
          </div>
          <FilterSelect
            id="filter-tradition"
            name="tradition"
            label={t('events.filters.tradition')}
            value={filters.tradition}
            allLabel={t('events.filters.all')}
            options={ORGANISATION_TRADITIONS.map((tradition) => ({ value: tradition, label: t(`observances.traditions.${tradition}`) }))}
          />
          <FilterSelect
            id="filter-network"
            name="network"
            label={t('events.filters.network')}
            value={filters.networkId}
            allLabel={t('events.filters.all')}
            options={options.networks.map((n) => ({ value: n.id, label: n.name }))}
          />
          <FilterSelect
            id="filter-municipality"
            name="municipality"
            label={t('events.filters.municipality')}
            value={filters.municipalityId}
            allLabel={t('events.filters.all')}
            options={options.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          />
          <FilterSelect
            id="filter-kind"
            name="kind"
            label={t('events.filters.kind')}
            value={filters.kind}
            allLabel={t('events.filters.all')}
            options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
          />
          <FilterSelect
            id="filter-language"
            name="language"
            label={t('events.filters.language')}
            value={filters.language}
            allLabel={t('events.filters.all')}
            options={EVENT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
          />
          <FilterSelect
            id="filter-accessibility"
            name="accessibility"
            label={t('events.filters.accessibility')}
            value={filters.accessibility}
            allLabel={t('events.filters.all')}
            options={ACCESSIBILITY_OPTIONS.map((a) => ({ value: a, label: t(`events.accessibility.${a}`) }))}
          />
        </div>
        <button type="submit" className="button">
          {t('events.filters.submit')}
        </button>
      </Form>

      {view === 'month' && data.month ? (
        <section aria-labelledby="month-heading">
          <div className="section-head">
            <h2 id="month-heading">{formatDate(berlinInstant(`${data.month}-01`, '12:00'), locale, { dateStyle: undefined, month: 'long', year: 'numeric' })}</h2>
            <div className="button-row">
              <Link to={link({ month: data.previous })}>{t('events.views.previous_month')}</Link>
              <Link to={link({ month: data.next })}>{t('events.views.next_month')}</Link>
            </div>
          </div>
          {data.items.length === 0 ? (
            <EmptyState title={t('events.empty_month')} />
          ) : (
            <ol className="plain stack month-days">
              {days(data.items).map(([day, items]) => (
                <li key={day}>
                  <h3>{formatDate(berlinInstant(day, '12:00'), locale, { dateStyle: undefined, weekday: 'long', day: 'numeric', month: 'long' })}</h3>
                  <ul className="plain stack">
                    {items.map(({ event, occurrence }) => (
                      <li key={`${event.id}-${occurrence.originalDate}`} className="card">
                        <p className="when">
                          <time dateTime={new Date(occurrence.start).toISOString()}>
                            {formatRange(new Date(occurrence.start), new Date(occurrence.end), locale, event.allDay)}
                          </time>
                          {occurrence.status === 'cancelled' || event.status === 'cancelled' ? ` – ${t('events.occurrence_status.cancelled')}` : null}
                          {occurrence.status === 'moved' ? ` – ${t('events.occurrence_status.moved')}` : null}
                        </p>
                        <p>
                          <Link to={`/events/${event.id}`}>{event.title}</Link>
                        </p>
                        <p className="meta">{event.organisationName}</p>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : data.events.length === 0 ? (
        <EmptyState title={filters.archive ? t('events.archive.empty') : t('events.empty')} />
      ) : (
        <div className="grid">
          {data.events.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      )}
      {view === 'list' ? <Pagination page={data.page} pageCount={data.pageCount} search={location.search} /> : null}
      <SubscribeLinks feedUrl={data.links.feedUrl} title={t('events.subscribe_heading')} />
    </div>
  )
}
