import { HebrewCalendar } from '@hebcal/core'
import { expect, test } from 'vitest'
import {
  TRADITIONS,
  listObservances,
  listObservancesForYear,
  type Observance,
  type Tradition,
} from '~/domain/observances'
import { westernChristianObservances } from '~/domain/observances/christian'
import { publicHolidayObservances } from '~/domain/observances/holidays'
import { gregorianDatesOfHijri, islamicObservances } from '~/domain/observances/islamic'
import { jewishObservances } from '~/domain/observances/jewish'
import { otherObservances } from '~/domain/observances/others'

/** The observance of `key` whose start lies in `year` (exactly one expected). */
function find(tradition: Tradition, key: string, year: number): Observance {
  const found = listObservancesForYear(year, [tradition]).filter(
    (o) => o.key === key && o.start.startsWith(String(year)),
  )
  expect(found, `${tradition}/${key}/${year}`).toHaveLength(1)
  return found[0]!
}

function span(tradition: Tradition, key: string, year: number): [string, string] {
  const o = find(tradition, key, year)
  return [o.start, o.end]
}

// --- Jewish (diaspora) – dates from hebcal.com, diaspora schedule ------------

test('Rosh Hashanah 5787 falls on 12–13 September 2026 and begins on the evening of 11 September', () => {
  const o = find('jewish', 'rosh-hashanah', 2026) // hebcal.com: Rosh Hashana 5787, 12–13 Sep 2026
  expect([o.start, o.end]).toEqual(['2026-09-12', '2026-09-13'])
  expect(o.beginsPreviousEvening).toBe(true)
  expect(o.importance).toBe('high')
  expect(o.id).toBe('jewish-rosh-hashanah-2026')
})

test('Yom Kippur 2026 begins on the evening of 20 September', () => {
  const o = find('jewish', 'yom-kippur', 2026) // hebcal.com: Yom Kippur 21 Sep 2026, Erev 20 Sep
  expect([o.start, o.end]).toEqual(['2026-09-21', '2026-09-21'])
  expect(o.beginsPreviousEvening).toBe(true)
  expect(o.importance).toBe('high')
})

test('the Jewish festivals of 2026 fall on the dates hebcal.com publishes for the diaspora', () => {
  // hebcal.com, Jewish holidays 2026 (diaspora)
  expect(span('jewish', 'purim', 2026)).toEqual(['2026-03-03', '2026-03-03'])
  expect(span('jewish', 'pesach-first-days', 2026)).toEqual(['2026-04-02', '2026-04-03']) // Erev Pesach 1 Apr
  expect(span('jewish', 'pesach-chol-hamoed', 2026)).toEqual(['2026-04-04', '2026-04-07'])
  expect(span('jewish', 'pesach-last-days', 2026)).toEqual(['2026-04-08', '2026-04-09'])
  expect(span('jewish', 'shavuot', 2026)).toEqual(['2026-05-22', '2026-05-23'])
  expect(span('jewish', 'tisha-bav', 2026)).toEqual(['2026-07-23', '2026-07-23'])
  expect(span('jewish', 'sukkot', 2026)).toEqual(['2026-09-26', '2026-09-27'])
  expect(span('jewish', 'sukkot-chol-hamoed', 2026)).toEqual(['2026-09-28', '2026-10-02'])
  expect(span('jewish', 'shemini-atzeret', 2026)).toEqual(['2026-10-03', '2026-10-03'])
  expect(span('jewish', 'simchat-torah', 2026)).toEqual(['2026-10-04', '2026-10-04'])
  expect(span('jewish', 'chanukka', 2026)).toEqual(['2026-12-05', '2026-12-12']) // first candle 4 Dec
})

