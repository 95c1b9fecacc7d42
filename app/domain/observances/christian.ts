/**
 * Christian observances, Western (Gregorian computus) and Orthodox (Julian
 * computus and Julian-calendar Christmas), computed by ./easter.ts.
 */
import { observance } from './build'
import { addDays, julianToGregorian, ymd } from './dates'
import { gregorianEaster, orthodoxEaster } from './easter'
import type { LocalizedText, Observance } from './types'

const NOTE_PUBLIC_HOLIDAY: LocalizedText = {
  de: 'Gesetzlicher Feiertag in Niedersachsen und hoher christlicher Festtag: keine Termine',
  en: 'Public holiday in Lower Saxony and a major Christian feast: no meetings',
}

export function westernChristianObservances(year: number): Observance[] {
  const easter = gregorianEaster(year)
  const western = (spec: Omit<Parameters<typeof observance>[0], 'tradition'>) =>
    observance({ ...spec, tradition: 'christian-western' })
  return [
    western({
      key: 'ash-wednesday',
      name: { de: 'Aschermittwoch', en: 'Ash Wednesday' },
      start: addDays(easter, -46),
      importance: 'low',
      note: {
        de: 'Beginn der Fastenzeit, Gottesdienste am Abend: bei Bewirtung fleischlose Speisen anbieten',
        en: 'Beginning of Lent, services in the evening: offer meatless food when catering',
      },
    }),
    western({
      key: 'maundy-thursday',
      name: { de: 'Gründonnerstag', en: 'Maundy Thursday' },
      start: addDays(easter, -3),
      importance: 'medium',
      note: {
        de: 'Abendmahlsgottesdienste am Abend, Beginn der Kar- und Ostertage: keine Abendtermine mit Kirchengemeinden',
        en: 'Communion services in the evening, beginning of the Easter triduum: no evening meetings with parishes',
      },
    }),
    western({
      key: 'good-friday',
      name: { de: 'Karfreitag', en: 'Good Friday' },
      start: addDays(easter, -2),
      importance: 'high',
      note: {
        de: 'Gesetzlicher und stiller Feiertag: keine Termine, keine Feiern',
        en: 'Public holiday and a legally quiet day: no meetings, no celebrations',
      },
    }),
    western({
      key: 'easter',
      name: { de: 'Ostern (Ostersonntag und Ostermontag)', en: 'Easter (Sunday and Monday)' },
      start: easter,
      end: addDays(easter, 1),
      importance: 'high',
      note: NOTE_PUBLIC_HOLIDAY,
    }),
    western({
      key: 'ascension',
      name: { de: 'Christi Himmelfahrt', en: 'Ascension Day' },
      start: addDays(easter, 39),
      importance: 'high',
      note: NOTE_PUBLIC_HOLIDAY,
    }),
    western({
      key: 'pentecost',
      name: { de: 'Pfingsten (Pfingstsonntag und Pfingstmontag)', en: 'Pentecost (Whit Sunday and Monday)' },
      start: addDays(easter, 49),
      end: addDays(easter, 50),
      importance: 'high',
      note: NOTE_PUBLIC_HOLIDAY,
    }),
    western({
      key: 'corpus-christi',
      name: { de: 'Fronleichnam', en: 'Corpus Christi' },
      start: addDays(easter, 60),
      importance: 'medium',
      note: {
        de: 'Katholisches Hochfest, in vielen Gemeinden des Landkreises mit Prozession; in Niedersachsen kein gesetzlicher Feiertag: katholische Partner fragen',
        en: 'Catholic feast, with processions in many parishes of the district; not a public holiday in Lower Saxony: ask Catholic partners',
      },
    }),
    western({
      key: 'reformation-day',
      name: { de: 'Reformationstag', en: 'Reformation Day' },
      start: ymd(year, 10, 31),
      importance: 'high',
      note: {
        de: 'Gesetzlicher Feiertag in Niedersachsen, evangelischer Gedenktag: keine Termine',
        en: 'Public holiday in Lower Saxony, Protestant day of remembrance: no meetings',
      },
    }),
    western({
      key: 'all-saints',
      name: { de: 'Allerheiligen', en: "All Saints' Day" },
      start: ymd(year, 11, 1),
      importance: 'medium',
      note: {
        de: 'Katholischer Feiertag mit Gräberbesuchen; in Niedersachsen kein gesetzlicher Feiertag: Termine möglich, katholische Partner fragen',
        en: 'Catholic feast with visits to graves; not a public holiday in Lower Saxony: meetings possible, ask Catholic partners',
      },
    }),
    western({
      key: 'christmas-eve',
      name: { de: 'Heiligabend', en: 'Christmas Eve' },
      start: ymd(year, 12, 24),
      importance: 'medium',
      note: {
        de: 'Nachmittags und abends Gottesdienste und Familienfeiern, viele haben frei: keine Termine',
        en: 'Services and family celebrations in the afternoon and evening, many are off: no meetings',
      },
    }),
    western({
      key: 'christmas',
      name: { de: 'Weihnachten (1. und 2. Weihnachtstag)', en: "Christmas (Christmas Day and St Stephen's Day)" },
      start: ymd(year, 12, 25),
      end: ymd(year, 12, 26),
      importance: 'high',
      note: NOTE_PUBLIC_HOLIDAY,
    }),
  ]
}

