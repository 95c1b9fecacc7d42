/**
 * Alevi, Yazidi, Bahá'í, Hindu, Buddhist and Sikh observances.
 *
 * Alevi and Yazidi dates follow rules (computed below, rule and source beside
 * each). Bahá'í, Hindu, Buddhist and Sikh dates depend on astronomical tables
 * that no installed library reproduces, so they are kept as dated data for
 * 2026–2030 with the source beside each entry; outside those years nothing
 * is listed for them (Vaisakhi, which is a fixed date, excepted).
 */
import { observance } from './build'
import { addDays, julianToGregorian, onOrAfterWeekday, yearOf, ymd } from './dates'
import { gregorianDatesOfHijri } from './islamic'
import type { IsoDate, Observance } from './types'

const TUESDAY = 2
const WEDNESDAY = 3
const FRIDAY = 5

// --- Alevi ----------------------------------------------------------------

/**
 * Hızır Orucu: Tuesday to Thursday "of the second week of February", i.e. the
 * week of the second Tuesday of February (the Tuesday falling between 8 and
 * 14 February); the Hızır cem follows on Thursday evening.
 * Source: Alevi-Bektaşi practice as published for 2026: 10–12 February 2026
 * (Habertürk, 9 Feb 2026: "Şubat ayının ikinci haftasında, Salı, Çarşamba ve
 * Perşembe … 10-11-12 Şubat 2026"; likewise ensonhaber.com, kanal6haber.com).
 * Some Ocaks and associations fix it differently (e.g. always 13–15 February);
 * ask the local cemevi.
 */
export function hizirFastStart(year: number): IsoDate {
  return onOrAfterWeekday(ymd(year, 2, 8), TUESDAY)
}

/**
 * Muharrem Orucu (12 days of mourning fast): counting the first day of Kurban
 * Bayramı (Eid al-Adha) as day 1, the intention is made on the evening of day
 * 20 and the fast is kept from day 21 on, i.e. it starts 20 days after the
 * first day of the Bayram; Aşure is cooked on the 13th day, the day after the
 * fast ends. Source: "Kurban Bayramı'nın 1. gününden başlayarak 20 gün sayılır.
 * 20. günün akşamında Muharrem Orucu için niyet edilir" (internethaber.com,
 * 2022; likewise bolgegundem.com 2020); check: 2021 Kurban Bayramı 20 July,
 * fast 9–20 August 2021 (tum-haberler.com). Eid al-Adha is taken from the
 * Umm al-Qura calendar (see islamic.ts), hence ±1 day.
 */
export function muharremFastStarts(year: number): IsoDate[] {
  return [year - 1, year]
    .flatMap((y) => gregorianDatesOfHijri(y, 12, 10))
    .map((eidAlAdha) => addDays(eidAlAdha, 20))
    .filter((start) => yearOf(start) === year)
}

