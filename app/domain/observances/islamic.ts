/**
 * Islamic observances, computed from the Umm al-Qura calendar that ships with
 * the JavaScript runtime (ICU, `Intl` calendar `islamic-umalqura`): the
 * Gregorian date of a Hijri date is found by scanning the days of the year.
 *
 * The real dates depend on moon sighting and on the calendar a community
 * follows, so every date here is uncertain by ±1 day (`uncertaintyDays: 1`).
 * Mosques of DITIB – the largest association in the Landkreis – follow the
 * calendar of the Turkish Presidency of Religious Affairs (Diyanet), which is
 * computed in advance and usually, but not always, agrees with Umm al-Qura
 * (e.g. Ramadan 1447: Umm al-Qura 18 Feb 2026, Diyanet 19 Feb 2026).
 * Islamic days begin at sunset of the previous evening.
 */
import { observance } from './build'
import { addDays, dayNumberOf, fromDayNumber, onOrAfterWeekday, ymd } from './dates'
import type { IsoDate, LocalizedText, Observance } from './types'

interface HijriDate {
  year: number
  month: number
  day: number
}

const HIJRI_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})

/** Hijri (Umm al-Qura) date of a day number (days since 1970-01-01). */
export function hijriOfDayNumber(dayNumber: number): HijriDate {
  const parts = HIJRI_FORMAT.formatToParts(new Date(dayNumber * 86_400_000))
  const get = (type: Intl.DateTimeFormatPartTypes) => {
    const part = parts.find((p) => p.type === type)
    if (!part) throw new Error(`Intl islamic-umalqura calendar gave no ${type}`)
    return Number.parseInt(part.value, 10)
  }
  return { year: get('year'), month: get('month'), day: get('day') }
}

/** Hijri dates of every day of a Gregorian year, computed once per year. */
const hijriYearCache = new Map<number, { first: number; dates: HijriDate[] }>()

function hijriYear(year: number): { first: number; dates: HijriDate[] } {
  const cached = hijriYearCache.get(year)
  if (cached) return cached
  const first = dayNumberOf(year, 1, 1)
  const last = dayNumberOf(year, 12, 31)
  const dates: HijriDate[] = []
  for (let n = first; n <= last; n++) dates.push(hijriOfDayNumber(n))
  const table = { first, dates }
  hijriYearCache.set(year, table)
  return table
}

/** Every Gregorian date of `year` on which the Hijri date is `month`/`day` (usually one, sometimes two or none). */
export function gregorianDatesOfHijri(year: number, month: number, day: number): IsoDate[] {
  const { first, dates } = hijriYear(year)
  const result: IsoDate[] = []
  dates.forEach((h, offset) => {
    if (h.month === month && h.day === day) result.push(fromDayNumber(first + offset))
  })
  return result
}

/** Last day of the Hijri month that contains `iso`. */
function lastDayOfHijriMonth(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  let n = dayNumberOf(y, m, d)
  const month = hijriOfDayNumber(n).month
  while (hijriOfDayNumber(n + 1).month === month) n++
  return fromDayNumber(n)
}

const UNCERTAIN: LocalizedText = {
  de: 'Datum ±1 Tag je nach Mondsichtung; DITIB-Moscheen folgen dem Kalender der türkischen Diyanet',
  en: 'date ±1 day depending on moon sighting; DITIB mosques follow the Turkish Diyanet calendar',
}

function withUncertainty(note: LocalizedText): LocalizedText {
  return { de: `${note.de} (${UNCERTAIN.de})`, en: `${note.en} (${UNCERTAIN.en})` }
}

interface IslamicDef {
  key: string
  month: number
  day: number
  /** Length in days, or 'month' for the rest of the Hijri month. */
  length: number | 'month'
  name: LocalizedText
  importance: Observance['importance']
  note: LocalizedText
}

