import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, mailSuppressions, notificationPreferences, outbox } from '../../db/schema'
import { suppressAddress } from '~/domain/mail/suppressions.server'
import { TestClient } from '../support/client'
import { TEST_PASSWORD, addMember, addToNetwork, createNetwork, createOrganisation, createUser, testDb } from '../support/factories'
import { outboxRow, queueMails } from '../support/mail'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
let admin: TestClient

beforeAll(async () => {
  testDb()
  server = await startServer()
  const person = await createUser({ role: 'admin' })
  admin = new TestClient(server.url)
  await admin.signIn(person.email, TEST_PASSWORD)
})

afterAll(() => server.stop())

test('a failed message shows its error and a retry button that queues it again', async () => {
  const [id] = queueMails(1, { prefix: 'admin-failed' })
  testDb().update(outbox).set({ status: 'failed', attempts: 8, lastError: '500 application_error: boom' }).where(eq(outbox.id, id!)).run()
  const list = await (await admin.get('/admin/outbox')).text()
  expect(list).toContain('500 application_error: boom')
  const page = await admin.get(`/admin/outbox/${id}`)
  const html = await page.text()
  expect(html).toContain('Erneut senden')
  expect(html).toContain('Letzter Fehler')
  const response = await admin.post(`/admin/outbox/${id}`, {})
  expect(response.status).toBe(302)
  expect(outboxRow(id!)).toMatchObject({ status: 'queued', attempts: 0, lastError: null })
  // a message that is not failed cannot be retried
  expect((await admin.post(`/admin/outbox/${id}`, {})).status).toBe(409)
})

test('admins see suppressed addresses and can lift one; others cannot', async () => {
  suppressAddress(testDb(), { email: 'Gesperrt@Example.org', reason: 'bounced', detail: 'mailbox full' })
  const page = await (await admin.get('/admin/suppressions')).text()
  expect(page).toContain('gesperrt@example.org')
  expect(page).toContain('Unzustellbar')
  const row = testDb().select().from(mailSuppressions).where(eq(mailSuppressions.email, 'gesperrt@example.org')).get()!
  const member = await createUser()
  const client = new TestClient(server.url)
  await client.signIn(member.email, TEST_PASSWORD)
  expect((await client.post('/admin/suppressions', { suppressionId: row.id })).status).toBe(403)
  expect((await admin.post('/admin/suppressions', { suppressionId: 'unknown' })).status).toBe(404)
  const lifted = await admin.post('/admin/suppressions', { suppressionId: row.id })
  expect(lifted.status).toBe(302)
  expect(testDb().select().from(mailSuppressions).where(eq(mailSuppressions.id, row.id)).get()).toBeUndefined()
  expect(testDb().select().from(auditLog).where(eq(auditLog.entityId, row.id)).get()?.action).toBe('mail.suppression_lifted')
})

test('a member chooses per network how to hear about it, and the mail language', async () => {
  const person = await createUser()
  const organisation = createOrganisation()
  const network = createNetwork({ name: 'Netzwerk Integration Melle' })
  addMember(organisation.id, person.id)
  addToNetwork(network.id, organisation.id)
  const client = new TestClient(server.url)
  await client.signIn(person.email, TEST_PASSWORD)
  const page = await (await client.get('/account/notifications')).text()
  expect(page).toContain('Netzwerk Integration Melle')
  expect(page).toMatch(/<option value="weekly" selected="">/)
  const saved = await client.post('/account/notifications', { [`network.${network.id}`]: 'monthly', locale: 'en' })
  expect(saved.status).toBe(302)
  expect(testDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, person.id)).get()?.frequency).toBe('monthly')
  const bad = await client.post('/account/notifications', { [`network.${network.id}`]: 'daily' })
  expect(bad.status).toBe(400)
  expect(await bad.text()).toContain('Bitte wählen Sie einen der angebotenen Werte.')
  expect((await new TestClient(server.url).get('/account/notifications')).status).toBe(302)
})
