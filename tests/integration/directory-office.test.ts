import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, events, networkMemberships, networks, organisationMembers, organisations, users } from '../../db/schema'
import { sendConfirmationRequests } from '~/domain/organisations/freshness.server'
import { listActiveOrganisations } from '~/domain/organisations/queries.server'
import { syncOrganisationSearch } from '~/domain/organisations/search.server'
import { TestClient } from '../support/client'
import {
  addMember,
  addToNetwork,
  appointCoordinator,
  createEvent,
  createNetwork,
  createOrganisation,
  createUser,
  listOutboxFor,
  testDb,
  TEST_PASSWORD,
} from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
let office: TestClient
beforeAll(async () => {
  testDb()
  server = await startServer()
  office = await signedIn(await createUser({ role: 'admin', name: 'Büro' }))
})
afterAll(() => server?.stop())

async function signedIn(user: { email: string }) {
  const client = new TestClient(server.url)
  await client.signIn(user.email, TEST_PASSWORD)
  return client
}

const audits = (entityId: string) =>
  testDb().select().from(auditLog).where(eq(auditLog.entityId, entityId)).all().map((entry) => entry.action)

test('the member list shows since when an organisation belongs to the network as a German date, not as the stored YYYY-MM-DD', async () => {
  const network = createNetwork()
  const organisation = createOrganisation()
  const add = { intent: 'add-member', organisationId: organisation.id, role: 'member', since: '2025-01-15' }
  expect((await office.post(`/networks/${network.slug}/members`, add)).status).toBe(302)

  const html = await (await office.get(`/networks/${network.slug}/members`)).text()
  expect(html).toContain('<td>15.01.2025</td>')
  expect(html).not.toContain('2025-01-15</td>')
})

test('a coordinator manages the membership of their own network only; editors and the public may not', async () => {
  const own = createNetwork()
  const other = createNetwork()
  const coordinator = await createUser()
  appointCoordinator(own.id, coordinator.id)
  const organisation = createOrganisation()
  const client = await signedIn(coordinator)
  const add = { intent: 'add-member', organisationId: organisation.id, role: 'observer', since: '2025-01-15' }

  expect((await client.post(`/networks/${own.slug}/members`, add)).status).toBe(302)
  const membership = testDb().select().from(networkMemberships).where(eq(networkMemberships.networkId, own.id)).get()!
  expect(membership).toMatchObject({ organisationId: organisation.id, role: 'observer', since: '2025-01-15' })
  expect((await client.post(`/networks/${own.slug}/members`, { intent: 'remove-member', organisationId: organisation.id })).status).toBe(302)
  expect(testDb().select().from(networkMemberships).where(eq(networkMemberships.networkId, own.id)).all()).toEqual([])
  expect(audits(own.id)).toEqual(expect.arrayContaining(['network.member_added', 'network.member_removed']))

  expect((await client.get(`/networks/${other.slug}/members`)).status).toBe(403)
  expect((await client.post(`/networks/${other.slug}/members`, add)).status).toBe(403)
  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  expect((await (await signedIn(editor)).post(`/networks/${own.slug}/members`, add)).status).toBe(403)
  const anonymous = await new TestClient(server.url).post(`/networks/${own.slug}/members`, add)
  expect(anonymous.status).toBe(302)
  expect(anonymous.headers.get('Location')).toContain('/login')
  expect(testDb().select().from(networkMemberships).where(eq(networkMemberships.networkId, other.id)).all()).toEqual([])
  expect((await client.post('/admin/networks', { name: 'Neues Netz', scope: 'regional' })).status).toBe(403)
  expect((await client.get('/admin/directory.csv')).status).toBe(403)
})

test('membership input is checked next to the field: unknown organisation, bad role, impossible date', async () => {
  const network = createNetwork()
  const cases: [Record<string, string>, string][] = [
    [{ organisationId: 'gibt-es-nicht', role: 'member' }, 'Diese Organisation steht nicht im Verzeichnis.'],
    [{ organisationId: createOrganisation().id, role: 'chef' }, 'Bitte wählen Sie einen der angebotenen Werte.'],
    [{ organisationId: createOrganisation().id, role: 'member', since: '2025-02-30' }, 'gültiges Datum'],
  ]
  for (const [input, message] of cases) {
    const response = await office.post(`/networks/${network.slug}/members`, { intent: 'add-member', ...input })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain(message)
  }
  expect(testDb().select().from(networkMemberships).where(eq(networkMemberships.networkId, network.id)).all()).toEqual([])
})

