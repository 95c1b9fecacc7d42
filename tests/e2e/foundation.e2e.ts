import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const member = demoUsers.find((user) => user.key === 'member')!

test('the German start page shows what Dialognetz is, upcoming events and the networks', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialognetz im Landkreis Osnabrück')
  await expect(page.getByRole('heading', { name: 'Nächste Veranstaltungen' })).toBeVisible()
  await expect(page.getByText('Runder Tisch der Religionen Osnabrück').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the demo admin signs in with a password and reaches the administration', async ({ page }) => {
  await page.goto('/login')
  await expectNoAxeViolations(page)
  const passwordForm = page.locator('#password-sign-in')
  await passwordForm.getByLabel('E-Mail-Adresse').fill(admin.email)
  await passwordForm.getByLabel('Passwort').fill(admin.password)
  await passwordForm.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwaltung')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Postausgang' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Postausgang')
  await expectNoAxeViolations(page)
})

test('bad sign-in input shows a message next to the field', async ({ page }) => {
  await page.goto('/login')
  const passwordForm = page.locator('#password-sign-in')
  await passwordForm.getByLabel('E-Mail-Adresse').fill('keine-adresse')
  await passwordForm.getByRole('button', { name: 'Anmelden' }).click()
  await expect(passwordForm.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a member signs in with the link read from the outbox', async ({ page, browser }) => {
  await page.goto('/login')
  const linkForm = page.locator('#link-sign-in')
  await linkForm.getByLabel('E-Mail-Adresse').fill(member.email)
  await linkForm.getByRole('button', { name: 'Anmeldelink schicken' }).click()
  await expect(page.getByRole('status')).toContainText('Anmeldelink unterwegs')

  // The office reads the mail in the outbox (no RESEND_API_KEY: nothing leaves the machine).
  const officeContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const office = await officeContext.newPage()
  await office.goto('/login')
  const officeForm = office.locator('#password-sign-in')
  await officeForm.getByLabel('E-Mail-Adresse').fill(admin.email)
  await officeForm.getByLabel('Passwort').fill(admin.password)
  await officeForm.getByRole('button', { name: 'Anmelden' }).click()
  await expect(office).toHaveURL(/\/admin$/)
  await office.goto('/admin/outbox')
  const row = office.getByRole('row').filter({ hasText: member.email }).first()
  await expect(row).toContainText('Im Postausgang', { timeout: 10_000 })
  await row.getByRole('link').click()
  await expectNoAxeViolations(office)
  const text = await office.locator('pre.mail-text').innerText()
  const link = /https?:\/\/\S+\/auth\/[a-z2-7]{32}/.exec(text)?.[0]
  expect(link).toBeTruthy()
  await officeContext.close()

  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmeldung bestätigen')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Jetzt anmelden' }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByRole('status')).toHaveText('Sie sind angemeldet.')
  await expectNoAxeViolations(page)
})

test('a visitor switches to English and the page follows', async ({ page }) => {
  await page.goto('/events')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events')
  await expectNoAxeViolations(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialognetz in Landkreis Osnabrück')
})

test('an unknown address shows the translated 404 page', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden')
  await expectNoAxeViolations(page)
})

test('the layout works at 320 pixels without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  for (const path of ['/', '/login', '/events', '/organisations']) {
    await page.goto(path)
    await expectNoHorizontalScrolling(page)
  }
})
