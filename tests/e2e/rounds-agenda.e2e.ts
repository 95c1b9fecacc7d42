import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const network = 'arbeitskreis-interreligioeser-dialog'

async function signIn(page: import('@playwright/test').Page, user: { email: string; password: string }) {
  await page.goto('/login')
  const form = page.locator('#password-sign-in')
  await form.getByLabel('E-Mail-Adresse').fill(user.email)
  await form.getByLabel('Passwort').fill(user.password)
  await form.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

test('the office sets the agenda, picks the poll winner, and the event shows the accepted agenda; minutes are written and published', async ({ page }) => {
  await signIn(page, admin)
  await page.goto(`/networks/${network}/rounds`)
  const newSeries = page.getByRole('region', { name: 'Neue Reihe anlegen' })
  await newSeries.getByLabel('Titel der Reihe').fill('Runder Tisch mit Tagesordnung')
  await newSeries.getByLabel('1. Gastgeber', { exact: true }).selectOption({ index: 1 })
  await newSeries.getByRole('button', { name: 'Reihe anlegen' }).click()
  await expect(page.getByText('Die Reihe ist angelegt.')).toBeVisible()
  const series = page.getByRole('region', { name: 'Runder Tisch mit Tagesordnung' })
  await series.getByRole('button', { name: 'Nächste Runde anlegen' }).click()
  await expect(page.getByText('Die Runde ist angelegt.')).toBeVisible()

  await series.getByRole('link', { name: 'Tagesordnung' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagesordnung')
  await page.getByRole('button', { name: 'Vorschlag einreichen' }).click()
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Titel', { exact: true }).fill('Gemeinsames Friedensgebet')
  await page.getByLabel('Kurze Beschreibung').fill('Planung für den Advent')
  await page.getByLabel('Vorschlagende Organisation').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Vorschlag einreichen' }).click()
  await expect(page.getByText('Ihr Themenvorschlag ist eingegangen.')).toBeVisible()
  await page.getByRole('button', { name: '„Gemeinsames Friedensgebet“ annehmen' }).click()
  await expect(page.getByText('Das Thema ist aktualisiert.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto(`/networks/${network}/rounds`)
  await series.getByRole('link', { name: 'Terminumfrage anlegen' }).click()
  await page.getByLabel('Terminvorschläge').fill('2027-02-11 18:30\n2027-02-18 18:30')
  await page.getByLabel('Antworten bis (Datum)').fill('2027-02-01')
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click()
  await expect(page.getByText('Die Terminumfrage ist angelegt.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: /wählen$/ }).first().click()
  await expect(page.getByText('Der Termin ist gewählt')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Zur Veranstaltung dieser Runde' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runder Tisch mit Tagesordnung #1')
  await expect(page.getByRole('region', { name: 'Tagesordnung' })).toContainText('Gemeinsames Friedensgebet')
  await expectNoAxeViolations(page)

  await page.goto(`/networks/${network}/rounds`)
  await series.getByRole('link', { name: 'Protokoll' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll')
  await page.getByLabel('Text des Protokolls').fill('Begrüßung durch **die Gastgeber**.\n\n- Friedensgebet am 1. Advent\n\n<b>kein HTML</b>')
  await page.getByRole('button', { name: 'Protokoll speichern' }).click()
  await expect(page.getByText('Das Protokoll ist gespeichert.')).toBeVisible()
  await page.getByRole('button', { name: 'Protokoll veröffentlichen' }).click()
  await expect(page.getByText('Das Protokoll ist veröffentlicht')).toBeVisible()
  await expect(page.locator('.prose strong')).toHaveText('die Gastgeber')
  await expect(page.getByText('<b>kein HTML</b>')).toBeVisible()
  await expectNoAxeViolations(page)
})