test('the office creates, renames (old slug redirects), appoints a coordinator for and archives a network', async () => {
  const created = await office.post('/admin/networks', { name: 'Dialogkreis Nordkreis', scope: 'regional', districtRole: 'Gastgeber' })
  expect(created.status).toBe(302)
  const network = testDb().select().from(networks).where(eq(networks.slug, 'dialogkreis-nordkreis')).get()!
  expect(network.districtRole).toBe('Gastgeber')
  const empty = await office.post('/admin/networks', { name: '', scope: 'regional' })
  expect(empty.status).toBe(400)
  expect(await empty.text()).toContain('Bitte füllen Sie dieses Feld aus.')

  const here = `/admin/networks/${network.id}`
  expect((await office.post(here, { intent: 'update', name: 'Dialogkreis Nördliches Osnabrücker Land', scope: 'supra-regional' })).status).toBe(302)
  const old = await new TestClient(server.url).get('/networks/dialogkreis-nordkreis')
  expect(old.status).toBe(301)
  expect(old.headers.get('Location')).toBe('/networks/dialogkreis-noerdliches-osnabruecker-land')

  const unknown = await office.post(here, { intent: 'appoint', email: 'niemand@example.org' })
  expect(unknown.status).toBe(400)
  expect(await unknown.text()).toContain('Zu dieser E-Mail-Adresse gibt es kein Konto.')
  const person = await createUser({ email: 'Koordinatorin@Example.org' })
  expect((await office.post(here, { intent: 'appoint', email: 'koordinatorin@example.org' })).status).toBe(302)
  const coordinatorClient = await signedIn(person)
  expect((await coordinatorClient.get('/networks/dialogkreis-noerdliches-osnabruecker-land/members')).status).toBe(200)

  expect((await office.post(here, { intent: 'archive' })).status).toBe(302)
  expect((await new TestClient(server.url).get('/networks/dialogkreis-noerdliches-osnabruecker-land')).status).toBe(404)
  expect(await (await new TestClient(server.url).get('/networks')).text()).not.toContain('Dialogkreis Nördliches')
  expect(audits(network.id)).toEqual(
    expect.arrayContaining(['network.created', 'network.updated', 'network.coordinator_appointed', 'network.archived']),
  )
})

test('an application appears only once the office approves it, and the applicant is told by email', async () => {
  const visitor = new TestClient(server.url)
  const form = {
    applicantName: 'Aylin Demir',
    applicantEmail: 'aylin@example.org',
    name: 'Êzîdisches Kulturzentrum Quakenbrück',
    kind: 'migrant-organisation',
    tradition: 'yazidi',
    municipalityId: '03459029',
    city: 'Quakenbrück',
    languages: 'ku, de',
    description: 'Treffpunkt für êzîdische Familien.',
    locale: 'de',
  }
  const bad = await visitor.post('/organisations/apply', { ...form, website: 'javascript:alert(1)' })
  expect(bad.status).toBe(400)
  expect(await bad.text()).toContain('mit https:// oder http:// beginnt')
  const sent = await visitor.post('/organisations/apply', form)
  expect(sent.status).toBe(302)
  const organisation = testDb().select().from(organisations).where(eq(organisations.name, form.name)).get()!
  expect(organisation.status).toBe('pending')
  expect((await visitor.get(`/organisations/${organisation.slug}`)).status).toBe(404)
  expect(listActiveOrganisations({ q: 'Kulturzentrum Quakenbrueck', limit: 10, offset: 0 }).rows).toEqual([])
  const queue = await (await office.get('/admin/review')).text()
  expect(queue).toContain('Êzîdisches Kulturzentrum Quakenbrück')
  expect(queue).toContain('aylin@example.org')
  const { organisationChanges } = await import('../../db/schema')
  const change = testDb().select().from(organisationChanges).where(eq(organisationChanges.organisationId, organisation.id)).get()!
  expect((await office.post('/admin/review', { intent: 'approve', changeId: change.id })).status).toBe(302)
  expect((await visitor.get(`/organisations/${organisation.slug}`)).status).toBe(200)
  expect(listActiveOrganisations({ q: 'Kulturzentrum Quakenbruck', limit: 10, offset: 0 }).rows.map((r) => r.name)).toEqual([form.name])
  const mail = listOutboxFor('aylin@example.org')
  expect(mail).toHaveLength(1)
  expect(mail[0]).toMatchObject({ template: 'directory-decision', props: expect.objectContaining({ kind: 'application', outcome: 'approved' }) })
  expect(audits(organisation.id)).toEqual(expect.arrayContaining(['organisation.applied', 'organisation.application_approved']))
})