test('the Jewish festivals of 2027 fall on the dates hebcal.com publishes for the diaspora', () => {
  // hebcal.com, Jewish holidays 2027 (diaspora)
  expect(span('jewish', 'purim', 2027)).toEqual(['2027-03-23', '2027-03-23'])
  expect(span('jewish', 'pesach-first-days', 2027)).toEqual(['2027-04-22', '2027-04-23'])
  expect(span('jewish', 'pesach-last-days', 2027)).toEqual(['2027-04-28', '2027-04-29'])
  expect(span('jewish', 'shavuot', 2027)).toEqual(['2027-06-11', '2027-06-12'])
  expect(span('jewish', 'tisha-bav', 2027)).toEqual(['2027-08-12', '2027-08-12'])
  expect(span('jewish', 'rosh-hashanah', 2027)).toEqual(['2027-10-02', '2027-10-03'])
  expect(span('jewish', 'yom-kippur', 2027)).toEqual(['2027-10-11', '2027-10-11'])
  expect(span('jewish', 'sukkot', 2027)).toEqual(['2027-10-16', '2027-10-17'])
  expect(span('jewish', 'shemini-atzeret', 2027)).toEqual(['2027-10-23', '2027-10-23'])
  expect(span('jewish', 'simchat-torah', 2027)).toEqual(['2027-10-24', '2027-10-24'])
  expect(span('jewish', 'chanukka', 2027)).toEqual(['2027-12-25', '2028-01-01']) // first candle 24 Dec
})

test('Tisha B’Av moves to Sunday when 9 Av is a Shabbat, as in 2025', () => {
  // hebcal.com: "Tish'a B'Av (observed)" Sunday 3 August 2025 (9 Av 5785 was Shabbat, 2 Aug)
  expect(span('jewish', 'tisha-bav', 2025)).toEqual(['2025-08-03', '2025-08-03'])
})

test('every Jewish observance begins on the previous evening', () => {
  const jewish = listObservancesForYear(2026, ['jewish'], { includeWeekly: true })
  expect(jewish.length).toBeGreaterThan(60)
  expect(jewish.every((o) => o.beginsPreviousEvening)).toBe(true)
})

test('the Jewish holy days agree with hebcal’s own diaspora holiday list from 2020 to 2040', () => {
  // A cross-check against HebrewCalendar.calendar (event descriptions), a different
  // hebcal API than the HDate arithmetic used by jewish.ts.
  const firstDay: Record<string, string> = {
    'Rosh Hashana': 'rosh-hashanah',
    'Yom Kippur': 'yom-kippur',
    'Sukkot I': 'sukkot',
    'Shmini Atzeret': 'shemini-atzeret',
    'Simchat Torah': 'simchat-torah',
    'Pesach I': 'pesach-first-days',
    'Pesach VII': 'pesach-last-days',
    'Shavuot I': 'shavuot',
    Purim: 'purim',
    "Tish'a B'Av": 'tisha-bav',
    'Chanukah: 2 Candles': 'chanukka',
  }
  for (let year = 2020; year <= 2040; year++) {
    const ours = new Map(jewishObservances(year).map((o) => [o.key, o.start]))
    for (const event of HebrewCalendar.calendar({ year, isHebrewYear: false, il: false })) {
      const desc = event.getDesc().replace(/ \(observed\)$/, '').replace(/^Rosh Hashana \d+$/, 'Rosh Hashana')
      const key = firstDay[desc]
      if (!key) continue
      const greg = event.getDate().greg()
      const iso = `${greg.getFullYear()}-${String(greg.getMonth() + 1).padStart(2, '0')}-${String(greg.getDate()).padStart(2, '0')}`
      expect(ours.get(key), `${year} ${desc}`).toBe(iso)
    }
  }
})

test('Shabbat is listed for every Saturday only when weekly observances are requested', () => {
  const withoutWeekly = listObservancesForYear(2026, ['jewish'])
  expect(withoutWeekly.some((o) => o.key === 'shabbat')).toBe(false)
  const shabbat = listObservancesForYear(2026, ['jewish'], { includeWeekly: true }).filter((o) => o.key === 'shabbat')
  expect(shabbat).toHaveLength(52) // 2026 has 52 Saturdays, 3 Jan … 26 Dec
  expect(shabbat[0]).toMatchObject({ start: '2026-01-03', end: '2026-01-03', importance: 'medium', beginsPreviousEvening: true })
  expect(shabbat.at(-1)?.start).toBe('2026-12-26')
  expect(shabbat[0]!.id).toBe('jewish-shabbat-2026-01-03')
})

// --- Islamic – Umm al-Qura (ummulqura.org.sa) and Diyanet (diyanet.gov.tr) ----