function aleviObservances(year: number): Observance[] {
  const hizir = hizirFastStart(year)
  const result: Observance[] = [
    observance({
      tradition: 'alevi',
      key: 'hizir-fast',
      name: { de: 'Hızır-Fasten (Hızır Orucu)', en: 'Hızır fast (Hızır Orucu)' },
      start: hizir,
      end: addDays(hizir, 2),
      importance: 'medium',
      note: {
        de: 'Drei Fastentage, am Donnerstagabend Hızır-Cem im Cemevi: tagsüber keine Bewirtung, Donnerstagabend keine Termine',
        en: 'Three days of fasting, Hızır cem at the cemevi on Thursday evening: no catering by day, no meetings on Thursday evening',
      },
    }),
    observance({
      tradition: 'alevi',
      key: 'nevruz',
      name: { de: 'Nevruz (Frühlingsfest)', en: 'Nevruz (spring festival)' },
      start: ymd(year, 3, 21),
      importance: 'medium',
      note: {
        de: 'Frühlings- und Neujahrsfest (auch kurdisch/persisch Newroz), oft mit Feiern im Cemevi: Einladungen zum gemeinsamen Feiern willkommen',
        en: 'Spring and New Year festival (also Kurdish/Persian Newroz), often celebrated at the cemevi: joint celebrations welcome',
      },
    }),
  ]
  muharremFastStarts(year).forEach((start, index) => {
    const idSuffix = index === 0 ? String(year) : `${year}-${index + 1}`
    result.push(
      observance({
        tradition: 'alevi',
        key: 'muharrem-fast',
        name: { de: 'Muharrem-Fasten (Trauerfasten)', en: 'Muharrem fast (mourning fast)' },
        start,
        end: addDays(start, 11),
        uncertaintyDays: 1,
        importance: 'medium',
        note: {
          de: 'Zwölf Tage Trauer und Fasten für Imam Hüseyin: keine Feste, keine Musikveranstaltungen, kein Fleisch und kein Wasser anbieten (andere Getränke)',
          en: 'Twelve days of mourning and fasting for Imam Hüseyin: no festivities or music events; serve no meat and no plain water (other drinks)',
        },
        idSuffix,
      }),
      observance({
        tradition: 'alevi',
        key: 'asure',
        name: { de: 'Aşure-Tag (Ende des Muharrem-Fastens)', en: 'Aşure day (end of the Muharrem fast)' },
        start: addDays(start, 12),
        uncertaintyDays: 1,
        importance: 'medium',
        note: {
          de: 'Aşure wird gekocht und geteilt, Cem im Cemevi: gute Gelegenheit für Begegnung, keine konkurrierenden Termine',
          en: 'Aşure is cooked and shared, cem at the cemevi: a good occasion for encounter, avoid competing events',
        },
        idSuffix,
      }),
    )
  })
  return result
}

// --- Yazidi ---------------------------------------------------------------

/**
 * Çarşema Sor (Red Wednesday, Yazidi New Year): the first Wednesday of April
 * of the Julian calendar, i.e. the first Wednesday on or after Julian 1 April
 * (= Gregorian 14 April in 1900–2099). Source: Wikipedia "Yazidi New Year"
 * (Çarşema Sor on the first Wednesday of Nîsan by the Julian reckoning);
 * e.g. 17 April 2024, 15 April 2026.
 */
export function carsemaSor(year: number): IsoDate {
  return onOrAfterWeekday(julianToGregorian(year, 4, 1), WEDNESDAY)
}

/**
 * Eida Êzî (Feast of Ezid): the first Friday of December of the Julian
 * calendar (the first Friday on or after Julian 1 December = Gregorian
 * 14 December in 1900–2099, equivalently "the last Friday before 21 December"),
 * preceded by the three-day fast of Ezid, Tuesday to Thursday.
 * Sources: Syriac Press, 18 Dec 2020 ("three days before the first Friday in
 * December, according to the eastern calendar"); Wikipedia "Feast of Ezid"
 * ("the last Friday before the 21st of December"); reported dates
 * 14 Dec 2018 (afterisis.com) and 18 Dec 2020. (Counting from the first
 * *Tuesday* of Julian December instead gives the same Friday except when
 * Julian 1 December falls on a Wednesday, Thursday or Friday – e.g. 2018,
 * 2028, 2029 – where it contradicts the reported dates.)
 */
export function eidaEzi(year: number): IsoDate {
  return onOrAfterWeekday(julianToGregorian(year, 12, 1), FRIDAY)
}

function yazidiObservances(year: number): Observance[] {
  const feast = eidaEzi(year)
  return [
    observance({
      tradition: 'yazidi',
      key: 'carsema-sor',
      name: { de: 'Çarşema Sor (Roter Mittwoch, êzîdisches Neujahr)', en: 'Çarşema Sor (Red Wednesday, Yazidi New Year)' },
      start: carsemaSor(year),
      beginsPreviousEvening: true,
      importance: 'high',
      note: {
        de: 'Höchstes êzîdisches Fest, Feiern beginnen am Dienstagabend: keine Termine am Vorabend und am Mittwoch',
        en: 'Most important Yazidi festival, celebrations begin on Tuesday evening: no meetings on the eve or the Wednesday',
      },
    }),
    observance({
      tradition: 'yazidi',
      key: 'ezid-fast',
      name: { de: 'Fasten für Êzîd (Rojiyên Êzîd)', en: 'Fast of Ezid (Rojiyên Êzîd)' },
      start: addDays(feast, -3),
      end: addDays(feast, -1),
      importance: 'medium',
      note: {
        de: 'Drei Fastentage von Sonnenaufgang bis Sonnenuntergang: tagsüber keine Bewirtung, Abendtermine nach Sonnenuntergang mit Essen',
        en: 'Three days of fasting from sunrise to sunset: no catering by day, evening meetings after sunset with food',
      },
    }),
    observance({
      tradition: 'yazidi',
      key: 'eida-ezi',
      name: { de: 'Êzîd-Fest (Eida Êzî)', en: 'Feast of Ezid (Eida Êzî)' },
      start: feast,
      importance: 'high',
      note: {
        de: 'Fest zum Ende des Fastens mit Familienbesuchen: keine Termine',
        en: 'Feast ending the fast, with family visits: no meetings',
      },
    }),
  ]
}

