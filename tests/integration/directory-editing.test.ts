import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, organisationChanges, organisations } from '../../db/schema'
import { TestClient } from '../support/client'
import { addMember, createOrganisation, createUser, listOutboxFor, testDb, TEST_PASSWORD } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

const profile = (overrides: Record<string, string> = {}) => ({
  name: 'Syrisch-Orthodoxe Gemeinde Teststadt',
  kind: 'faith-community',
  tradition: 'christian-orthodox',
  municipalityId: '03459003',
  street: 'Kirchweg 3',
  postalCode: '49152',
  city: 'Bad Essen',
  website: 'https://example.org',
  languages: 'de, syc',
  accessibility: 'step-free',
  description: 'Gottesdienst jeden Sonntag.',
  ...overrides,
})

async function signedIn(user: { email: string }) {
  const client = new TestClient(server.url)
  await client.signIn(user.email, TEST_PASSWORD)
  return client
}

async function editorOf(overrides: Parameters<typeof createOrganisation>[0] = {}) {
  const organisation = createOrganisation({ name: 'Syrisch-Orthodoxe Gemeinde', description: 'Alter Text.', ...overrides })
  const editor = await createUser({ name: 'Eda Editor' })
  addMember(organisation.id, editor.id, 'editor')
  return { organisation, editor, client: await signedIn(editor) }
}

test('an untrusted editor’s change waits for review: the public sees the old version, the editor sees “pending review”, and approval publishes it under a new slug', async () => {
  const { organisation, editor, client } = await editorOf()
  const saved = await client.post(`/organisations/${organisation.slug}/edit`, profile({ description: 'Neuer Text über die Gemeinde.' }))
  expect(saved.status).toBe(302)
  const anonymous = new TestClient(server.url)
  const before = await (await anonymous.get(`/organisations/${organisation.slug}`)).text()
  expect(before).toContain('Alter Text.')
  expect(before).not.toContain('Neuer Text')
  const editorView = await (await client.get(`/organisations/${organisation.slug}`)).text()
  expect(editorView).toContain('warten auf die Prüfung')
  expect(editorView).toContain('Alter Text.')
  expect(await (await anonymous.get('/organisations?q=Teststadt')).text()).toContain('Keine Organisation passt zu Ihrer Suche.')

  const office = await signedIn(await createUser({ role: 'admin' }))
  const queue = await (await office.get('/admin/review')).text()
  expect(queue).toContain('Alter Text.')
  expect(queue).toContain('Neuer Text über die Gemeinde.')
  const change = testDb().select().from(organisationChanges).where(eq(organisationChanges.organisationId, organisation.id)).get()!
  const approved = await office.post('/admin/review', { intent: 'approve', changeId: change.id })
  expect(approved.status).toBe(302)

  const renamed = await anonymous.get(`/organisations/${organisation.slug}`)
  expect(renamed.status).toBe(301)
  expect(renamed.headers.get('Location')).toBe('/organisations/syrisch-orthodoxe-gemeinde-teststadt')
  const after = await (await anonymous.get('/organisations/syrisch-orthodoxe-gemeinde-teststadt')).text()
  expect(after).toContain('Neuer Text über die Gemeinde.')
  expect(after).toContain('Stufenloser Zugang')
  const search = await (await anonymous.get('/organisations?q=Teststadt')).text()
  expect(search).toContain('Syrisch-Orthodoxe Gemeinde Teststadt')
  expect(listOutboxFor(editor.email).map((m) => m.template)).toContain('directory-decision')
  const actions = testDb().select().from(auditLog).where(eq(auditLog.entityId, organisation.id)).all().map((e) => e.action)
  expect(actions).toEqual(expect.arrayContaining(['organisation.change_submitted', 'organisation.change_approved']))
})

