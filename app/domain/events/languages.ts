/**
 * Languages an event can be held in (ISO 639-1) and their names from Intl.DisplayNames. No dependencies:
 * the /events filter uses them in the browser without pulling in the form's schema.
 */
export const EVENT_LANGUAGES = ['de', 'en', 'ar', 'tr', 'ku', 'fa', 'ru', 'uk', 'pl', 'ro', 'sq', 'he', 'fr', 'ti', 'so', 'dgs'] as const

const displayNames = new Map<string, Intl.DisplayNames>()

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
