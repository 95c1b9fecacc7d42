import { expect, test, type Browser } from '@playwright/test'
import { demoUsers, expectNoAxeViolations, expectNoHorizontalScrolling, newPage, signIn } from './support'

const admin = demoUsers.find((user) => user.key === 'admin')!
const coordinator = demoUsers.find((user) => user.key === 'coordinator')!
const editor = demoUsers.find((user) => user.key === 'editor-trusted')! // editor of the Jewish community, a member of the Runder Tisch
const network = 'runder-tisch-der-religionen'
const title = 'Erklärung zum Tag der Religionen'

/** The office reads the link from the editor's "please sign" mail in the outbox (nothing leaves the machine). */
async function statementLinkFor(browser: Browser, to: string) {
  const office = await newPage(browser)
  await signIn(office, admin)
  await office.goto('/admin/outbox')
  const row = office.getByRole('row').filter({ hasText: to }).filter({ hasText: 'Bitte unterzeichnen' }).first()
  await row.getByRole('link').click()
  const text = await office.locator('pre.mail-text').innerText()
  await office.context().close()
  return /https?:\/\/\S+\/rounds\/statements\/[a-z0-9]+/.exec(text)?.[0]
}

test('a coordinator drafts and opens a joint statement, an editor signs from the mailed link, the coordinator publishes, and anyone reads the public page', async ({ page, browser }) => {
  await signIn(page, coordinator)
  await page.goto(`/networks/${network}/rounds`)
  await page.getByRole('link', { name: /^Alle gemeinsamen Erklärungen/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeinsame Erklärungen')
  const form = page.getByRole('region', { name: 'Neue gemeinsame Erklärung' })
  await form.getByRole('button', { name: 'Entwurf anlegen' }).click()
  await expect(form.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await form.getByLabel('Titel').fill(title)
  await form.getByLabel('Text', { exact: true }).fill('Wir laden **gemeinsam** zum Tag der Religionen ein.\n\n- Begegnung\n- Gebet\n\n<i>kein HTML</i>')
  await form.getByRole('button', { name: 'Entwurf anlegen' }).click()
  await expect(page.getByText('Der Entwurf ist angelegt.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Zur Unterzeichnung öffnen' }).click()
  await expect(page.getByText('Die Erklärung ist zur Unterzeichnung geöffnet')).toBeVisible()
  const statementUrl = page.url()

  // the editor follows the link from the mail and signs for the Jewish community
  const link = await statementLinkFor(browser, editor.email)
  expect(link).toBeTruthy()
  // on a phone
  const editorPage = await newPage(browser, 320)
  await signIn(editorPage, editor)
  await editorPage.goto(link!)
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(title)
  await expectNoAxeViolations(editorPage)
  await editorPage.getByRole('button', { name: 'Für Jüdische Gemeinde Osnabrück unterzeichnen' }).click()
  await expect(editorPage.getByText('Ihre Organisation hat unterzeichnet.')).toBeVisible()
  await expect(editorPage.getByRole('region', { name: 'Unterzeichnende Organisationen' })).toContainText('Jüdische Gemeinde Osnabrück')
  await expect(editorPage.getByRole('button', { name: 'Unterschrift von Jüdische Gemeinde Osnabrück zurückziehen' })).toBeVisible()
  await expectNoAxeViolations(editorPage)
  await expectNoHorizontalScrolling(editorPage)
  await editorPage.context().close()

  // the coordinator publishes
  await page.goto(statementUrl)
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(page.getByText('Die Erklärung ist veröffentlicht.')).toBeVisible()
  await page.getByRole('link', { name: 'Öffentliche Seite der Erklärung' }).click()
  await page.waitForURL(/:\d+\/statements\/[a-z0-9]+$/)
  const publicUrl = page.url()

  // an anonymous visitor reads the public page, reached from the network page
  const visitor = await newPage(browser, 320)
  await visitor.goto(`/networks/${network}`)
  await visitor.getByRole('link', { name: title }).click()
  await expect(visitor).toHaveURL(publicUrl)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.locator('.prose strong')).toHaveText('gemeinsam')
  await expect(visitor.getByText('<i>kein HTML</i>')).toBeVisible()
  const signatories = visitor.getByRole('region', { name: '1 unterzeichnende Organisation' })
  await expect(signatories.getByRole('link', { name: 'Jüdische Gemeinde Osnabrück' })).toBeVisible()
  await expectNoAxeViolations(visitor)
  await expectNoHorizontalScrolling(visitor)
  await signatories.getByRole('link', { name: 'Jüdische Gemeinde Osnabrück' }).click()
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Jüdische Gemeinde Osnabrück')
  await visitor.context().close()
})

test('the demo statement of the Runder Tisch has a public page with its signatories', async ({ page }) => {
  await page.goto(`/networks/${network}`)
  await page.getByRole('link', { name: /^Gemeinsam gegen Hass und Gewalt/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Gemeinsam gegen Hass und Gewalt/)
  await expect(page.getByRole('region', { name: '5 unterzeichnende Organisationen' })).toContainText('Bistum Osnabrück')
  await expectNoAxeViolations(page)
})
