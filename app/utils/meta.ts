import type { MetaDescriptor } from '@remix-run/node'
import { getT, isLocale, DEFAULT_LOCALE } from './i18n'

type Match = { id: string; data: unknown }

/** A translated <title>, using the locale the root loader chose. */
export function pageTitle(matches: Match[], key: string, values?: Record<string, unknown>): MetaDescriptor[] {
  const root = matches.find((match) => match.id === 'root')?.data as { locale?: string } | undefined
  const locale = isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE
  const t = getT(locale)
  return [{ title: `${t(key, values)} · ${t('app.name')}` }]
}