test('Ramadan 1447 runs from 18 February to 19 March 2026 and Eid al-Fitr begins on 20 March 2026', () => {
  // Umm al-Qura: 1 Ramadan 1447 = 18 Feb 2026, 1 Shawwal 1447 = 20 Mar 2026.
  // Diyanet "Dini Günler 2026": Ramazan başlangıcı 19 Şubat, Ramazan Bayramı 20–22 Mart 2026.
  const ramadan = find('islamic', 'ramadan', 2026)
  expect([ramadan.start, ramadan.end]).toEqual(['2026-02-18', '2026-03-19'])
  const diyanetStart = '2026-02-19'
  expect(diyanetStart >= '2026-02-17' && diyanetStart <= '2026-02-19').toBe(true) // within ±uncertaintyDays
  const eid = find('islamic', 'eid-al-fitr', 2026)
  expect([eid.start, eid.end]).toEqual(['2026-03-20', '2026-03-22'])
  expect(eid).toMatchObject({ importance: 'high', uncertaintyDays: 1, beginsPreviousEvening: true })
  expect(eid.note.de).toContain('DITIB')
})

test('the Islamic observances of 2026 follow the Umm al-Qura calendar', () => {
  // Umm al-Qura calendar 1447/1448 AH; Diyanet 2026 gives the same Gregorian days
  // for Kadir Gecesi (night before 16 Mar), Arefe 26 May and Kurban Bayramı 27–30 May.
  expect(span('islamic', 'laylat-al-qadr', 2026)).toEqual(['2026-03-16', '2026-03-16'])
  expect(span('islamic', 'day-of-arafah', 2026)).toEqual(['2026-05-26', '2026-05-26'])
  expect(span('islamic', 'eid-al-adha', 2026)).toEqual(['2026-05-27', '2026-05-30'])
  expect(span('islamic', 'hijri-new-year', 2026)).toEqual(['2026-06-16', '2026-06-16'])
  expect(span('islamic', 'ashura', 2026)).toEqual(['2026-06-25', '2026-06-25'])
  expect(span('islamic', 'mawlid', 2026)).toEqual(['2026-08-25', '2026-08-25'])
})

test('the Islamic observances of 2027 follow the Umm al-Qura calendar', () => {
  // Umm al-Qura calendar 1448/1449 AH
  expect(span('islamic', 'ramadan', 2027)).toEqual(['2027-02-08', '2027-03-08'])
  expect(span('islamic', 'eid-al-fitr', 2027)).toEqual(['2027-03-09', '2027-03-11'])
  expect(span('islamic', 'eid-al-adha', 2027)).toEqual(['2027-05-16', '2027-05-19'])
  expect(span('islamic', 'hijri-new-year', 2027)).toEqual(['2027-06-06', '2027-06-06'])
  expect(span('islamic', 'ashura', 2027)).toEqual(['2027-06-15', '2027-06-15'])
  expect(span('islamic', 'mawlid', 2027)).toEqual(['2027-08-14', '2027-08-14'])
})

test('every Islamic date is uncertain by one day and begins the evening before', () => {
  const islamic = islamicObservances(2026)
  expect(islamic).toHaveLength(8)
  for (const o of islamic) {
    expect(o.uncertaintyDays, o.id).toBe(1)
    expect(o.beginsPreviousEvening, o.id).toBe(true)
  }
})

test('a Hijri date that falls twice in one Gregorian year gets two observances with distinct ids', () => {
  // Umm al-Qura: 1 Ramadan 1451 = 5 Jan 2030, 1 Ramadan 1452 = 26 Dec 2030.
  expect(gregorianDatesOfHijri(2030, 9, 1)).toEqual(['2030-01-05', '2030-12-26'])
  const ramadans = listObservancesForYear(2030, ['islamic']).filter((o) => o.key === 'ramadan')
  expect(ramadans.map((o) => o.id)).toEqual(['islamic-ramadan-2030', 'islamic-ramadan-2030-2'])
  expect(ramadans[1]!.end).toBe('2031-01-23')
})

test('Friday prayer is listed for every Friday from 12:00 to 14:30 when weekly observances are requested', () => {
  const fridays = listObservances({ from: '2026-09-14', to: '2026-09-20', traditions: ['islamic'], includeWeekly: true })
  const jumuah = fridays.filter((o) => o.key === 'jumuah')
  expect(jumuah).toHaveLength(1)
  expect(jumuah[0]).toMatchObject({ start: '2026-09-18', timeOfDay: { start: '12:00', end: '14:30' }, uncertaintyDays: 0 })
})

// --- Christian -----------------------------------------------------------------