test('the honeypot keeps bots out silently and the form is rate limited per address', async () => {
  const bot = new TestClient(server.url)
  const before = testDb().select().from(organisations).all().length
  const trapped = await bot.post('/organisations/apply', { applicantName: 'Bot', applicantEmail: 'bot@example.org', name: 'Spam GmbH', kind: 'initiative', homepage_url: 'http://spam.example' })
  expect(trapped.status).toBe(302)
  expect(testDb().select().from(organisations).all().length).toBe(before)
  for (let i = 0; i < 4; i++) await bot.post('/organisations/apply', { name: '' })
  const limited = await bot.post('/organisations/apply', { applicantName: 'X', applicantEmail: 'x@example.org', name: 'Noch ein Verein', kind: 'initiative' })
  expect(limited.status).toBe(429)
  expect(await limited.text()).toContain('Bitte versuchen Sie es in einer Stunde noch einmal.')
  expect(testDb().select().from(organisations).where(eq(organisations.name, 'Noch ein Verein')).all()).toEqual([])
})

test('the CSV export holds the active directory in UTF-8 with BOM, umlauts intact', async () => {
  const network = createNetwork({ name: 'Runder Tisch Süd' })
  const listed = createOrganisation({ name: 'Türkisch-Islamische Gemeinde Belm', tradition: 'islamic', municipalityId: '03459008', languages: ['tr', 'de'], contactEmail: 'info@example.org', lastConfirmedAt: new Date('2026-01-05T12:00:00Z') })
  addToNetwork(network.id, listed.id)
  createOrganisation({ name: 'Archivierte Gemeinde Östlich', status: 'archived' })
  const response = await office.get('/admin/directory.csv')
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
  expect(response.headers.get('Content-Disposition')).toMatch(/attachment; filename="dialognetz-verzeichnis-\d{4}-\d{2}-\d{2}\.csv"/)
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder().decode(bytes.slice(3))
  const lines = text.split('\r\n')
  expect(lines[0]).toBe('Name,Art,Tradition,Straße,PLZ,Ort,Gemeinde,Sprachen,Barrierefreiheit,Ansprechstelle,E-Mail,Telefon,Webseite,Netzwerke,Zuletzt bestätigt,Adresse in Dialognetz')
  const row = lines.find((line) => line.startsWith('Türkisch-Islamische Gemeinde Belm'))
  expect(row).toBe(
    `Türkisch-Islamische Gemeinde Belm,Glaubensgemeinschaft,Islamisch,,,Osnabrück,Belm,"tr, de",,,info@example.org,,,Runder Tisch Süd,2026-01-05,/organisations/${listed.slug}`,
  )
  expect(text).not.toContain('Archivierte Gemeinde Östlich')
})

test('the office invites a new person, adds an existing one, and removes people; editors cannot manage people', async () => {
  const organisation = createOrganisation()
  const here = `/admin/organisations/${organisation.id}`
  const invited = await office.post(here, { intent: 'invite', name: 'Neue Person', email: 'neu@example.org', role: 'editor', locale: 'en' })
  expect(invited.status).toBe(302)
  const newcomer = testDb().select().from(users).where(eq(users.email, 'neu@example.org')).get()!
  expect(listOutboxFor('neu@example.org').map((m) => m.template)).toEqual(['invitation-to-join'])
  const existing = await createUser({ email: 'bekannt@example.org' })
  expect((await office.post(here, { intent: 'invite', name: 'Egal', email: 'Bekannt@example.org', role: 'member', locale: 'de' })).status).toBe(302)
  const members = () => testDb().select().from(organisationMembers).where(eq(organisationMembers.organisationId, organisation.id)).all()
  expect(members().map((m) => [m.userId, m.role]).sort()).toEqual([[newcomer.id, 'editor'], [existing.id, 'member']].sort())
  const bad = await office.post(here, { intent: 'invite', name: '', email: 'kaputt', role: 'editor', locale: 'de' })
  expect(bad.status).toBe(400)
  expect(await bad.text()).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein')
  expect((await office.post(here, { intent: 'remove-person', userId: existing.id })).status).toBe(302)
  expect(members().map((m) => m.userId)).toEqual([newcomer.id])
  expect(audits(organisation.id)).toEqual(expect.arrayContaining(['organisation.person_added', 'organisation.person_removed']))

  const editor = await createUser()
  addMember(organisation.id, editor.id, 'editor')
  const editorClient = await signedIn(editor)
  expect((await editorClient.post(here, { intent: 'remove-person', userId: newcomer.id })).status).toBe(403)
  expect((await editorClient.get('/admin/directory')).status).toBe(403)
})

