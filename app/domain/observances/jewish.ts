/**
 * Jewish observances, diaspora schedule, computed with @hebcal/hdate (the Hebrew calendar of @hebcal/core).
 *
 * Every Jewish day begins at nightfall of the previous evening, so every
 * observance here has `beginsPreviousEvening: true`. Diaspora schedule: the
 * second festival days (Rosh Hashanah II is kept everywhere; Sukkot II,
 * Simchat Torah as 23 Tishrei, Pesach II and VIII, Shavuot II) are kept.
 *
 * Not @hebcal/core itself: it loads temporal-polyfill/global, which replaces Intl.DateTimeFormat with a shim
 * that made every date we format several times slower (8 ms of each /events page). The tests still check
 * our dates against @hebcal/core's HebrewCalendar.
 */
import { HDate, months } from '@hebcal/hdate'
import { observance } from './build'
import { addDays, fromDayNumber, onOrAfterWeekday, weekdayOf, ymd } from './dates'
import type { IsoDate, LocalizedText, Observance } from './types'

/** R.D. (Rata Die, hebcal's `abs()`) of 1970-01-01. */
const RD_UNIX_EPOCH = 719_163

function hebrewToIso(day: number, month: number, hebrewYear: number): IsoDate {
  return fromDayNumber(new HDate(day, month, hebrewYear).abs() - RD_UNIX_EPOCH)
}

const NOTE_YOM_TOV: LocalizedText = {
  de: 'Hoher Feiertag mit Arbeitsruhe ab dem Vorabend: keine Termine mit jüdischen Partnern, auch nicht am Vorabend',
  en: 'High holy day, no work from the evening before: no meetings with Jewish partners, not even on the eve',
}

