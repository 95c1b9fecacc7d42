/**
 * Intercultural calendar of the Landkreis Osnabrück: religious observances,
 * public holidays and school holidays of Niedersachsen, and conflict checks
 * for events.
 */
export {
  TRADITIONS,
  IMPORTANCES,
  isTradition,
  type Tradition,
  type Importance,
  type IsoDate,
  type ClockTime,
  type LocalizedText,
  type Observance,
} from './types'
export {
  listObservances,
  listObservancesForYear,
  compareObservances,
  SUPPORTED_YEARS,
  type ListObservancesOptions,
} from './compute'
export {
  listObservanceConflicts,
  hasHighImportanceConflict,
  CONFLICT_REASONS,
  EVENING_STARTS_AT,
  TIME_ZONE,
  type Conflict,
  type ConflictReason,
  type ConflictOptions,
  type EventOccurrence,
} from './conflicts'
export { gregorianEaster, julianEaster, orthodoxEaster } from './easter'
export { julianToGregorian } from './dates'
export { SCHOOL_HOLIDAY_YEARS } from './school-holidays'
export { DATED_DATA_YEARS } from './others'