test('the Western Christian feasts of 2026 fall on the dates of the church year', () => {
  // Kirchenjahr 2026 (EKD / Deutsche Bischofskonferenz): Easter 5 April 2026
  expect(span('christian-western', 'ash-wednesday', 2026)).toEqual(['2026-02-18', '2026-02-18'])
  expect(span('christian-western', 'maundy-thursday', 2026)).toEqual(['2026-04-02', '2026-04-02'])
  expect(span('christian-western', 'good-friday', 2026)).toEqual(['2026-04-03', '2026-04-03'])
  expect(span('christian-western', 'easter', 2026)).toEqual(['2026-04-05', '2026-04-06'])
  expect(span('christian-western', 'ascension', 2026)).toEqual(['2026-05-14', '2026-05-14'])
  expect(span('christian-western', 'pentecost', 2026)).toEqual(['2026-05-24', '2026-05-25'])
  expect(span('christian-western', 'corpus-christi', 2026)).toEqual(['2026-06-04', '2026-06-04'])
  expect(span('christian-western', 'reformation-day', 2026)).toEqual(['2026-10-31', '2026-10-31'])
  expect(span('christian-western', 'all-saints', 2026)).toEqual(['2026-11-01', '2026-11-01'])
  expect(find('christian-western', 'christmas-eve', 2026)).toMatchObject({ start: '2026-12-24', importance: 'medium' })
  expect(find('christian-western', 'christmas', 2026)).toMatchObject({ start: '2026-12-25', end: '2026-12-26', importance: 'high' })
})

test('the Western Christian feasts of 2027 fall on the dates of the church year', () => {
  // Kirchenjahr 2027: Easter 28 March 2027
  expect(span('christian-western', 'ash-wednesday', 2027)).toEqual(['2027-02-10', '2027-02-10'])
  expect(span('christian-western', 'good-friday', 2027)).toEqual(['2027-03-26', '2027-03-26'])
  expect(span('christian-western', 'easter', 2027)).toEqual(['2027-03-28', '2027-03-29'])
  expect(span('christian-western', 'ascension', 2027)).toEqual(['2027-05-06', '2027-05-06'])
  expect(span('christian-western', 'pentecost', 2027)).toEqual(['2027-05-16', '2027-05-17'])
  expect(span('christian-western', 'corpus-christi', 2027)).toEqual(['2027-05-27', '2027-05-27'])
})

test('the Orthodox feasts of 2026 and 2027 fall on the dates of the Julian calendar', () => {
  // Orthodoxe Bischofskonferenz in Deutschland: Pascha 12 April 2026 and 2 May 2027;
  // Christmas of the Julian-calendar churches on 7 January.
  expect(span('christian-orthodox', 'orthodox-christmas', 2026)).toEqual(['2026-01-07', '2026-01-07'])
  expect(span('christian-orthodox', 'orthodox-good-friday', 2026)).toEqual(['2026-04-10', '2026-04-10'])
  expect(span('christian-orthodox', 'orthodox-easter', 2026)).toEqual(['2026-04-12', '2026-04-13'])
  expect(span('christian-orthodox', 'orthodox-christmas', 2027)).toEqual(['2027-01-07', '2027-01-07'])
  expect(span('christian-orthodox', 'orthodox-good-friday', 2027)).toEqual(['2027-04-30', '2027-04-30'])
  expect(span('christian-orthodox', 'orthodox-easter', 2027)).toEqual(['2027-05-02', '2027-05-03'])
})

test('Orthodox Christmas moves to 8 January after the Julian leap day of 2100', () => {
  // Julian 25 December 2100 = Gregorian 8 January 2101 (the calendars differ by 14 days from March 2100).
  expect(span('christian-orthodox', 'orthodox-christmas', 2101)).toEqual(['2101-01-08', '2101-01-08'])
})

// --- Alevi -----------------------------------------------------------------

test('the Hızır fast 2026 is kept from Tuesday 10 to Thursday 12 February', () => {
  // Habertürk, 9 Feb 2026: "Şubat ayının ikinci haftasında … 10-11-12 Şubat 2026"
  expect(span('alevi', 'hizir-fast', 2026)).toEqual(['2026-02-10', '2026-02-12'])
  // Rule (second week of February): Tuesday 9 to Thursday 11 February 2027.
  expect(span('alevi', 'hizir-fast', 2027)).toEqual(['2027-02-09', '2027-02-11'])
  // 2024: 13–15 February (Tuesday–Thursday), as published in the Turkish press.
  expect(span('alevi', 'hizir-fast', 2024)).toEqual(['2024-02-13', '2024-02-15'])
})

