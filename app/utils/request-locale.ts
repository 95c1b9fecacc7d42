import { createContext, useContext } from 'react'
import { isLocale, type Locale } from './i18n'

/**
 * The visitor's language when the root loader did not run: Remix skips it when an action throws
 * (the root's ErrorBoundary catches), so a thrown 4xx of an action would otherwise be German for everyone.
 * The server provides it from the request (entry.server.tsx); in the browser it is the `<html lang>` the server rendered.
 */
export const RequestLocaleContext = createContext<Locale | undefined>(undefined)

export function useRequestLocale(): Locale | undefined {
  const provided = useContext(RequestLocaleContext)
  if (provided) return provided
  if (typeof document === 'undefined') return undefined
  const lang = document.documentElement.lang
  return isLocale(lang) ? lang : undefined
}
