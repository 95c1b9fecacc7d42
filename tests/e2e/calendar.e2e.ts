import { expect, test } from '@playwright/test'
import { icsProblems } from '../support/ics-conformance'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling } from './support'

const member = demoUsers.find((user) => user.key === 'member')!

test('a member creates a personal calendar address, sees it once with subscribe links, and the feed answers', async ({ page, request }) => {
  await page.goto('/login?redirectTo=/account/feed')
  const passwordForm = page.locator('#password-sign-in')
  await passwordForm.getByLabel('E-Mail-Adresse').fill(member.email)
  await passwordForm.getByLabel('Passwort').fill(member.password)
  await passwordForm.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/account\/feed$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Kalender-Abo')
  await expect(page.getByText('Sie haben noch keine persönliche Kalenderadresse.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Kalenderadresse erstellen' }).click()
  await expect(page.getByRole('status')).toContainText('nur dieses eine Mal angezeigt')
  const address = await page.getByLabel('Adresse des Kalenders zum Kopieren').inputValue()
  expect(address).toMatch(/\/feeds\/[a-z2-7]{32}\/calendar\.ics$/)
  await expect(page.getByRole('link', { name: 'Im Kalenderprogramm abonnieren' })).toHaveAttribute('href', address.replace(/^http:/, 'webcal:'))
  await page.getByText('Google Kalender').click()
  await expect(page.getByText('„Per URL“')).toBeVisible()
  await expectNoAxeViolations(page)

  const feed = await request.get(address)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  const body = await feed.body()
  expect(icsProblems(body)).toEqual([])
  expect(body.toString('utf8')).toContain('BEGIN:VEVENT')

  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/account/feed')
  await expect(page.getByRole('button', { name: 'Neue Adresse erstellen (die alte wird ungültig)' })).toBeVisible()
  await expectNoHorizontalScrolling(page)
})

test('the public feed and the observance calendar of the demo district conform to RFC 5545', async ({ request }) => {
  for (const path of ['/calendar.ics', '/observances.ics', '/observances.ics?tradition=islamic,jewish&year=2027']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const body = await response.body()
    expect(icsProblems(body), path).toEqual([])
    expect(body.toString('utf8'), path).toContain('BEGIN:VEVENT')
  }
})