test('Nevruz falls on 21 March', () => {
  expect(span('alevi', 'nevruz', 2026)).toEqual(['2026-03-21', '2026-03-21'])
  expect(span('alevi', 'nevruz', 2027)).toEqual(['2027-03-21', '2027-03-21'])
})

test('the Muharrem fast starts twenty days after the first day of Kurban Bayramı and Aşure follows it', () => {
  // 2021: Kurban Bayramı 20 July, Muharrem fast 9–20 August 2021 (tum-haberler.com)
  expect(span('alevi', 'muharrem-fast', 2021)).toEqual(['2021-08-09', '2021-08-20'])
  // 2026: Kurban Bayramı 27 May (Diyanet) → fast 16–27 June, Aşure 28 June 2026
  expect(span('alevi', 'muharrem-fast', 2026)).toEqual(['2026-06-16', '2026-06-27'])
  expect(span('alevi', 'asure', 2026)).toEqual(['2026-06-28', '2026-06-28'])
  // 2027: Kurban Bayramı 16 May → fast 5–16 June, Aşure 17 June 2027
  expect(span('alevi', 'muharrem-fast', 2027)).toEqual(['2027-06-05', '2027-06-16'])
  expect(span('alevi', 'asure', 2027)).toEqual(['2027-06-17', '2027-06-17'])
})

// --- Yazidi ------------------------------------------------------------------

test('Çarşema Sor is the first Wednesday on or after Julian 1 April', () => {
  // Wikipedia "Yazidi New Year": first Wednesday of Nîsan in the Julian calendar (on or after 14 April
  // Gregorian); Lalish celebrations were reported for Wednesday 17 April 2024.
  expect(span('yazidi', 'carsema-sor', 2024)).toEqual(['2024-04-17', '2024-04-17'])
  expect(span('yazidi', 'carsema-sor', 2025)).toEqual(['2025-04-16', '2025-04-16'])
  expect(span('yazidi', 'carsema-sor', 2026)).toEqual(['2026-04-15', '2026-04-15'])
  expect(span('yazidi', 'carsema-sor', 2027)).toEqual(['2027-04-14', '2027-04-14']) // 14 April itself is a Wednesday
})

test('Eida Êzî is the first Friday of Julian December, after a three-day fast', () => {
  // Reported: 14 Dec 2018 (afterisis.com), 18 Dec 2020 (Syriac Press: "three days before the
  // first Friday in December, according to the eastern calendar")
  expect(span('yazidi', 'eida-ezi', 2018)).toEqual(['2018-12-14', '2018-12-14'])
  expect(span('yazidi', 'eida-ezi', 2020)).toEqual(['2020-12-18', '2020-12-18'])
  expect(span('yazidi', 'ezid-fast', 2026)).toEqual(['2026-12-15', '2026-12-17'])
  expect(span('yazidi', 'eida-ezi', 2026)).toEqual(['2026-12-18', '2026-12-18'])
  expect(span('yazidi', 'ezid-fast', 2027)).toEqual(['2027-12-14', '2027-12-16'])
  expect(span('yazidi', 'eida-ezi', 2027)).toEqual(['2027-12-17', '2027-12-17'])
})

// --- Bahá'í – bahai.org, Bahá'í World Centre table 172–221 B.E. ----------------

test('the Bahá’í holy days of 2026 are on the dates published by the Bahá’í World Centre', () => {
  expect(span('bahai', 'naw-ruz', 2026)).toEqual(['2026-03-21', '2026-03-21'])
  expect(span('bahai', 'ridvan-1', 2026)).toEqual(['2026-04-21', '2026-04-21'])
  expect(span('bahai', 'ridvan-9', 2026)).toEqual(['2026-04-29', '2026-04-29'])
  expect(span('bahai', 'ridvan-12', 2026)).toEqual(['2026-05-02', '2026-05-02'])
  expect(span('bahai', 'twin-holy-birthdays', 2026)).toEqual(['2026-11-10', '2026-11-11'])
})

test('the Bahá’í holy days of 2027 and 2028 are on the dates published by the Bahá’í World Centre', () => {
  expect(span('bahai', 'naw-ruz', 2027)).toEqual(['2027-03-21', '2027-03-21'])
  expect(span('bahai', 'ridvan-1', 2027)).toEqual(['2027-04-21', '2027-04-21'])
  expect(span('bahai', 'twin-holy-birthdays', 2027)).toEqual(['2027-10-30', '2027-10-31'])
  expect(span('bahai', 'naw-ruz', 2028)).toEqual(['2028-03-20', '2028-03-20'])
  expect(span('bahai', 'ridvan-1', 2028)).toEqual(['2028-04-20', '2028-04-20'])
  expect(span('bahai', 'twin-holy-birthdays', 2028)).toEqual(['2028-10-19', '2028-10-20'])
})

