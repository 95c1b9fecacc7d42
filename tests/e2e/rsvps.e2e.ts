import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test, type Page } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, signIn } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const EVENT_TITLE = 'Offener Tisch: gemeinsames Abendessen mit Nachbarinnen und Nachbarn'
const GUEST = 'gast.e2e@example.org'

/**
 * The seeded demo event's id, read from the server's fresh database. playwright.config.ts names it after
 * the runner's pid, and the worker running this file is the runner's child. The event detail page belongs
 * to the events area; once it links to the organiser views, the journey can navigate there instead.
 */
function demoEventId(): string {
  const path = join(tmpdir(), `dialognetz-e2e-${process.ppid}.db`)
  if (!existsSync(path)) throw new Error(`the e2e database ${path} is missing; did playwright.config.ts change its name?`)
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('select id from events where title = ?').get(EVENT_TITLE) as { id: string }).id
  } finally {
    db.close()
  }
}

async function signInAsOffice(page: Page) {
  await signIn(page, admin)
  await expect(page).toHaveURL(/\/admin$/)
}

test('an invitee opens the invitation from the outbox, answers "yes, 3 people, 2 halal", sees the confirmation and changes to 2 people', async ({
  page,
  browser,
}) => {
  const eventId = demoEventId()

  // The office invites a guest by address.
  await signInAsOffice(page)
  await page.goto(`/events/${eventId}/invitations`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen')
  await expectNoAxeViolations(page)
  await page.getByLabel('E-Mail-Adressen').fill(`${GUEST}\nkeine-adresse`)
  await page.getByRole('button', { name: 'Einladungen verschicken' }).click()
  await expect(page.getByRole('alert')).toContainText('keine-adresse')

  // The invitation, as the outbox shows it.
  const row = page.getByRole('row').filter({ hasText: GUEST }).first()
  await expect(async () => {
    await page.goto('/admin/outbox')
    await expect(row).toContainText('Im Postausgang', { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await row.getByRole('link').click()
  const text = await page.locator('pre.mail-text').innerText()
  expect(text).toContain(EVENT_TITLE)
  const link = /https?:\/\/\S+\/r\/[a-z2-7]{32}\?answer=yes/.exec(text)?.[0]
  expect(link).toBeTruthy()

  // The guest, not signed in, on a phone.
  const guestContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 320, height: 740 } })
  const guest = await guestContext.newPage()
  await guest.goto(link!)
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText(EVENT_TITLE)
  await expect(guest.getByLabel('Ich komme', { exact: true })).toBeChecked()
  await expectNoAxeViolations(guest)
  await guest.getByLabel(/Wie viele Personen kommen insgesamt/).fill('3')
  await guest.getByLabel('Halal', { exact: true }).fill('2')
  await guest.getByRole('button', { name: 'Antwort senden' }).click()
  await expect(guest.getByRole('status')).toHaveText('Danke! Sie sind angemeldet.')
  await expect(guest.getByRole('region', { name: 'Ihre Antwort bisher' })).toContainText('Zugesagt · 3 Personen')
  await expect(guest.getByLabel('Halal', { exact: true })).toHaveValue('2')
  await expectNoAxeViolations(guest)

  await guest.getByLabel(/Wie viele Personen kommen insgesamt/).fill('2')
  await guest.getByRole('button', { name: 'Antwort senden' }).click()
  await expect(guest.getByRole('region', { name: 'Ihre Antwort bisher' })).toContainText('Zugesagt · 2 Personen')
  await expectNoAxeViolations(guest)

  // A bad party size is explained next to the field.
  await guest.getByLabel(/Wie viele Personen kommen insgesamt/).fill('0')
  await guest.getByRole('button', { name: 'Antwort senden' }).click()
  await expect(guest.getByText('Bitte geben Sie eine Zahl von 1 bis 10 an.')).toBeVisible()
  await expectNoAxeViolations(guest)
  await guestContext.close()

  // The organiser sees the seats and the needs as totals.
  await page.goto(`/events/${eventId}/attendees`)
  await expect(page.getByText('2 × Halal')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Einlass' }).click()
  await expectNoAxeViolations(page)
})

test('a visitor answers a public event with name and address and confirms through the mailed link', async ({ page, browser }) => {
  const eventId = demoEventId()
  const visitor = 'besuch.e2e@example.org'
  await page.goto(`/events/${eventId}/answer`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_TITLE)
  await expectNoAxeViolations(page)
  await page.getByLabel('Ihr Name').fill('Besuch E2E')
  await page.getByLabel('E-Mail-Adresse').fill(visitor)
  await page.getByLabel('Ich komme', { exact: true }).check()
  await page.getByLabel('Stufenloser Zugang').check()
  await page.getByRole('button', { name: 'Antwort senden' }).click()
  await expect(page.getByRole('status')).toContainText('Fast geschafft')
  await expectNoAxeViolations(page)

  const officeContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const office = await officeContext.newPage()
  await signInAsOffice(office)
  const row = office.getByRole('row').filter({ hasText: visitor }).first()
  await expect(async () => {
    await office.goto('/admin/outbox')
    await expect(row).toContainText('Im Postausgang', { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await row.getByRole('link').click()
  const link = /https?:\/\/\S+\/confirm-answer\/[a-z2-7]{32}/.exec(await office.locator('pre.mail-text').innerText())?.[0]
  expect(link).toBeTruthy()
  await officeContext.close()

  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antwort bestätigen')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Ja, Antwort bestätigen' }).click()
  await expect(page).toHaveURL(/\/r\/[a-z2-7]{32}$/)
  await expect(page.getByRole('status')).toHaveText('Danke! Sie sind angemeldet.')
  await expect(page.getByLabel('Stufenloser Zugang')).toBeChecked()
})
