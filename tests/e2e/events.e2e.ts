import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, signIn } from './support'

const editor = demoUsers.find((user) => user.key === 'editor')!
const admin = demoUsers.find((user) => user.key === 'admin')!

// The evening of 20 September 2026 is the eve of Yom Kippur (21 September 2026, hebcal.com).
// That date has passed, so after approval the event is found in the calendar's archive of past events.
const title = 'Gesprächsabend: Nachbarschaft im Dialog'

test('an editor of a non-trusted organisation submits an event on the eve of Yom Kippur, saves anyway, the office approves it and it appears on /events', async ({ page, browser }) => {
  await signIn(page, editor)
  await page.goto('/events/new')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranstaltung eintragen')
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Beschreibung').fill('Ein Abend zum Kennenlernen.\nMehr unter https://example.org/dialog')
  await page.getByLabel('Art der Veranstaltung').selectOption('dialogue-round')
  await page.getByLabel('Netzwerk').selectOption({ label: 'Arbeitskreis interreligiöser Dialog im Landkreis Osnabrück' })
  await page.getByLabel('Beginn (Datum)').fill('2026-09-20')
  await page.getByLabel('Beginn (Uhrzeit)').fill('18:30')
  await page.getByLabel('Ende (Datum)').fill('2026-09-20')
  await page.getByLabel('Ende (Uhrzeit)').fill('21:00')
  await page.getByLabel('Ort', { exact: true }).fill('Gemeindesaal')
  await page.getByRole('button', { name: 'Einreichen' }).click()

  // The warning comes before anything is saved, prominent, and names who is affected.
  const alert = page.getByRole('alert').filter({ hasText: 'hohen Feiertag' })
  await expect(alert).toContainText('Jom Kippur')
  await expect(alert).toContainText('Jüdische Gemeinde Osnabrück')
  await expectNoAxeViolations(page)
  await page.getByLabel('Ich habe die Hinweise gelesen und speichere trotzdem.').check()
  await page.getByRole('button', { name: 'Einreichen' }).click()
  await expect(page.getByRole('status')).toContainText('wartet auf Freigabe')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const eventUrl = new URL(page.url()).pathname

  // Not public yet.
  const publicContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const visitor = await publicContext.newPage()
  expect((await visitor.goto(eventUrl))!.status()).toBe(404)

  // The office approves it in the moderation queue.
  const officeContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const office = await officeContext.newPage()
  await signIn(office, admin)
  await office.goto('/moderation')
  const item = office.getByRole('listitem').filter({ hasText: title })
  await expectNoAxeViolations(office)
  await item.getByRole('button', { name: 'Freigeben' }).click()
  await expect(office.getByRole('status')).toContainText('freigegeben')

  // Everyone finds it on /events (its archive of past events) and its page.
  await visitor.goto('/events?archive=1&q=Nachbarschaft')
  await expectNoAxeViolations(visitor)
  await visitor.getByRole('link', { name: title }).click()
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.getByRole('link', { name: 'https://example.org/dialog' })).toBeVisible()
  await expect(visitor.locator('#add-to-calendar a')).toHaveAttribute('href', `${eventUrl}/calendar.ics`)
  await expect(visitor.locator('#answer')).toHaveCount(0) // a past event takes no answers
  await expectNoAxeViolations(visitor)

  // The month view shows it under its day.
  await visitor.goto('/events?view=month&month=2026-09')
  await expect(visitor.getByRole('heading', { name: 'Sonntag, 20. September' })).toBeVisible()
  await expect(visitor.getByRole('link', { name: title })).toBeVisible()
  await expectNoAxeViolations(visitor)
  await publicContext.close()
  await officeContext.close()
})

test('the observances page shows the year month by month and filters by tradition', async ({ page }) => {
  await page.goto('/observances?year=2027&tradition=jewish')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feiertage und Festzeiten')
  await expect(page.getByText('Jom Kippur (Versöhnungstag)')).toBeVisible()
  await expect(page.getByText('Ramadan')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('bad input in the event form shows messages next to the fields', async ({ page }) => {
  await signIn(page, editor)
  await page.goto('/events/new')
  await page.getByLabel('Titel').fill('Test')
  await page.getByLabel('Art der Veranstaltung').selectOption('talk')
  await page.getByLabel('Beginn (Datum)').fill('2027-10-20')
  await page.getByLabel('Beginn (Uhrzeit)').fill('19:00')
  await page.getByLabel('Ende (Datum)').fill('2027-10-20')
  await page.getByLabel('Ende (Uhrzeit)').fill('18:00')
  await page.getByLabel('Plätze').fill('0')
  await page.getByLabel('Online-Link').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Einreichen' }).click()
  await expect(page.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible()
  await expect(page.getByText('Es muss mindestens einen Platz geben.')).toBeVisible()
  await expect(page.getByText('Bitte geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.')).toBeVisible()
  await expectNoAxeViolations(page)
})
