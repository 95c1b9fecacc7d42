import i18next, { type Resource, type TFunction, type i18n } from 'i18next'

export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'de'
export const TIME_ZONE = 'Europe/Berlin'

/**
 * The strings of each language. The server (and every script or test) loads all languages here;
 * the browser loads only the page's language from /locales/<lng>.json before it hydrates
 * (app/entry.client.tsx), so the client bundle carries no strings.
 */
const resources: Resource = {}

export function registerResources(locale: string, strings: Record<string, unknown>) {
  resources[locale] = { translation: strings }
}

if (typeof window === 'undefined') {
  const all = await import('../locales')
  registerResources('de', all.de)
  registerResources('en', all.en)
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Right-to-left languages (Arabic, Persian, Kurdish Sorani) join later; the layout already follows `dir`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return ['ar', 'fa', 'ckb', 'he'].includes(locale) ? 'rtl' : 'ltr'
}

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

const shared = new Map<Locale, i18n>()

/**
 * One instance per language for the server (pages, server code, emails): nothing changes its language, so
 * requests can share it instead of initialising a new one each time. The browser creates its own (createI18n).
 */
export function getServerI18n(locale: Locale): i18n {
  let instance = shared.get(locale)
  if (!instance) {
    instance = createI18n(locale)
    shared.set(locale, instance)
  }
  return instance
}

/** A translation function for server code and emails. */
export function getT(locale: Locale): TFunction {
  return getServerI18n(locale).t
}

const intlLocale = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB')

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per locale and options: creating an Intl.DateTimeFormat costs far more than formatting with it. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options)
    formatters.set(key, format)
  }
  return format
}

/** Dates and times always in Europe/Berlin, whatever the server's own zone. */
export function formatDateTime(value: Date | number, locale: Locale, options?: Intl.DateTimeFormatOptions): string {
  return formatter(locale, { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short', ...options }).format(value)
}

export function formatDate(value: Date | number, locale: Locale, options?: Intl.DateTimeFormatOptions): string {
  return formatter(locale, { timeZone: TIME_ZONE, dateStyle: 'medium', ...options }).format(value)
}

/** "Do., 3. Dez. 2026, 18:30–20:00" */
export function formatRange(start: Date | number, end: Date | number, locale: Locale, allDay = false): string {
  return formatter(locale, {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(allDay ? {} : { hour: '2-digit', minute: '2-digit' }),
  }).formatRange(start, end)
}

const displayNames = new Map<string, Intl.DisplayNames>()

/** A language code's name in the reader's language ("tr" → "Türkisch"); German Sign Language has no ISO 639-1 code. */
export function languageName(code: string, locale: string): string {
  if (code === 'dgs') return locale === 'de' ? 'Deutsche Gebärdensprache' : 'German Sign Language'
  try {
    let names = displayNames.get(locale)
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' })
      displayNames.set(locale, names)
    }
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** "de, tr" → "Deutsch, Türkisch" */
export function languageNames(codes: string[], locale: string): string {
  return codes.map((code) => languageName(code, locale)).join(', ')
}