// --- Hindu, Buddhist, Sikh -----------------------------------------------------

test('Diwali, Holi, Vesak, Vaisakhi and Guru Nanak Gurpurab of 2026 are on the published dates', () => {
  // Government of India, DoPT list of holidays 2026
  expect(span('hindu', 'diwali', 2026)).toEqual(['2026-11-08', '2026-11-08'])
  expect(span('hindu', 'holi', 2026)).toEqual(['2026-03-04', '2026-03-04'])
  expect(span('buddhist', 'vesak', 2026)).toEqual(['2026-05-01', '2026-05-01'])
  expect(span('sikh', 'vaisakhi', 2026)).toEqual(['2026-04-14', '2026-04-14'])
  expect(span('sikh', 'guru-nanak-gurpurab', 2026)).toEqual(['2026-11-24', '2026-11-24'])
})

test('Diwali, Holi, Vesak, Vaisakhi and Guru Nanak Gurpurab of 2027 are on the published dates', () => {
  // Government of India, DoPT O.M. of 16.07.2026 (holidays 2027); Drik Panchang for Holi
  expect(span('hindu', 'diwali', 2027)).toEqual(['2027-10-29', '2027-10-29'])
  expect(span('hindu', 'holi', 2027)).toEqual(['2027-03-22', '2027-03-22'])
  expect(find('hindu', 'holi', 2027).uncertaintyDays).toBe(1) // DoPT lists 23 March
  expect(span('buddhist', 'vesak', 2027)).toEqual(['2027-05-20', '2027-05-20'])
  expect(span('sikh', 'vaisakhi', 2027)).toEqual(['2027-04-14', '2027-04-14'])
  expect(span('sikh', 'guru-nanak-gurpurab', 2027)).toEqual(['2027-11-14', '2027-11-14'])
})

test('dated data is not extrapolated beyond 2030', () => {
  const keys = otherObservances(2031).map((o) => o.key)
  expect(keys).not.toContain('diwali')
  expect(keys).not.toContain('naw-ruz')
  expect(keys).toContain('eida-ezi') // rule-based traditions continue
  expect(otherObservances(2030).map((o) => o.key)).toContain('twin-holy-birthdays')
})

// --- Public and school holidays of Niedersachsen --------------------------------

test('the public holidays of Niedersachsen 2026 are the ten statutory days', () => {
  // Niedersächsisches Gesetz über die Feiertage (NFeiertagsG) § 2
  expect(listObservancesForYear(2026, ['public-holiday']).map((o) => o.start)).toEqual([
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-01',
    '2026-05-14',
    '2026-05-25',
    '2026-10-03',
    '2026-10-31',
    '2026-12-25',
    '2026-12-26',
  ])
})

test('the public holidays of Niedersachsen 2027 are the ten statutory days', () => {
  // NFeiertagsG § 2
  const holidays = listObservancesForYear(2027, ['public-holiday'])
  expect(holidays.map((o) => o.start)).toEqual([
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-01',
    '2027-05-06',
    '2027-05-17',
    '2027-10-03',
    '2027-10-31',
    '2027-12-25',
    '2027-12-26',
  ])
  expect(holidays.find((o) => o.start === '2027-10-31')).toMatchObject({
    id: 'public-holiday-reformationstag-2027',
    name: { de: 'Reformationstag', en: 'Reformation Day' },
    importance: 'high',
  })
})

test('the school holidays of Niedersachsen 2026 are those of the Kultusministerium', () => {
  // Niedersächsisches Kultusministerium, Ferienordnung; KMK Sommerferienregelung 2025–2030
  expect(span('school-holiday', 'halbjahresferien', 2026)).toEqual(['2026-02-02', '2026-02-03'])
  expect(span('school-holiday', 'osterferien', 2026)).toEqual(['2026-03-23', '2026-04-07'])
  expect(span('school-holiday', 'pfingstferien', 2026)).toEqual(['2026-05-26', '2026-05-26'])
  expect(span('school-holiday', 'sommerferien', 2026)).toEqual(['2026-07-02', '2026-08-12'])
  expect(span('school-holiday', 'herbstferien', 2026)).toEqual(['2026-10-12', '2026-10-24'])
  expect(span('school-holiday', 'weihnachtsferien', 2026)).toEqual(['2026-12-23', '2027-01-09'])
  expect(find('school-holiday', 'ferientag', 2026).start).toBe('2026-05-15') // day after Ascension
})

