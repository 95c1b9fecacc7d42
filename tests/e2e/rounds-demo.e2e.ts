import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling, signedIn } from './support'

const coordinator = demoUsers.find((user) => user.key === 'coordinator')!
const editor = demoUsers.find((user) => user.key === 'editor-trusted')! // editor of the Jewish community, a member of the Runder Tisch
const seriesPath = '/networks/runder-tisch-der-religionen/rounds'
const seriesTitle = 'Runder Tisch der Religionen – Sitzungen'

test('the demo coordinator finds the Runder Tisch series with two held rounds, their minutes, and the open date poll of the coming round', async ({ browser }) => {
  const page = await signedIn(browser, coordinator)
  await page.goto(seriesPath)
  const series = page.getByRole('region', { name: seriesTitle })
  await expect(series).toContainText('alle 2–3 Monate')
  await expect(series).toContainText('Jüdische Gemeinde Osnabrück → DITIB-Gemeinde Osnabrück → Bistum Osnabrück')
  const past = series.locator('div').filter({ has: page.getByRole('heading', { name: 'Vergangene Runden' }) })
  await expect(past.getByRole('listitem')).toHaveCount(2)
  await expect(past.getByRole('listitem').filter({ hasText: 'Runde 1' })).toContainText('Jüdische Gemeinde Osnabrück')
  await expect(past.getByRole('listitem').filter({ hasText: 'Runde 2' })).toContainText('DITIB-Gemeinde Osnabrück')
  await expect(past.getByRole('listitem').filter({ hasText: 'Runde 2' })).toContainText('stattgefunden')
  await expectNoAxeViolations(page)

  await past.getByRole('listitem').filter({ hasText: 'Runde 1' }).getByRole('link', { name: 'Protokoll' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll')
  await expect(page.getByRole('main')).toContainText('Feiertagskalender')
  await expectNoAxeViolations(page)

  await page.goto(seriesPath)
  await series.getByRole('link', { name: 'Terminumfrage', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terminumfrage')
  await expect(page.getByRole('region', { name: 'Rangfolge' }).getByRole('listitem')).toHaveCount(3)
  await expect(page.getByText(/Schulferien in Niedersachsen|Wichtiger Feiertag|Überschneidungen mit Feier- und Gedenktagen/).first()).toBeVisible()
  await expect(page.getByRole('table')).toContainText('Leyla Demir')
  await expect(page.getByRole('table')).toContainText('Miriam Goldberg')
  await expectNoAxeViolations(page)
  await page.context().close()
})

test('on a 320 px phone, a member of the Runder Tisch reads the coming agenda with the open task of the last round', async ({ browser }) => {
  const page = await signedIn(browser, editor, 320)
  await page.goto(seriesPath)
  await expectNoHorizontalScrolling(page)
  const coming = page.getByRole('region', { name: seriesTitle }).getByRole('listitem').filter({ hasText: 'Runde 3' })
  await coming.getByRole('link', { name: /^Tagesordnung/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagesordnung')
  await expect(page.getByRole('main')).toContainText('Jahresplanung: gemeinsame Termine im kommenden Jahr')
  await expect(page.getByRole('main')).toContainText('Feiertagskalender mit dem Regionalen Landesamt für Schule und Bildung abstimmen und verteilen')
  await expectNoHorizontalScrolling(page)
  await expectNoAxeViolations(page)
  await page.context().close()
})