// --- Bahá'í ---------------------------------------------------------------

/**
 * Naw-Rúz and the first of the Twin Holy Birthdays (Birth of the Báb) as
 * published by the Bahá'í World Centre: "Bahá'í Dates 172 to 221 B.E."
 * (2014, prepared at the Bahá'í World Centre with data of HM Nautical
 * Almanac Office; bahai.org / bahai-library.com/pdf/uhj/uhj_bahai_dates_172-221.pdf).
 * Naw-Rúz is the day of the March equinox in Tehran; the Twin Holy Birthdays
 * are the first and second day after the eighth new moon after Naw-Rúz.
 */
const BAHAI_DATES: Record<number, { nawRuz: IsoDate; birthOfTheBab: IsoDate }> = {
  2026: { nawRuz: '2026-03-21', birthOfTheBab: '2026-11-10' }, // 183 B.E., BWC table (Twin Birthdays 7–8 Qudrat)
  2027: { nawRuz: '2027-03-21', birthOfTheBab: '2027-10-30' }, // 184 B.E., BWC table (15–16 ʻIlm)
  2028: { nawRuz: '2028-03-20', birthOfTheBab: '2028-10-19' }, // 185 B.E., BWC table (5–6 ʻIlm)
  2029: { nawRuz: '2029-03-20', birthOfTheBab: '2029-11-07' }, // 186 B.E., BWC table (5–6 Qudrat)
  2030: { nawRuz: '2030-03-20', birthOfTheBab: '2030-10-28' }, // 187 B.E., BWC table (14–15 ʻIlm)
}

function bahaiObservances(year: number): Observance[] {
  const dates = BAHAI_DATES[year]
  if (!dates) return []
  const note = {
    de: 'Bahá’í-Feiertag mit Arbeitsruhe, beginnt bei Sonnenuntergang am Vorabend: keine Termine, auch nicht am Vorabend',
    en: 'Bahá’í holy day on which work is suspended, beginning at sunset the evening before: no meetings, not even on the eve',
  }
  const bahai = (key: string, name: Observance['name'], start: IsoDate, end?: IsoDate) =>
    observance({ tradition: 'bahai', key, name, start, end, beginsPreviousEvening: true, importance: 'high', note })
  // Riḍván: 13 Jalál, 2 Jamál and 5 Jamál of the Badíʿ calendar, i.e. the
  // 32nd, 40th and 43rd day of the year that begins with Naw-Rúz.
  return [
    bahai('naw-ruz', { de: 'Naw-Rúz (Bahá’í-Neujahr)', en: 'Naw-Rúz (Bahá’í New Year)' }, dates.nawRuz),
    bahai('ridvan-1', { de: 'Riḍván, erster Tag', en: 'First Day of Riḍván' }, addDays(dates.nawRuz, 31)),
    bahai('ridvan-9', { de: 'Riḍván, neunter Tag', en: 'Ninth Day of Riḍván' }, addDays(dates.nawRuz, 39)),
    bahai('ridvan-12', { de: 'Riḍván, zwölfter Tag', en: 'Twelfth Day of Riḍván' }, addDays(dates.nawRuz, 42)),
    bahai(
      'twin-holy-birthdays',
      {
        de: 'Zwillingsfeiertage: Geburt des Báb und Geburt Bahá’u’lláhs',
        en: 'Twin Holy Birthdays: Birth of the Báb and Birth of Bahá’u’lláh',
      },
      dates.birthOfTheBab,
      addDays(dates.birthOfTheBab, 1),
    ),
  ]
}