const DEFS: IslamicDef[] = [
  {
    key: 'hijri-new-year',
    month: 1,
    day: 1,
    length: 1,
    name: { de: 'Islamisches Neujahr (1. Muharram)', en: 'Islamic New Year (1 Muharram)' },
    importance: 'low',
    note: {
      de: 'Beginn des Hidschra-Jahres, meist ohne Arbeitsruhe: Termine möglich, Glückwünsche willkommen',
      en: 'Start of the Hijri year, usually no day off: meetings possible, greetings welcome',
    },
  },
  {
    key: 'ashura',
    month: 1,
    day: 10,
    length: 1,
    name: { de: 'Aschura (10. Muharram)', en: 'Ashura (10 Muharram)' },
    importance: 'medium',
    note: {
      de: 'Für Schiiten Trauertag (Kerbela), für viele Sunniten Fastentag: keine festlichen Veranstaltungen',
      en: 'Day of mourning for Shia Muslims (Karbala), a fasting day for many Sunnis: no festive events',
    },
  },
  {
    key: 'mawlid',
    month: 3,
    day: 12,
    length: 1,
    name: { de: 'Maulid an-Nabi (Geburtstag des Propheten)', en: 'Mawlid an-Nabi (Birthday of the Prophet)' },
    importance: 'low',
    note: {
      de: 'Gedenkabend (Mevlid Kandili) in vielen Moscheen am Vorabend: Abendtermine mit Moscheegemeinden vermeiden',
      en: 'Commemoration (Mevlid Kandili) in many mosques on the eve: avoid evening meetings with mosque communities',
    },
  },
  {
    key: 'ramadan',
    month: 9,
    day: 1,
    length: 'month',
    name: { de: 'Ramadan (Fastenmonat)', en: 'Ramadan (month of fasting)' },
    importance: 'medium',
    note: {
      de: 'Fasten bei Tageslicht: Termine nach Sonnenuntergang mit Iftar planen oder Essen zum Mitnehmen anbieten',
      en: 'Fasting in daylight: schedule after sunset with an Iftar, or offer food to take away',
    },
  },
  {
    key: 'laylat-al-qadr',
    month: 9,
    day: 27,
    length: 1,
    name: { de: 'Lailat al-Qadr (Nacht der Bestimmung)', en: 'Laylat al-Qadr (Night of Power)' },
    importance: 'medium',
    note: {
      de: 'Die Nacht vor dem 27. Ramadan wird in der Moschee im Gebet verbracht: am Vorabend keine Termine',
      en: 'The night before 27 Ramadan is spent in prayer at the mosque: no meetings on that evening',
    },
  },
  {
    key: 'eid-al-fitr',
    month: 10,
    day: 1,
    length: 3,
    name: { de: 'Ramadanfest (Eid al-Fitr, Ramazan Bayramı)', en: 'Eid al-Fitr (Festival of Breaking the Fast)' },
    importance: 'high',
    note: {
      de: 'Hohes Fest, viele nehmen frei und Schulkinder werden oft vom Unterricht befreit: am ersten Tag keine Termine, danach Familienbesuche',
      en: 'Major festival, many take leave and pupils are often excused from school: no meetings on the first day, family visits after',
    },
  },
  {
    key: 'day-of-arafah',
    month: 12,
    day: 9,
    length: 1,
    name: { de: 'Tag von Arafat (Arefe)', en: 'Day of Arafah' },
    importance: 'medium',
    note: {
      de: 'Vortag des Opferfests, viele fasten, Vorbereitung des Festes: nachmittags und abends keine Termine',
      en: 'Eve of the Festival of Sacrifice, many fast and prepare the feast: no meetings in the afternoon or evening',
    },
  },
  {
    key: 'eid-al-adha',
    month: 12,
    day: 10,
    length: 4,
    name: { de: 'Opferfest (Eid al-Adha, Kurban Bayramı)', en: 'Eid al-Adha (Festival of Sacrifice)' },
    importance: 'high',
    note: {
      de: 'Höchstes Fest, viele nehmen frei und Schulkinder werden oft vom Unterricht befreit: am ersten Tag keine Termine, danach Familienbesuche',
      en: 'Highest festival, many take leave and pupils are often excused from school: no meetings on the first day, family visits after',
    },
  },
]

export function islamicObservances(year: number): Observance[] {
  const result: Observance[] = []
  for (const def of DEFS) {
    const starts = gregorianDatesOfHijri(year, def.month, def.day)
    starts.forEach((start, index) => {
      const end = def.length === 'month' ? lastDayOfHijriMonth(start) : addDays(start, def.length - 1)
      result.push(
        observance({
          tradition: 'islamic',
          key: def.key,
          name: def.name,
          start,
          end,
          beginsPreviousEvening: true,
          uncertaintyDays: 1,
          importance: def.importance,
          note: withUncertainty(def.note),
          // A Hijri date can fall twice in one Gregorian year (e.g. Ramadan in 2030).
          idSuffix: index === 0 ? String(year) : `${year}-${index + 1}`,
        }),
      )
    })
  }
  return result
}

/** Friday midday prayer (Jumu'ah), one observance per Friday of `year`, 12:00–14:30 local time. */
export function jumuahObservances(year: number): Observance[] {
  const result: Observance[] = []
  for (let day = onOrAfterWeekday(ymd(year, 1, 1), 5); day <= ymd(year, 12, 31); day = addDays(day, 7)) {
    result.push(
      observance({
        tradition: 'islamic',
        key: 'jumuah',
        name: { de: "Freitagsgebet (Dschumu'a)", en: "Friday prayer (Jumu'ah)" },
        start: day,
        importance: 'medium',
        note: {
          de: 'Gemeinsames Mittagsgebet in der Moschee: freitags zwischen 12:00 und 14:30 Uhr keine Termine mit muslimischen Partnern',
          en: 'Congregational midday prayer at the mosque: no meetings with Muslim partners on Fridays between 12:00 and 14:30',
        },
        timeOfDay: { start: '12:00', end: '14:30' },
        idSuffix: day,
      }),
    )
  }
  return result
}