export function orthodoxChristianObservances(year: number): Observance[] {
  const easter = orthodoxEaster(year)
  const orthodox = (spec: Omit<Parameters<typeof observance>[0], 'tradition'>) =>
    observance({ ...spec, tradition: 'christian-orthodox' })
  return [
    orthodox({
      key: 'orthodox-christmas',
      name: { de: 'Orthodoxes Weihnachten (julianischer Kalender)', en: 'Orthodox Christmas (Julian calendar)' },
      // 25 December of the Julian calendar falling in this Gregorian year (7 January in 1901–2100).
      start: julianToGregorian(year - 1, 12, 25),
      beginsPreviousEvening: true,
      importance: 'high',
      note: {
        de: 'Weihnachten der Kirchen mit julianischem Kalender (z. B. russisch, serbisch, georgisch), Heiligabend am Vorabend: keine Termine; griechisch, rumänisch und bulgarisch orthodoxe Gemeinden feiern am 25. Dezember',
        en: 'Christmas of the churches on the Julian calendar (e.g. Russian, Serbian, Georgian), Christmas Eve the evening before: no meetings; Greek, Romanian and Bulgarian Orthodox parishes celebrate on 25 December',
      },
    }),
    orthodox({
      key: 'orthodox-good-friday',
      name: { de: 'Orthodoxer Karfreitag', en: 'Orthodox Good Friday' },
      start: addDays(easter, -2),
      importance: 'high',
      note: {
        de: 'Strenger Fast- und Trauertag der orthodoxen Kirchen (kein Feiertag in Deutschland): keine Feiern, keine Termine mit orthodoxen Gemeinden',
        en: 'Strict day of fasting and mourning in the Orthodox churches (not a public holiday in Germany): no celebrations or meetings with Orthodox parishes',
      },
    }),
    orthodox({
      key: 'orthodox-easter',
      name: { de: 'Orthodoxes Osterfest (Sonntag und Montag)', en: 'Orthodox Easter (Sunday and Monday)' },
      start: easter,
      end: addDays(easter, 1),
      beginsPreviousEvening: true,
      importance: 'high',
      note: {
        de: 'Höchstes Fest der orthodoxen Kirchen mit Osternacht am Vorabend (kein Feiertag in Deutschland): keine Termine, auch nicht am Samstagabend',
        en: 'Highest feast of the Orthodox churches with the Easter vigil the night before (not a public holiday in Germany): no meetings, not even on Saturday evening',
      },
    }),
  ]
}
