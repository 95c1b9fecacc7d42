/**
 * Languages an event can be held in (ISO 639-1; names: languageName in app/utils/i18n.ts). No dependencies:
 * the /events filter uses them in the browser without pulling in the form's schema.
 */
export const EVENT_LANGUAGES = ['de', 'en', 'ar', 'tr', 'ku', 'fa', 'ru', 'uk', 'pl', 'ro', 'sq', 'he', 'fr', 'ti', 'so', 'dgs'] as const
