import { expect, test } from 'vitest'
import { answerSchema, publicAnswerSchema } from '~/domain/rsvps/schema'
import { formatDate, formatDateTime, formatRange } from '~/utils/i18n'
import { berlinDate } from '~/utils/time'

// Formatters and answer schemas are built once and reused; each use must still get its own locale, options and limit.

const winter = Date.UTC(2026, 11, 3, 17, 30) // Do., 3. Dez. 2026, 18:30 in Berlin
const summer = Date.UTC(2026, 6, 2, 22, 30) // 3 July 2026, 00:30 in Berlin (already the next day)

test('dates are formatted in each locale and with each set of options, however often and in whatever order they are asked for', () => {
  for (let round = 0; round < 2; round++) {
    expect(formatDateTime(winter, 'de')).toBe('03.12.2026, 18:30')
    expect(formatDateTime(winter, 'en')).toBe('3 Dec 2026, 18:30')
    expect(formatDateTime(winter, 'de', { dateStyle: 'full' })).toBe('Donnerstag, 3. Dezember 2026 um 18:30')
    expect(formatDate(winter, 'de')).toBe('03.12.2026')
    expect(formatDate(winter, 'en', { month: 'long', year: 'numeric', dateStyle: undefined })).toBe('December 2026')
    expect(formatRange(winter, winter + 90 * 60_000, 'de')).toBe('Do., 3. Dez. 2026, 18:30–20:00 Uhr')
    expect(formatRange(winter, winter + 86_400_000, 'de', true)).toMatch(/^Do\., 3\.\s–\sFr\., 4\. Dez\. 2026$/)
    expect(berlinDate(summer)).toBe('2026-07-03')
    expect(berlinDate(winter)).toBe('2026-12-03')
  }
})

test('the answer form keeps each event\'s own party limit when several limits are in use', () => {
  const two = answerSchema(2)
  const five = answerSchema(5)
  expect(answerSchema(2)).toBe(two)
  expect(two.safeParse({ answer: 'yes', partySize: 3 }).success).toBe(false)
  expect(five.safeParse({ answer: 'yes', partySize: 3 }).success).toBe(true)
  expect(answerSchema(2).safeParse({ answer: 'yes', partySize: 3 }).success).toBe(false)
  const publicTwo = publicAnswerSchema(2)
  expect(publicTwo.safeParse({ answer: 'yes', partySize: 3, name: 'Aylin', email: 'aylin@example.org' }).success).toBe(false)
  expect(publicAnswerSchema(5).safeParse({ answer: 'yes', partySize: 3, name: 'Aylin', email: 'aylin@example.org' }).success).toBe(true)
})
