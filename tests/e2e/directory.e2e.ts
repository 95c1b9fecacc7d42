import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling, signIn } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const editor = demoUsers.find((user) => user.key === 'editor')!
const SLUG = 'ditib-sultan-murad-moschee-bad-essen'
const NEW_TEXT = 'Freitagsgebet und Teestube; Besuchergruppen sind nach Absprache willkommen.'

test('the public directory pages are searchable, filterable and accessible', async ({ page }) => {
  await page.goto('/networks')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerke')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Runder Tisch der Religionen Osnabrück' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runder Tisch der Religionen Osnabrück')
  await expect(page.locator('#subscribe')).toBeAttached()
  await expectNoAxeViolations(page)

  await page.goto('/organisations')
  await expectNoAxeViolations(page)
  await page.getByLabel('Suche nach Name oder Beschreibung').fill('Juedische')
  await page.getByRole('button', { name: 'Suchen' }).click()
  await expect(page.getByRole('link', { name: 'Jüdische Gemeinde Osnabrück' })).toBeVisible()
  await page.getByRole('link', { name: 'Jüdische Gemeinde Osnabrück' }).click()
  await expect(page.getByRole('link', { name: 'Auf OpenStreetMap zeigen' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/organisations?q=zzzqqq')
  await expect(page.getByText('Keine Organisation passt zu Ihrer Suche.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/organisations/apply')
  await expectNoAxeViolations(page)
})

test('the directory reflows at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  for (const path of ['/organisations', '/organisations/juedische-gemeinde-osnabrueck', '/networks', '/networks/runder-tisch-der-religionen', '/organisations/apply']) {
    await page.goto(path)
    await expectNoHorizontalScrolling(page)
  }
})

test('an editor updates the profile, the office approves it, and the public page shows it', async ({ browser }) => {
  const editorPage = await (await browser.newContext()).newPage()
  await signIn(editorPage, editor)
  await editorPage.goto(`/organisations/${SLUG}`)
  await editorPage.getByRole('link', { name: 'Eintrag bearbeiten' }).click()
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Eintrag bearbeiten')
  await expectNoAxeViolations(editorPage)
  await editorPage.getByLabel('Webseite').fill('javascript:alert(1)')
  await editorPage.getByRole('button', { name: 'Speichern' }).click()
  await expect(editorPage.getByText('Bitte geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.')).toBeVisible()
  await expectNoAxeViolations(editorPage)
  await editorPage.getByLabel('Webseite').fill('https://example.org/moschee-linne')
  await editorPage.getByLabel('Beschreibung', { exact: true }).fill(NEW_TEXT)
  await editorPage.getByRole('button', { name: 'Speichern' }).click()
  await expect(editorPage.getByText('Ihre Änderungen warten jetzt auf die Prüfung.')).toBeVisible()
  await expect(editorPage.getByText('Ihre letzten Änderungen warten auf die Prüfung')).toBeVisible()

  const publicPage = await (await browser.newContext()).newPage()
  await publicPage.goto(`/organisations/${SLUG}`)
  await expect(publicPage.getByText(NEW_TEXT)).toHaveCount(0)

  const officePage = await (await browser.newContext()).newPage()
  await signIn(officePage, admin)
  await officePage.goto('/admin/review')
  await expect(officePage.getByRole('heading', { level: 1 })).toHaveText('Prüfung')
  const card = officePage.locator('li.card', { hasText: 'DITIB' })
  await expect(card.locator('ins', { hasText: NEW_TEXT })).toBeVisible()
  await expectNoAxeViolations(officePage)
  await card.getByRole('button', { name: 'Freigeben' }).click()
  await expect(officePage.getByText('Freigegeben. Die Änderung ist öffentlich.')).toBeVisible()
  await officePage.goto('/admin/directory')
  await expectNoAxeViolations(officePage)

  await publicPage.reload()
  await expect(publicPage.getByText(NEW_TEXT)).toBeVisible()
  await expect(publicPage.getByRole('link', { name: 'https://example.org/moschee-linne' })).toBeVisible()
})
