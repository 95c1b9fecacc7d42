import { expect, test, type Browser } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, signIn } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const coordinator = demoUsers.find((user) => user.key === 'coordinator')!
const members = [demoUsers.find((user) => user.key === 'editor')!, demoUsers.find((user) => user.key === 'member')!]
const network = 'arbeitskreis-interreligioeser-dialog'

/** The office reads the poll link from a member's mail in the outbox (nothing leaves the machine). */
async function pollLinkFor(browser: Browser, to: string) {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  const office = await context.newPage()
  await signIn(office, admin)
  await office.goto('/admin/outbox')
  const row = office.getByRole('row').filter({ hasText: to }).filter({ hasText: 'Terminumfrage' }).first()
  await row.getByRole('link').click()
  const text = await office.locator('pre.mail-text').innerText()
  await context.close()
  return /https?:\/\/\S+\/polls\/[a-z2-7]{32}/.exec(text)?.[0]
}

test('a coordinator polls three dates, two members answer from their mailed links, and the ranking shows the result', async ({ page, browser }) => {
  await signIn(page, coordinator)
  await page.goto(`/networks/${network}/rounds`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dialogrunden')
  await expectNoAxeViolations(page)
  const series = page.getByRole('region', { name: 'Neue Reihe anlegen' })
  await series.getByLabel('Titel der Reihe').fill('Runder Tisch im Arbeitskreis')
  await series.getByLabel('Rhythmus').fill('alle 2–3 Monate')
  await series.getByRole('button', { name: 'Reihe anlegen' }).click()
  await expect(page.getByText('Die Reihe ist angelegt.')).toBeVisible()
  // scoped to this series: other journeys may have created theirs in the same database
  const ownSeries = page.getByRole('region', { name: 'Runder Tisch im Arbeitskreis' })
  await ownSeries.getByRole('button', { name: 'Nächste Runde anlegen' }).click()
  await expect(page.getByText('Die Runde ist angelegt.')).toBeVisible()
  await ownSeries.getByRole('link', { name: 'Terminumfrage anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terminumfrage anlegen')
  await page.getByLabel('Terminvorschläge').fill('2027-01-14 18:30\n2027-01-14 18:30')
  await page.getByLabel('Antworten bis (Datum)').fill('2027-01-07')
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click()
  await expect(page.getByText('Ein Termin steht doppelt in der Liste.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Terminvorschläge').fill('2027-01-14 18:30\n2027-01-21 18:30\n2027-01-28 18:30')
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click()
  await expect(page.getByText('Die Terminumfrage ist angelegt.')).toBeVisible()
  const pollUrl = page.url()
  await page.getByRole('button', { name: 'Mitglieder des Netzwerks einladen' }).click()
  await expect(page.getByText('Die Einladungen sind unterwegs.')).toBeVisible()
  await expectNoAxeViolations(page)

  const choices = [
    ['Ja', 'Wenn nötig', 'Nein'],
    ['Nein', 'Ja', 'Nein'],
  ]
  for (const [index, member] of members.entries()) {
    const link = await pollLinkFor(browser, member!.email)
    expect(link, member!.email).toBeTruthy()
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 320, height: 800 } })
    const answerer = await context.newPage()
    await answerer.goto(link!)
    await expect(answerer.getByRole('heading', { level: 1 })).toHaveText('Ihre Antwort zur Terminumfrage')
    await expect(answerer.getByText(`Sie antworten als ${member!.name}.`)).toBeVisible()
    await expectNoAxeViolations(answerer)
    const groups = answerer.getByRole('group')
    for (const [n, choice] of choices[index]!.entries()) {
      await groups.nth(n).getByLabel(choice, { exact: true }).check()
    }
    await answerer.getByRole('button', { name: 'Antworten speichern' }).click()
    await expect(answerer.getByText('Ihre Antworten sind gespeichert.')).toBeVisible()
    await context.close()
  }

  await page.goto(pollUrl)
  const ranking = page.getByRole('region', { name: 'Rangfolge' })
  await expect(ranking.getByRole('listitem').first()).toContainText('3 Punkte – Ja: 1, wenn nötig: 1, Nein: 0')
  await expect(page.getByRole('table')).toContainText(members[0]!.name)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Umfrage jetzt schließen' }).click()
  await expect(page.getByText('Die Umfrage ist geschlossen.').first()).toBeVisible()
})