test('the school holidays of Niedersachsen 2027 and the Sommerferien 2028 are those of the KMK schedule', () => {
  expect(span('school-holiday', 'osterferien', 2027)).toEqual(['2027-03-22', '2027-04-03'])
  expect(span('school-holiday', 'sommerferien', 2027)).toEqual(['2027-07-08', '2027-08-18'])
  expect(span('school-holiday', 'weihnachtsferien', 2027)).toEqual(['2027-12-23', '2028-01-08'])
  expect(span('school-holiday', 'sommerferien', 2028)).toEqual(['2028-07-20', '2028-08-30'])
})

test('a year’s listing includes observances that began in the previous year', () => {
  const ids = listObservancesForYear(2026, ['school-holiday']).map((o) => o.id)
  expect(ids[0]).toBe('school-holiday-weihnachtsferien-2025')
  const chanukka = listObservancesForYear(2028, ['jewish']).find((o) => o.key === 'chanukka')
  expect(chanukka?.id).toBe('jewish-chanukka-2027')
})

// --- Listing behaviour -----------------------------------------------------------

test('observances are sorted by start date and then by tradition', () => {
  const all = listObservancesForYear(2026)
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1]!
    const b = all[i]!
    expect(a.start <= b.start, `${a.id} before ${b.id}`).toBe(true)
    if (a.start === b.start) {
      expect(TRADITIONS.indexOf(a.tradition) <= TRADITIONS.indexOf(b.tradition), `${a.id} before ${b.id}`).toBe(true)
    }
  }
  // On 3 April 2026 Good Friday (christian-western) comes before the public holiday.
  const thirdOfApril = all.filter((o) => o.start === '2026-04-03').map((o) => o.tradition)
  expect(thirdOfApril).toEqual(['christian-western', 'public-holiday'])
})

test('ids are unique and stable across calls', () => {
  const first = listObservancesForYear(2027, undefined, { includeWeekly: true })
  const ids = first.map((o) => o.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(listObservancesForYear(2027, undefined, { includeWeekly: true }).map((o) => o.id)).toEqual(ids)
})

test('listObservances returns the observances overlapping the range, filtered by tradition', () => {
  const result = listObservances({ from: '2026-03-19', to: '2026-03-21', traditions: ['islamic', 'bahai'] })
  expect(result.map((o) => o.id)).toEqual([
    'islamic-ramadan-2026',
    'islamic-eid-al-fitr-2026',
    'bahai-naw-ruz-2026',
  ])
})

test('cached observances cannot be modified by callers', () => {
  const [o] = listObservances({ from: '2026-09-21', to: '2026-09-21', traditions: ['jewish'] })
  expect(o?.key).toBe('yom-kippur')
  expect(() => {
    ;(o as { start: string }).start = '2000-01-01'
  }).toThrow(TypeError)
  expect(listObservances({ from: '2026-09-21', to: '2026-09-21', traditions: ['jewish'] })[0]?.start).toBe('2026-09-21')
})

test('invalid ranges and traditions are rejected', () => {
  expect(() => listObservances({ from: '2026-13-01', to: '2026-12-31' })).toThrow(RangeError)
  expect(() => listObservances({ from: '2026-12-31', to: '2026-01-01' })).toThrow(RangeError)
  expect(() => listObservances({ from: '2026-01-01', to: '2026-12-31', traditions: ['pastafarian' as Tradition] })).toThrow(
    RangeError,
  )
  expect(() => listObservancesForYear(1800)).toThrow(RangeError)
})

test('the computed dates do not depend on the time zone of the server', () => {
  const compute = () =>
    JSON.stringify([
      jewishObservances(2026),
      islamicObservances(2026),
      westernChristianObservances(2026),
      otherObservances(2026),
      publicHolidayObservances(2026),
    ])
  const original = process.env.TZ
  try {
    process.env.TZ = 'UTC'
    const utc = compute()
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Europe/Berlin']) {
      process.env.TZ = zone
      expect(compute(), zone).toBe(utc)
    }
  } finally {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  }
})