// --- Hindu, Buddhist, Sikh ----------------------------------------------

interface DatedEntry {
  date: IsoDate
  /** Extra uncertainty for entries where sources disagree. */
  uncertaintyDays?: number
}

// Diwali (Lakshmi Puja, Kartika Amavasya). Tamil communities often keep
// Deepavali on Naraka Chaturdashi, the day before, hence ±1 day.
const DIWALI: Record<number, DatedEntry> = {
  2026: { date: '2026-11-08' }, // Govt. of India DoPT holiday list 2026 (Deepavali, Sun 8 Nov); Drik Panchang
  2027: { date: '2027-10-29' }, // Govt. of India DoPT O.M. of 16.07.2026 (holidays 2027: Deepavali, Fri 29 Oct); Drik Panchang
  2028: { date: '2028-10-17' }, // Drik Panchang–based festival calendars (Kartika Amavasya); no official list yet
  2029: { date: '2029-11-05' }, // Drik Panchang–based festival calendars; no official list yet
  2030: { date: '2030-10-26' }, // Drik Panchang–based festival calendars; no official list yet
}

// Holi (Rangwali Holi / Dhulandi, the day after Holika Dahan on Phalguna Purnima).
const HOLI: Record<number, DatedEntry> = {
  2026: { date: '2026-03-04' }, // Govt. of India DoPT holiday list 2026 (Holi, Wed 4 March)
  2027: { date: '2027-03-22', uncertaintyDays: 1 }, // Drik Panchang (Phalguna Purnima 22 March); the DoPT list 2027 gives Tue 23 March
  2028: { date: '2028-03-11' }, // Drik Panchang–based calendars (Holika Dahan 10 March); no official list yet
  2029: { date: '2029-03-01' }, // Drik Panchang–based calendars (Holika Dahan 28 February); no official list yet
  2030: { date: '2030-03-20' }, // Phalguna Purnima 19 March 2030 (full moon 17:56 UTC), Holi the day after; to be checked against a panchang
}

// Vesak / Buddha Purnima (full moon of Vaiśākha). Theravada, Mahayana and
// Tibetan communities may keep it on a different full-moon day, hence ±1 day.
const VESAK: Record<number, DatedEntry> = {
  2026: { date: '2026-05-01' }, // Govt. of India DoPT holiday list 2026 (Buddha Purnima)
  2027: { date: '2027-05-20' }, // Govt. of India DoPT O.M. 16.07.2026 (holidays 2027)
  2028: { date: '2028-05-08' }, // Vaiśākha Purnima: full moon 8 May 2028 19:49 UTC, Purnima at sunrise in India on 8 May; to be checked against DoPT 2028
  2029: { date: '2029-05-27' }, // Vaiśākha Purnima: full moon 27 May 2029 18:37 UTC (after Adhika Chaitra); to be checked against DoPT 2029
  2030: { date: '2030-05-17' }, // Vaiśākha Purnima: full moon 17 May 2030 11:19 UTC; to be checked against DoPT 2030
}

// Guru Nanak Gurpurab (Kartik Purnima, as kept by the SGPC).
const GURU_NANAK_GURPURAB: Record<number, DatedEntry> = {
  2026: { date: '2026-11-24' }, // Govt. of India DoPT holiday list 2026 (Guru Nanak's Birthday)
  2027: { date: '2027-11-14' }, // Kartik Purnima 14 Nov 2027 (as listed in Indian holiday calendars for 2027)
  2028: { date: '2028-11-02' }, // Kartik Purnima: full moon 2 Nov 2028 09:17 UTC; to be checked against the SGPC jantri 2028
  2029: { date: '2029-11-21' }, // Kartik Purnima: full moon 21 Nov 2029 04:03 UTC; to be checked against the SGPC jantri 2029
  2030: { date: '2030-11-10' }, // Kartik Purnima: full moon 10 Nov 2030 03:30 UTC; to be checked against the SGPC jantri 2030
}

function dated(
  table: Record<number, DatedEntry>,
  year: number,
  spec: Omit<Parameters<typeof observance>[0], 'start' | 'uncertaintyDays'> & { uncertaintyDays?: number },
): Observance[] {
  const entry = table[year]
  if (!entry) return []
  return [
    observance({
      ...spec,
      start: entry.date,
      uncertaintyDays: Math.max(spec.uncertaintyDays ?? 0, entry.uncertaintyDays ?? 0),
    }),
  ]
}