test('archiving keeps events and memberships but takes the organisation out of the directory and search', async () => {
  const organisation = createOrganisation({ name: 'Bahá’í-Gemeinde Archivtest' })
  syncOrganisationSearch(testDb(), organisation.id)
  const network = createNetwork()
  addToNetwork(network.id, organisation.id)
  const event = createEvent({ organisationId: organisation.id })
  expect(listActiveOrganisations({ q: 'Archivtest', limit: 10, offset: 0 }).rows).toHaveLength(1)
  expect((await office.post(`/admin/organisations/${organisation.id}`, { intent: 'archive' })).status).toBe(302)
  expect(listActiveOrganisations({ q: 'Archivtest', limit: 10, offset: 0 }).rows).toEqual([])
  expect((await new TestClient(server.url).get(`/organisations/${organisation.slug}`)).status).toBe(404)
  expect(testDb().select().from(events).where(eq(events.id, event.id)).get()).toBeDefined()
  expect(testDb().select().from(networkMemberships).where(and(eq(networkMemberships.networkId, network.id), eq(networkMemberships.organisationId, organisation.id))).get()).toBeDefined()
  expect(audits(organisation.id)).toContain('organisation.archived')
})

test('confirmation requests go to editors of entries due, a GET shows the page, one POST confirms, and 15 months unconfirmed is flagged', async () => {
  const now = Date.now()
  const day = 86_400_000
  const due = createOrganisation({ name: 'Fällige Gemeinde', lastConfirmedAt: new Date(now - 400 * day) })
  const fresh = createOrganisation({ name: 'Frische Gemeinde', lastConfirmedAt: new Date(now - 10 * day) })
  const stale = createOrganisation({ name: 'Vergessene Gemeinde', lastConfirmedAt: new Date(now - 470 * day) })
  const editor = await createUser({ email: 'faellig@example.org' })
  addMember(due.id, editor.id, 'editor')
  addMember(fresh.id, (await createUser({ email: 'frisch@example.org' })).id, 'editor')

  sendConfirmationRequests({ now })
  expect(listOutboxFor('faellig@example.org').map((m) => m.template)).toEqual(['directory-confirmation-request'])
  expect(listOutboxFor('frisch@example.org')).toEqual([])
  sendConfirmationRequests({ now: now + day })
  expect(listOutboxFor('faellig@example.org')).toHaveLength(1)

  const url = String(listOutboxFor('faellig@example.org')[0]!.props.confirmUrl)
  const path = new URL(url).pathname
  const visitor = new TestClient(server.url)
  const page = await visitor.get(path)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Ja, der Eintrag ist aktuell')
  const confirmedAt = () => testDb().select().from(organisations).where(eq(organisations.id, due.id)).get()!.lastConfirmedAt!.getTime()
  expect(confirmedAt()).toBeLessThan(now - 300 * day)
  expect((await visitor.post(path, {})).status).toBe(302)
  expect(confirmedAt()).toBeGreaterThan(now - day)
  expect((await visitor.post(path, {})).status).toBe(410)
  expect((await visitor.get('/organisations/confirm/abcdefghijklmnopqrstuvwxyz234567')).status).toBe(404)
  expect((await visitor.get('/organisations/confirm/nonsense')).status).toBe(404)

  const admin = await (await office.get('/admin/directory?stale=1')).text()
  expect(admin).toContain('Vergessene Gemeinde')
  expect(admin).toContain('Seit über 15 Monaten unbestätigt')
  expect(admin).not.toContain('Frische Gemeinde')
  expect(stale.id).toBeTruthy()
  const button = await office.post('/admin/directory', { intent: 'send-confirmations' })
  expect(button.status).toBe(302)
  expect(audits(due.id)).toEqual(expect.arrayContaining(['organisation.confirmation_requested', 'organisation.confirmed']))
})
