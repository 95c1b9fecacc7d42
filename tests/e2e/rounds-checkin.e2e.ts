import { expect, test } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling, signedIn } from './support'

const coordinator = demoUsers.find((user) => user.key === 'coordinator')! // coordinates the Arbeitskreis, so she runs the check-in of its events
const arriving = demoUsers.find((user) => user.key === 'editor')! // Yusuf Aydın, DITIB Sultan Murad Moschee Bad Essen
const network = 'arbeitskreis-interreligioeser-dialog'
const seriesTitle = 'Arbeitskreis-Sitzungen mit Einlass'
const arrivingOrganisation = 'DITIB Sultan Murad Moschee Bad Essen'
const hostOrganisation = 'Landkreis Osnabrück – Integrationsbeauftragter' // the coordinator's own office hosts; nobody of it is checked in
const absent = demoUsers.find((user) => user.key === 'member')! // Jonas Albers: says yes, but does not come
const absentOrganisation = 'Ev.-luth. Kirchengemeinde St. Petri Melle' // his parish

/** YYYY-MM-DD in Berlin, `days` after today: the poll's dates stay in the future whenever the journey runs. */
function berlinDay(days: number) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000))
}

test('on a 320 px phone the coordinator checks a member in at the door of the round, then takes the attendance over from the check-in, adds the host by hand and saves it', async ({
  browser,
}) => {
  // A round of its own with an event: series → round → poll with one date → winner (the event, invitations to the members).
  const page = await signedIn(browser, coordinator)
  await page.goto(`/networks/${network}/rounds`)
  const newSeries = page.getByRole('region', { name: 'Neue Reihe anlegen' })
  await newSeries.getByLabel('Titel der Reihe').fill(seriesTitle)
  await newSeries.getByLabel('1. Gastgeber', { exact: true }).selectOption({ label: hostOrganisation })
  await newSeries.getByRole('button', { name: 'Reihe anlegen' }).click()
  await expect(page.getByText('Die Reihe ist angelegt.')).toBeVisible()
  // scoped to this series: other journeys create theirs in the same network and database
  const series = page.getByRole('region', { name: seriesTitle })
  await series.getByRole('button', { name: 'Nächste Runde anlegen' }).click()
  await expect(page.getByText('Die Runde ist angelegt.')).toBeVisible()
  await series.getByRole('link', { name: 'Terminumfrage anlegen' }).click()
  await page.getByLabel('Terminvorschläge').fill(`${berlinDay(70)} 18:30`)
  await page.getByLabel('Antworten bis (Datum)').fill(berlinDay(60))
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click()
  await expect(page.getByText('Die Terminumfrage ist angelegt.')).toBeVisible()
  await page.getByRole('button', { name: /wählen$/ }).click()
  await expect(page.getByText('Der Termin ist gewählt')).toBeVisible()
  await page.getByRole('link', { name: 'Zur Veranstaltung dieser Runde' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${seriesTitle} #1`)
  const eventUrl = page.url()

  // Two members of the network answer "yes" on the event page, signed in; only the first will come.
  for (const person of [arriving, absent]) {
    const member = await signedIn(browser, person)
    await member.goto(eventUrl)
    await member.getByRole('link', { name: 'Zu- oder absagen' }).click()
    await member.getByLabel('Ich komme', { exact: true }).check()
    await member.getByRole('button', { name: 'Antwort senden' }).click()
    await expect(member.getByRole('status')).toHaveText('Danke! Sie sind angemeldet.')
    await member.context().close()
  }

  // At the door, on a phone: the coordinator finds him in the check-in and marks him as arrived.
  await page.context().close()
  const door = await signedIn(browser, coordinator, 320)
  await door.goto(eventUrl)
  await door.getByRole('link', { name: 'Rückmeldungen und Einlass' }).click()
  await door.getByRole('link', { name: 'Einlass', exact: true }).click()
  await expect(door.getByRole('heading', { level: 1 })).toHaveText('Einlass')
  await expect(door.getByRole('button', { name: `${absent.name} ist da` })).toBeVisible()
  await door.getByLabel('Name suchen').fill('Aydın')
  await door.getByRole('button', { name: 'Suchen' }).click()
  await expect(door).toHaveURL(/\?q=Ayd/)
  await expect(door.getByRole('button', { name: `${absent.name} ist da` })).toHaveCount(0)
  const arrive = door.getByRole('button', { name: `${arriving.name} ist da` })
  await expect(arrive).toBeVisible()
  await expectNoHorizontalScrolling(door)
  await expectNoAxeViolations(door)
  await arrive.click()
  await expect(door.getByText('Als angekommen markiert.')).toBeVisible()
  await expect(door.getByRole('button', { name: `${arriving.name}: zurücknehmen` })).toBeVisible()
  await expectNoAxeViolations(door)
  await door.context().close()

  // Later, on a phone again: the minutes page takes the attendance over from the check-in.
  const phone = await signedIn(browser, coordinator, 320)
  await phone.goto(`/networks/${network}/rounds`)
  await phone.getByRole('region', { name: seriesTitle }).getByRole('link', { name: 'Protokoll' }).click()
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Protokoll')
  const attendance = phone.getByRole('group', { name: 'Anwesende Organisationen' })
  await expect(attendance.getByLabel(arrivingOrganisation)).not.toBeChecked()
  await phone.getByRole('link', { name: 'Aus dem Check-in übernehmen' }).click()
  await expect(phone.getByRole('status').filter({ hasText: 'Aus dem Check-in vorausgefüllt' })).toHaveText(
    'Aus dem Check-in vorausgefüllt: 1 Organisation war da. Bitte prüfen und speichern.',
  )
  await expect(attendance.getByLabel(arrivingOrganisation)).toBeChecked()
  await expect(attendance.getByLabel(absentOrganisation)).not.toBeChecked()
  await expect(attendance.getByRole('checkbox', { checked: true })).toHaveCount(1)
  await expectNoHorizontalScrolling(phone)
  await expectNoAxeViolations(phone)

  // the host's people were there but nobody checked them in: the coordinator corrects that by hand
  await expect(attendance.getByLabel(hostOrganisation)).not.toBeChecked()
  await attendance.getByLabel(hostOrganisation).check()
  await phone.getByRole('button', { name: 'Anwesenheit speichern' }).click()
  await expect(phone.getByText('Die Anwesenheit ist gespeichert.')).toBeVisible()
  await expect(phone.getByRole('region', { name: 'Anwesenheit' })).toContainText(`Anwesend: ${arrivingOrganisation}, ${hostOrganisation}`)
  await expect(attendance.getByLabel(arrivingOrganisation)).toBeChecked()
  await expect(attendance.getByLabel(hostOrganisation)).toBeChecked()
  await expect(attendance.getByLabel(absentOrganisation)).not.toBeChecked()
  await expectNoHorizontalScrolling(phone)
  await phone.context().close()
})