function hinduObservances(year: number): Observance[] {
  return [
    ...dated(HOLI, year, {
      tradition: 'hindu',
      key: 'holi',
      name: { de: 'Holi (Frühlingsfest der Farben)', en: 'Holi (festival of colours)' },
      importance: 'medium',
      note: {
        de: 'Frühlingsfest, am Vorabend Holika-Feuer: gute Gelegenheit für ein gemeinsames Fest, keine ernsten Termine mit Hindu-Gemeinden',
        en: 'Spring festival with the Holika bonfire on the eve: a good occasion to celebrate together, avoid formal meetings with Hindu communities',
      },
    }),
    ...dated(DIWALI, year, {
      tradition: 'hindu',
      key: 'diwali',
      name: { de: 'Diwali (Lichterfest)', en: 'Diwali (Festival of Lights)' },
      uncertaintyDays: 1,
      importance: 'high',
      note: {
        de: 'Wichtigstes Hindu-Fest, abends Lakshmi-Puja und Familienfeiern: keine Abendtermine, viele nehmen frei',
        en: 'Most important Hindu festival, Lakshmi puja and family celebrations in the evening: no evening meetings, many take leave',
      },
    }),
  ]
}

function buddhistObservances(year: number): Observance[] {
  return dated(VESAK, year, {
    tradition: 'buddhist',
    key: 'vesak',
    name: { de: 'Vesakh (Geburt, Erleuchtung und Tod Buddhas)', en: 'Vesak (Buddha Day)' },
    uncertaintyDays: 1,
    importance: 'medium',
    note: {
      de: 'Höchstes buddhistisches Fest, Feiern in Tempeln und Zentren (oft am nächsten Wochenende): keine Termine mit buddhistischen Partnern',
      en: 'Most important Buddhist festival, celebrated at temples and centres (often on the nearest weekend): no meetings with Buddhist partners',
    },
  })
}

/**
 * Vaisakhi is 14 April in the Nanakshahi calendar (adopted 2003) that many
 * diaspora gurdwaras follow; the SGPC's Bikrami reckoning (Mesha Sankranti)
 * puts it on 13 April in some years, hence ±1 day.
 */
function sikhObservances(year: number): Observance[] {
  return [
    observance({
      tradition: 'sikh',
      key: 'vaisakhi',
      name: { de: 'Vaisakhi (Gründung der Khalsa)', en: 'Vaisakhi (founding of the Khalsa)' },
      start: ymd(year, 4, 14),
      uncertaintyDays: 1,
      importance: 'medium',
      note: {
        de: 'Wichtigstes Sikh-Fest mit Nagar Kirtan und Langar im Gurdwara (oft am nächsten Wochenende): keine Termine mit Sikh-Gemeinden',
        en: 'Major Sikh festival with Nagar Kirtan and langar at the gurdwara (often on the nearest weekend): no meetings with Sikh communities',
      },
    }),
    ...dated(GURU_NANAK_GURPURAB, year, {
      tradition: 'sikh',
      key: 'guru-nanak-gurpurab',
      name: { de: 'Guru Nanak Gurpurab (Geburtstag Guru Nanaks)', en: 'Guru Nanak Gurpurab (birth of Guru Nanak)' },
      importance: 'medium',
      note: {
        de: 'Geburtstag des ersten Gurus, Gottesdienst und Langar im Gurdwara: keine Termine mit Sikh-Gemeinden',
        en: 'Birthday of the first Guru, service and langar at the gurdwara: no meetings with Sikh communities',
      },
    }),
  ]
}

/** Years for which the dated Bahá'í, Hindu, Buddhist and Sikh data exist. */
export const DATED_DATA_YEARS = { first: 2026, last: 2030 } as const

export function otherObservances(year: number): Observance[] {
  return [
    ...aleviObservances(year),
    ...yazidiObservances(year),
    ...bahaiObservances(year),
    ...hinduObservances(year),
    ...buddhistObservances(year),
    ...sikhObservances(year),
  ]
}