test('a rejected change is mailed to the editors with the reason and never becomes public', async () => {
  const { organisation, editor, client } = await editorOf()
  await client.post(`/organisations/${organisation.slug}/edit`, profile({ name: organisation.name, description: 'Unpassender Text.' }))
  const change = testDb().select().from(organisationChanges).where(eq(organisationChanges.organisationId, organisation.id)).get()!
  const office = await signedIn(await createUser({ role: 'admin' }))
  const missingReason = await office.post('/admin/review', { intent: 'reject', changeId: change.id, reason: '' })
  expect(missingReason.status).toBe(400)
  expect(await missingReason.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  const rejected = await office.post('/admin/review', { intent: 'reject', changeId: change.id, reason: 'Bitte sachlich formulieren.' })
  expect(rejected.status).toBe(302)
  const mail = listOutboxFor(editor.email).find((m) => m.template === 'directory-decision')!
  expect(mail.props).toMatchObject({ outcome: 'rejected', reason: 'Bitte sachlich formulieren.' })
  const page = await (await new TestClient(server.url).get(`/organisations/${organisation.slug}`)).text()
  expect(page).not.toContain('Unpassender Text.')
  const twice = await office.post('/admin/review', { intent: 'approve', changeId: change.id })
  expect(twice.status).toBe(409)
})

test('a trusted organisation’s editor publishes directly', async () => {
  const { organisation, client } = await editorOf({ trusted: true })
  const saved = await client.post(`/organisations/${organisation.slug}/edit`, profile({ name: organisation.name, description: 'Sofort sichtbar.' }))
  expect(saved.status).toBe(302)
  const page = await (await new TestClient(server.url).get(`/organisations/${organisation.slug}`)).text()
  expect(page).toContain('Sofort sichtbar.')
  const row = testDb().select().from(organisations).where(eq(organisations.id, organisation.id)).get()!
  expect(row.lastConfirmedAt).not.toBeNull()
})

test('an editor of A cannot open or change B, a plain member cannot edit, and the public is sent to sign in', async () => {
  const { client } = await editorOf()
  const other = createOrganisation({ description: 'Unberührt.' })
  expect((await client.get(`/organisations/${other.slug}/edit`)).status).toBe(403)
  expect((await client.post(`/organisations/${other.slug}/edit`, profile({ name: other.name }))).status).toBe(403)
  const member = await createUser()
  addMember(other.id, member.id, 'member')
  expect((await (await signedIn(member)).post(`/organisations/${other.slug}/edit`, profile())).status).toBe(403)
  const anonymous = await new TestClient(server.url).post(`/organisations/${other.slug}/edit`, profile())
  expect(anonymous.status).toBe(302)
  expect(anonymous.headers.get('Location')).toContain('/login')
  expect(testDb().select().from(organisations).where(eq(organisations.id, other.id)).get()!.description).toBe('Unberührt.')
  expect(testDb().select().from(organisationChanges).where(eq(organisationChanges.organisationId, other.id)).all()).toEqual([])
  const reviewer = await client.get('/admin/review')
  expect(reviewer.status).toBe(403)
})

test('bad profile input gets a message next to the field and saves nothing', async () => {
  const { organisation, client } = await editorOf({ trusted: true })
  const cases: [Record<string, string>, string][] = [
    [{ name: '' }, 'Bitte füllen Sie dieses Feld aus.'],
    [{ website: 'javascript:alert(1)' }, 'mit https:// oder http:// beginnt'],
    [{ website: 'ftp://example.org' }, 'mit https:// oder http:// beginnt'],
    [{ description: 'x'.repeat(2001) }, 'Dieser Text ist zu lang.'],
    [{ municipalityId: '99999999' }, 'Diese Gemeinde kennen wir nicht.'],
    [{ kind: 'sekte' }, 'Bitte wählen Sie einen der angebotenen Werte.'],
    [{ languages: 'deutsch!' }, 'Sprachkürzel'],
  ]
  for (const [input, message] of cases) {
    const response = await client.post(`/organisations/${organisation.slug}/edit`, profile(input))
    expect(response.status, JSON.stringify(input)).toBe(400)
    const html = await response.text()
    expect(html).toContain(message)
    expect(html).toContain('aria-invalid="true"')
  }
  const row = testDb().select().from(organisations).where(eq(organisations.id, organisation.id)).get()!
  expect(row.description).toBe('Alter Text.')
  expect(row.name).toBe('Syrisch-Orthodoxe Gemeinde')
})
