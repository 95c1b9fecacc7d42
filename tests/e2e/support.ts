import AxeBuilder from '@axe-core/playwright'
import { expect, type Browser, type Page } from '@playwright/test'

/**
 * axe-core with the WCAG 2.1 A and AA rules: no violations allowed.
 * Legacy mode runs axe inside the page itself; the default mode opens a helper tab,
 * which Debian's headless Chromium refuses in a second browser context.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** The demo accounts seeded by db/seed.ts. */
export { demoUsers } from '../../db/data/demo-district'

type Credentials = { email: string; password: string }

/** Signs in with the password form (German UI) and waits until the login page is left. */
export async function signIn(page: Page, user: Credentials) {
  await page.goto('/login')
  const form = page.locator('#password-sign-in')
  await form.getByLabel('E-Mail-Adresse').fill(user.email)
  await form.getByLabel('Passwort').fill(user.password)
  await form.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** A page in a fresh context of its own: German, Europe/Berlin, `width` pixels wide (320 for a small phone). */
export async function newPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width, height: 800 } })
  return context.newPage()
}

/** `newPage` with `user` signed in. */
export async function signedIn(browser: Browser, user: Credentials, width = 1280): Promise<Page> {
  const page = await newPage(browser, width)
  await signIn(page, user)
  return page
}

export async function expectNoHorizontalScrolling(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0)
}
