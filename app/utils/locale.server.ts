import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n'

export const LOCALE_COOKIE = 'dn_lang'

/** The user's setting, then the cookie, then Accept-Language, then German. */
export function resolveLocale(request: Request, userLocale?: string | null): Locale {
  if (isLocale(userLocale)) return userLocale
  const cookie = (request.headers.get('Cookie') ?? '').match(/(?:^|;\s*)dn_lang=([a-z]{2})/)?.[1]
  if (isLocale(cookie)) return cookie
  const accepted = (request.headers.get('Accept-Language') ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=')
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 }
    })
    .filter((entry) => entry.lang && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q)
  for (const entry of accepted) if (isLocale(entry.lang)) return entry.lang
  return DEFAULT_LOCALE
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=${60 * 60 * 24 * 365}`
}
