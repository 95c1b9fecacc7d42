/**
 * School holidays (Schulferien) of Niedersachsen, 2025/26 to 2028.
 *
 * School holidays follow no rule, so they are kept as dated data. Sources:
 * – Niedersächsisches Kultusministerium, "Ferienordnung für die Schuljahre
 *   2024/25 bis 2029/30" (Schulferientermine, published Nov. 2022: "Ferientermine
 *   bis 2030 vorgestellt"); Sommerferien as in the KMK "Ferienregelung
 *   Sommerferien 2025–2030" (Beschluss der KMK).
 * – Cross-checked: 2025/26 and 2026 against the Kreiselternrat Wittmund's copy
 *   of the MK dates (ker-wtm.de/eltern-arbeit/ferientermine, Stand Oktober
 *   2025); 2027 and 2028 against the dataset of deutsche-schulferien-api
 *   (which mirrors the ministries' lists). Each Sommerferien begins on a
 *   Thursday and ends on a Wednesday, as the MK's Ferienordnung prescribes.
 * Dates are first and last day off school (inclusive); weekends that merely
 * adjoin a holiday are not added. The East Frisian islands have their own dates.
 */
import { observance } from './build'
import { yearOf } from './dates'
import type { IsoDate, LocalizedText, Observance } from './types'

type SchoolHolidayKind =
  | 'herbstferien'
  | 'weihnachtsferien'
  | 'halbjahresferien'
  | 'osterferien'
  | 'pfingstferien'
  | 'sommerferien'
  | 'ferientag'

const NAMES: Record<SchoolHolidayKind, LocalizedText> = {
  herbstferien: { de: 'Herbstferien', en: 'Autumn school holidays' },
  weihnachtsferien: { de: 'Weihnachtsferien', en: 'Christmas school holidays' },
  halbjahresferien: { de: 'Halbjahresferien (Winterferien)', en: 'Mid-year school holidays (winter)' },
  osterferien: { de: 'Osterferien', en: 'Easter school holidays' },
  pfingstferien: { de: 'Pfingstferien', en: 'Whitsun school holidays' },
  sommerferien: { de: 'Sommerferien', en: 'Summer school holidays' },
  ferientag: { de: 'Beweglicher Ferientag (schulfrei)', en: 'Additional school day off (bridge day)' },
}

interface SchoolHoliday {
  kind: SchoolHolidayKind
  start: IsoDate
  end: IsoDate
}

// Niedersachsen, source per entry (MK = Niedersächsisches Kultusministerium, Ferienordnung 2024/25–2029/30).
const NI_SCHOOL_HOLIDAYS: SchoolHoliday[] = [
  { kind: 'weihnachtsferien', start: '2025-12-22', end: '2026-01-05' }, // MK; ker-wtm.de (Stand 10/2025)
  { kind: 'halbjahresferien', start: '2026-02-02', end: '2026-02-03' }, // MK; ker-wtm.de
  { kind: 'osterferien', start: '2026-03-23', end: '2026-04-07' }, // MK; ker-wtm.de
  { kind: 'ferientag', start: '2026-05-15', end: '2026-05-15' }, // MK: Tag nach Himmelfahrt; ker-wtm.de
  { kind: 'pfingstferien', start: '2026-05-26', end: '2026-05-26' }, // MK; ker-wtm.de
  { kind: 'sommerferien', start: '2026-07-02', end: '2026-08-12' }, // KMK Sommerferienregelung 2025–2030; MK
  { kind: 'herbstferien', start: '2026-10-12', end: '2026-10-24' }, // MK; ker-wtm.de
  { kind: 'weihnachtsferien', start: '2026-12-23', end: '2027-01-09' }, // MK; ker-wtm.de
  { kind: 'halbjahresferien', start: '2027-02-01', end: '2027-02-02' }, // MK; deutsche-schulferien-api
  { kind: 'osterferien', start: '2027-03-22', end: '2027-04-03' }, // MK; deutsche-schulferien-api
  { kind: 'ferientag', start: '2027-05-07', end: '2027-05-07' }, // MK: Tag nach Himmelfahrt; deutsche-schulferien-api
  { kind: 'pfingstferien', start: '2027-05-18', end: '2027-05-18' }, // MK; deutsche-schulferien-api
  { kind: 'sommerferien', start: '2027-07-08', end: '2027-08-18' }, // KMK Sommerferienregelung 2025–2030; MK
  { kind: 'herbstferien', start: '2027-10-16', end: '2027-10-30' }, // MK; deutsche-schulferien-api (starts on a Saturday as listed)
  { kind: 'weihnachtsferien', start: '2027-12-23', end: '2028-01-08' }, // MK; deutsche-schulferien-api
  { kind: 'halbjahresferien', start: '2028-01-31', end: '2028-02-01' }, // MK; deutsche-schulferien-api
  { kind: 'osterferien', start: '2028-04-10', end: '2028-04-22' }, // MK; deutsche-schulferien-api
  { kind: 'ferientag', start: '2028-05-26', end: '2028-05-26' }, // MK: Tag nach Himmelfahrt; deutsche-schulferien-api
  { kind: 'pfingstferien', start: '2028-06-06', end: '2028-06-06' }, // MK; deutsche-schulferien-api
  { kind: 'sommerferien', start: '2028-07-20', end: '2028-08-30' }, // KMK Sommerferienregelung 2025–2030; MK
  { kind: 'ferientag', start: '2028-10-02', end: '2028-10-02' }, // MK: Tag vor dem 3. Oktober; deutsche-schulferien-api
  { kind: 'herbstferien', start: '2028-10-23', end: '2028-11-04' }, // MK; deutsche-schulferien-api
  { kind: 'weihnachtsferien', start: '2028-12-27', end: '2029-01-06' }, // MK; deutsche-schulferien-api
]

/** First and last year (by start date) for which school holidays are known. */
export const SCHOOL_HOLIDAY_YEARS = { first: 2025, last: 2028 } as const

export function schoolHolidayObservances(year: number): Observance[] {
  return NI_SCHOOL_HOLIDAYS.filter((h) => yearOf(h.start) === year).map((h) =>
    observance({
      tradition: 'school-holiday',
      key: h.kind,
      name: NAMES[h.kind],
      start: h.start,
      end: h.end,
      importance: 'medium',
      note: {
        de: 'Schulferien in Niedersachsen: Familien verreisen, Schulen und Lehrkräfte schwer erreichbar; Angebote für Kinder passen gut',
        en: 'School holidays in Lower Saxony: families travel, schools and teachers hard to reach; good time for activities for children',
      },
      idSuffix: h.kind === 'ferientag' ? h.start : String(year),
    }),
  )
}
