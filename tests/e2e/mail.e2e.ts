import { expect, test, type Browser } from '@playwright/test'
import { demoUsers, expectNoAxeViolations } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const member = demoUsers.find((user) => user.key === 'member')!

/** The office reads a mail's plain text in the outbox (no RESEND_API_KEY: nothing leaves the machine). */
async function readMail(browser: Browser, to: string, pattern: RegExp) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const office = await context.newPage()
  await office.goto('/login')
  const form = office.locator('#password-sign-in')
  await form.getByLabel('E-Mail-Adresse').fill(admin.email)
  await form.getByLabel('Passwort').fill(admin.password)
  await form.getByRole('button', { name: 'Anmelden' }).click()
  await expect(office).toHaveURL(/\/admin$/)
  await office.goto('/admin/outbox')
  const row = office.getByRole('row').filter({ hasText: to }).first()
  await expect(row).toContainText('Im Postausgang', { timeout: 10_000 })
  await row.getByRole('link').click()
  await expectNoAxeViolations(office)
  const text = await office.locator('pre.mail-text').innerText()
  await office.goto('/admin/suppressions')
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('Gesperrte Adressen')
  await expectNoAxeViolations(office)
  await context.close()
  return pattern.exec(text)?.[0]
}

test('a visitor subscribes to the events digest and confirms with the link from the mail', async ({ page, browser }) => {
  await page.goto('/subscribe')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranstaltungsübersicht abonnieren')
  await expectNoAxeViolations(page)
  await page.getByLabel('E-Mail-Adresse').fill('besucherin@example.org')
  await page.getByRole('button', { name: 'Abonnieren' }).click()
  await expect(page.getByText('Bitte stimmen Sie zu, damit wir Ihnen schreiben dürfen.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Jüdisch').check()
  await page.getByLabel(/Ich möchte die Veranstaltungsübersicht/).check()
  await page.getByRole('button', { name: 'Abonnieren' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bitte bestätigen Sie Ihre Adresse')
  const link = await readMail(browser, 'besucherin@example.org', /https?:\/\/\S+\/subscribe\/confirm\/[a-z2-7]{32}/)
  expect(link).toBeTruthy()
  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abonnement bestätigen')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Bestätigen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abonnement bestätigt')
  await expectNoAxeViolations(page)
})

test('a member sets how to hear about each network', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/login')
  const form = page.locator('#password-sign-in')
  await form.getByLabel('E-Mail-Adresse').fill(member.email)
  await form.getByLabel('Passwort').fill(member.password)
  await form.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/account$/)
  await page.goto('/account/notifications')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen')
  await expectNoAxeViolations(page)
  const first = page.locator('select[name^="network."]').first()
  await first.selectOption('monthly')
  await page.getByLabel('Sprache der E-Mails').selectOption('en')
  await page.getByRole('button', { name: 'Speichern' }).click()
  await expect(page.getByRole('status')).toHaveText('Ihre Einstellungen sind gespeichert.')
  await expect(page.locator('select[name^="network."]').first()).toHaveValue('monthly')
  await expectNoAxeViolations(page)
})