export function jewishObservances(year: number): Observance[] {
  // The spring festivals of year Y belong to Hebrew year Y + 3760,
  // the autumn festivals (from Rosh Hashanah on) to Hebrew year Y + 3761.
  const spring = year + 3760
  const autumn = year + 3761
  const jewish = (spec: Omit<Parameters<typeof observance>[0], 'tradition' | 'beginsPreviousEvening'>) =>
    observance({ ...spec, tradition: 'jewish', beginsPreviousEvening: true })

  const adar = HDate.isLeapYear(spring) ? months.ADAR_II : months.ADAR_I

  // Tisha B'Av: 9 Av, moved to Sunday 10 Av when 9 Av is a Shabbat.
  let tishaBav = hebrewToIso(9, months.AV, spring)
  if (weekdayOf(tishaBav) === 6) tishaBav = addDays(tishaBav, 1)

  const chanukkaStart = hebrewToIso(25, months.KISLEV, autumn)

  return [
    jewish({
      key: 'purim',
      name: { de: 'Purim', en: 'Purim' },
      start: hebrewToIso(14, adar, spring),
      importance: 'medium',
      note: {
        de: 'Fröhliches Fest mit Lesung der Esther-Rolle am Vorabend und Morgen: Abendtermine am Vorabend vermeiden',
        en: 'Joyful festival with the reading of the Book of Esther on the eve and the morning: avoid meetings on the eve',
      },
    }),
    jewish({
      key: 'pesach-first-days',
      name: { de: 'Pessach, erste Festtage', en: 'Passover (Pesach), first days' },
      start: hebrewToIso(15, months.NISAN, spring),
      end: hebrewToIso(16, months.NISAN, spring),
      importance: 'high',
      note: {
        de: 'Sederabende am Vorabend und am ersten Abend, Arbeitsruhe: keine Termine; bei Bewirtung während Pessach kein Gesäuertes',
        en: 'Seder nights on the eve and the first evening, no work: no meetings; no leavened food when catering during Passover',
      },
    }),
    jewish({
      key: 'pesach-chol-hamoed',
      name: { de: 'Pessach, Halbfeiertage (Chol ha-Moed)', en: 'Passover, intermediate days (Chol HaMoed)' },
      start: hebrewToIso(17, months.NISAN, spring),
      end: hebrewToIso(20, months.NISAN, spring),
      importance: 'medium',
      note: {
        de: 'Halbfeiertage: Termine möglich, aber viele nehmen frei; Bewirtung ohne Gesäuertes (koscher für Pessach)',
        en: 'Intermediate days: meetings possible but many take leave; catering without leavened food (kosher for Passover)',
      },
    }),
    jewish({
      key: 'pesach-last-days',
      name: { de: 'Pessach, letzte Festtage', en: 'Passover (Pesach), last days' },
      start: hebrewToIso(21, months.NISAN, spring),
      end: hebrewToIso(22, months.NISAN, spring),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'shavuot',
      name: { de: 'Schawuot (Wochenfest)', en: 'Shavuot (Feast of Weeks)' },
      start: hebrewToIso(6, months.SIVAN, spring),
      end: hebrewToIso(7, months.SIVAN, spring),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'tisha-bav',
      name: { de: 'Tischa be-Aw (Trauer- und Fasttag)', en: "Tisha B'Av (day of mourning and fasting)" },
      start: tishaBav,
      importance: 'medium',
      note: {
        de: 'Fast- und Trauertag von Sonnenuntergang bis Nacht: keine Feiern, keine Bewirtung, keine Abendtermine am Vorabend',
        en: 'Day of fasting and mourning from sunset to nightfall: no celebrations, no catering, no meetings on the eve',
      },
    }),
    jewish({
      key: 'rosh-hashanah',
      name: { de: 'Rosch ha-Schana (Jüdisches Neujahr)', en: 'Rosh Hashanah (Jewish New Year)' },
      start: hebrewToIso(1, months.TISHREI, autumn),
      end: hebrewToIso(2, months.TISHREI, autumn),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'yom-kippur',
      name: { de: 'Jom Kippur (Versöhnungstag)', en: 'Yom Kippur (Day of Atonement)' },
      start: hebrewToIso(10, months.TISHREI, autumn),
      importance: 'high',
      note: {
        de: 'Höchster Feiertag, 25 Stunden Fasten ab dem Vorabend: keine Termine, auch nicht am Vorabend',
        en: 'Holiest day, a 25-hour fast from the evening before: no meetings, not even on the eve',
      },
    }),
    jewish({
      key: 'sukkot',
      name: { de: 'Sukkot (Laubhüttenfest), erste Festtage', en: 'Sukkot (Feast of Tabernacles), first days' },
      start: hebrewToIso(15, months.TISHREI, autumn),
      end: hebrewToIso(16, months.TISHREI, autumn),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'sukkot-chol-hamoed',
      name: { de: 'Sukkot, Halbfeiertage (Chol ha-Moed)', en: 'Sukkot, intermediate days (Chol HaMoed)' },
      start: hebrewToIso(17, months.TISHREI, autumn),
      end: hebrewToIso(21, months.TISHREI, autumn),
      importance: 'medium',
      note: {
        de: 'Halbfeiertage: Termine möglich, aber viele nehmen frei; Einladung in die Laubhütte ist eine schöne Begegnungsgelegenheit',
        en: 'Intermediate days: meetings possible but many take leave; a visit to a sukkah is a good occasion for encounter',
      },
    }),
    jewish({
      key: 'shemini-atzeret',
      name: { de: 'Schemini Azeret', en: 'Shemini Atzeret' },
      start: hebrewToIso(22, months.TISHREI, autumn),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'simchat-torah',
      name: { de: 'Simchat Tora (Torafreudenfest)', en: 'Simchat Torah' },
      start: hebrewToIso(23, months.TISHREI, autumn),
      importance: 'high',
      note: NOTE_YOM_TOV,
    }),
    jewish({
      key: 'chanukka',
      name: { de: 'Chanukka (Lichterfest)', en: 'Hanukkah (Festival of Lights)' },
      start: chanukkaStart,
      end: addDays(chanukkaStart, 7),
      importance: 'low',
      note: {
        de: 'Arbeit erlaubt; abends wird zu Hause Licht gezündet: Abendtermine kurz halten oder gemeinsames Lichterzünden anbieten',
        en: 'Work is permitted; candles are lit at home in the evening: keep evening meetings short or offer a joint candle lighting',
      },
    }),
  ]
}

/** One Shabbat observance per Saturday of `year`, beginning on Friday evening. */
export function shabbatObservances(year: number): Observance[] {
  const result: Observance[] = []
  for (let day = onOrAfterWeekday(ymd(year, 1, 1), 6); day <= ymd(year, 12, 31); day = addDays(day, 7)) {
    result.push(
      observance({
        tradition: 'jewish',
        key: 'shabbat',
        name: { de: 'Schabbat', en: 'Shabbat' },
        start: day,
        beginsPreviousEvening: true,
        importance: 'medium',
        note: {
          de: 'Ruhetag von Freitagabend bis Samstagabend: keine Termine für jüdische Teilnehmende am Freitagabend und Samstag',
          en: 'Day of rest from Friday evening to Saturday evening: no meetings for Jewish participants on Friday evening or Saturday',
        },
        idSuffix: day,
      }),
    )
  }
  return result
}
