import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { auditLog, jointStatements, organisations, statementSignatures } from '../../db/schema'
import { createStatement, openStatement, publishStatement, signStatement } from '~/domain/rounds/statements.server'
import { addMember, createNetwork, createOrganisation, createUser, listOutboxFor, TEST_PASSWORD, testDb } from '../support/factories'
import { TestClient } from '../support/client'
import { roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

const TEXT = 'Wir stehen **gemeinsam** gegen Hass.\n\n- Besuche\n- Gebete\n\n<script>alert(1)</script>'

function signaturesOf(statementId: string) {
  return testDb().select().from(statementSignatures).where(eq(statementSignatures.statementId, statementId)).all()
}

function auditOf(statementId: string) {
  return testDb().select().from(auditLog).where(eq(auditLog.entityId, statementId)).orderBy(asc(auditLog.createdAt)).all().map((a) => a.action)
}

/** The rounds district plus an editor of the mosque, signed in. */
async function district() {
  const base = await roundsDistrict(server.url)
  const mosqueEditor = await createUser({ name: 'Imam Editor' })
  addMember(base.mosque.id, mosqueEditor.id, 'editor')
  const client = new TestClient(server.url)
  await client.signIn(mosqueEditor.email, TEST_PASSWORD)
  return { ...base, mosqueEditor, clients: { ...base.clients, mosqueEditor: client } }
}

async function draftStatement(clients: Awaited<ReturnType<typeof district>>['clients'], slug: string, form: Record<string, string> = {}) {
  const created = await clients.coordinator.post(`/networks/${slug}/rounds/statements`, { title: 'Gemeinsam gegen Hass', body: TEXT, ...form })
  expect(created.status).toBe(302)
  const location = created.headers.get('Location')!
  return { path: new URL(location, server.url).pathname, id: location.split('/').pop()! }
}

test('a statement goes from draft to open to published: editors sign for their organisation, and the public page lists the signatories', async () => {
  const { network, mosque, synagogue, people, mosqueEditor, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const { path, id } = await draftStatement(clients, network.slug, { roundId: round.id })
  expect(testDb().select().from(jointStatements).where(eq(jointStatements.id, id)).get()).toMatchObject({ status: 'draft', roundId: round.id })

  // the draft belongs to the coordination: members, outsiders and the public do not see it
  for (const [who, status] of Object.entries({ coordinator: 200, office: 200, member: 404, mosqueEditor: 404, outsider: 404, public: 302 })) {
    expect((await clients[who as keyof typeof clients].get(path)).status, who).toBe(status)
  }
  expect((await clients.public.get(`/statements/${id}`)).status).toBe(404)
  expect((await clients.mosqueEditor.post(path, { intent: 'sign', organisationId: mosque.id })).status).toBe(404)

  // opening it notifies the member organisations' editors only, in their language
  // (a member cannot open it: for them the draft does not exist)
  expect((await clients.member.post(path, { intent: 'open' })).status).toBe(404)
  const opened = await clients.coordinator.post(path, { intent: 'open' })
  expect(opened.status).toBe(302)
  expect(await (await clients.coordinator.follow(opened)).text()).toContain('zur Unterzeichnung geöffnet')
  for (const [editor, locale] of [[people.member2, 'en'], [mosqueEditor, 'de']] as const) {
    const mails = listOutboxFor(editor.email).filter((m) => m.template === 'statement-open')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.locale).toBe(locale)
    expect((mails[0]!.props as { url: string }).url).toContain(path)
  }
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'statement-open')).toHaveLength(0)
  expect(listOutboxFor(people.outsider.email).filter((m) => m.template === 'statement-open')).toHaveLength(0)

  // members read it now; outsiders still get 404; the public page is not there yet
  const page = await (await clients.member.get(path)).text()
  expect(page).toContain('<strong>gemeinsam</strong>')
  expect(page).not.toContain('<script>alert(1)</script>')
  expect((await clients.outsider.get(path)).status).toBe(404)
  expect((await clients.public.get(`/statements/${id}`)).status).toBe(404)

  // an editor signs for the mosque; a second signature of the mosque is refused
  expect(await (await clients.mosqueEditor.get(path)).text()).toContain(`Für ${mosque.name} unterzeichnen`)
  const signed = await clients.mosqueEditor.post(path, { intent: 'sign', organisationId: mosque.id })
  expect(signed.status).toBe(302)
  const twice = await clients.mosqueEditor.post(path, { intent: 'sign', organisationId: mosque.id })
  expect(twice.status).toBe(409)
  expect(await twice.text()).toContain('Diese Organisation hat schon unterzeichnet.')
  expect(signaturesOf(id)).toHaveLength(1)

  // the synagogue's editor signs, withdraws, and signs again
  expect((await clients.member2.post(path, { intent: 'sign', organisationId: synagogue.id })).status).toBe(302)
  expect((await clients.member2.post(path, { intent: 'withdraw', organisationId: synagogue.id })).status).toBe(302)
  expect(signaturesOf(id).map((s) => s.organisationId)).toEqual([mosque.id])
  expect((await clients.member2.post(path, { intent: 'sign', organisationId: synagogue.id })).status).toBe(302)

  // the coordinator publishes: it is adopted
  expect((await clients.member2.post(path, { intent: 'publish' })).status).toBe(403)
  expect((await clients.coordinator.post(path, { intent: 'publish' })).status).toBe(302)
  const statement = testDb().select().from(jointStatements).where(eq(jointStatements.id, id)).get()!
  expect(statement.status).toBe('published')
  expect(statement.publishedAt).toBeInstanceOf(Date)

  const publicPage = await clients.public.get(`/statements/${id}`)
  expect(publicPage.status).toBe(200)
  const html = await publicPage.text()
  expect(html).toContain('Gemeinsam gegen Hass')
  expect(html).toContain(network.name)
  expect(html).toContain(`href="/organisations/${mosque.slug}">${mosque.name}</a>`)
  expect(html).toContain(`href="/organisations/${synagogue.slug}">${synagogue.name}</a>`)
  expect(html).toContain('2 unterzeichnende Organisationen')
  const today = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' }).format(new Date())
  expect(html).toContain(`unterzeichnet am ${today}`)
  expect(html).toContain(today)
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  // in English too
  const english = await new TestClient(server.url, { language: 'en' }).get(`/statements/${id}`)
  expect(await english.text()).toContain('2 signatory organisations')

  // the network page lists it; after publication the signatures are final
  expect(await (await clients.public.get(`/networks/${network.slug}`)).text()).toContain(`href="/statements/${id}"`)
  const late = await clients.member2.post(path, { intent: 'withdraw', organisationId: synagogue.id })
  expect(late.status).toBe(409)
  expect(await late.text()).toContain('The statement is already published')
  expect(signaturesOf(id)).toHaveLength(2)

  expect(auditOf(id)).toEqual([
    'joint_statement.created',
    'joint_statement.opened',
    'joint_statement.signed',
    'joint_statement.signed',
    'joint_statement.signature_withdrawn',
    'joint_statement.signed',
    'joint_statement.published',
  ])
})

test('only editors of member organisations sign, each only for their own organisation; nothing is saved otherwise', async () => {
  const { network, mosque, synagogue, people, clients } = await district()
  const { path, id } = await draftStatement(clients, network.slug)
  expect((await clients.coordinator.post(path, { intent: 'open' })).status).toBe(302)

  // a plain member of the mosque is no editor
  const notEditor = await clients.member.post(path, { intent: 'sign', organisationId: mosque.id })
  expect(notEditor.status).toBe(403)
  expect(await notEditor.text()).toContain('Nur Redakteurinnen und Redakteure')
  // the mosque's editor cannot sign for the synagogue
  expect((await clients.mosqueEditor.post(path, { intent: 'sign', organisationId: synagogue.id })).status).toBe(403)
  // an editor of an organisation outside the network, who belongs to the network through another organisation
  const elsewhere = createOrganisation()
  addMember(elsewhere.id, people.member.id, 'editor')
  const outside = await clients.member.post(path, { intent: 'sign', organisationId: elsewhere.id })
  expect(outside.status).toBe(403)
  expect(await outside.text()).toContain('Nur Mitgliedsorganisationen des Netzwerks')
  // an outsider does not see the statement at all; nor does the office, which is no editor, sign
  expect((await clients.outsider.post(path, { intent: 'sign', organisationId: mosque.id })).status).toBe(404)
  expect((await clients.office.post(path, { intent: 'sign', organisationId: mosque.id })).status).toBe(403)
  // nonsense organisation ids and withdrawing what was never signed
  expect((await clients.mosqueEditor.post(path, { intent: 'sign', organisationId: '' })).status).toBe(403)
  const never = await clients.mosqueEditor.post(path, { intent: 'withdraw', organisationId: mosque.id })
  expect(never.status).toBe(409)
  expect(await never.text()).toContain('hat nicht unterzeichnet')
  expect((await clients.mosqueEditor.post(path, { intent: 'nonsense' })).status).toBe(400)
  expect(signaturesOf(id)).toEqual([])
})

test('bad drafts get messages next to the field; the text is frozen once open; publishing needs a signature', async () => {
  const { network, people, clients } = await district()
  const base = `/networks/${network.slug}/rounds/statements`
  const empty = await clients.coordinator.post(base, { title: '  ', body: '' })
  expect(empty.status).toBe(400)
  expect(await empty.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  const tooLong = await clients.coordinator.post(base, { title: 'Lang', body: 'x'.repeat(20_001) })
  expect(tooLong.status).toBe(400)
  expect(await tooLong.text()).toContain('Dieser Text ist zu lang.')
  // a round of another network
  const other = createNetwork()
  const { round: foreignRound } = seriesWithRound(other.id, people.office.id)
  const foreign = await clients.coordinator.post(base, { title: 'Fremd', body: 'Text', roundId: foreignRound.id })
  expect(foreign.status).toBe(422)
  expect(await foreign.text()).toContain('Diese Runde gehört nicht zu diesem Netzwerk.')
  expect(testDb().select().from(jointStatements).where(eq(jointStatements.networkId, network.id)).all()).toEqual([])
  // members and outsiders cannot draft
  expect((await clients.member.post(base, { title: 'X', body: 'Y' })).status).toBe(403)
  expect((await clients.outsider.post(base, { title: 'X', body: 'Y' })).status).toBe(404)

  const { path, id } = await draftStatement(clients, network.slug)
  const early = await clients.coordinator.post(path, { intent: 'publish' })
  expect(early.status).toBe(409)
  expect(await early.text()).toContain('zuerst zur Unterzeichnung')
  expect((await clients.coordinator.post(path, { intent: 'update', title: 'Neu', body: 'Neuer Text' })).status).toBe(302)
  expect((await clients.coordinator.post(path, { intent: 'open' })).status).toBe(302)
  const edit = await clients.coordinator.post(path, { intent: 'update', title: 'Später', body: 'Anders' })
  expect(edit.status).toBe(409)
  expect(await edit.text()).toContain('lässt sich nicht mehr ändern')
  expect((await clients.coordinator.post(path, { intent: 'open' })).status).toBe(409)
  const unsigned = await clients.coordinator.post(path, { intent: 'publish' })
  expect(unsigned.status).toBe(409)
  expect(await unsigned.text()).toContain('ohne Unterschriften')
  expect(testDb().select().from(jointStatements).where(eq(jointStatements.id, id)).get()).toMatchObject({ title: 'Neu', body: 'Neuer Text', status: 'open' })
  // a statement of another network is not found under this one
  expect((await clients.coordinator.get(`/networks/${other.slug}/rounds/statements/${id}`)).status).toBe(404)
  expect((await clients.public.get('/statements/does-not-exist')).status).toBe(404)
})

test('members see open and published statements in the rounds area; drafts stay with the coordination', async () => {
  const { network, clients } = await district()
  await draftStatement(clients, network.slug, { title: 'Entwurf A' })
  const { path } = await draftStatement(clients, network.slug, { title: 'Offen B' })
  expect((await clients.coordinator.post(path, { intent: 'open' })).status).toBe(302)
  for (const listPath of [`/networks/${network.slug}/rounds/statements`, `/networks/${network.slug}/rounds`]) {
    const member = await (await clients.member.get(listPath)).text()
    expect(member).toContain('Offen B')
    expect(member).not.toContain('Entwurf A')
    const coordinator = await (await clients.coordinator.get(listPath)).text()
    expect(coordinator).toContain('Entwurf A')
    expect(coordinator).toContain('Offen B')
  }
  expect((await clients.outsider.get(`/networks/${network.slug}/rounds/statements`)).status).toBe(404)
  // the public network page lists published statements only
  expect(await (await clients.public.get(`/networks/${network.slug}`)).text()).not.toContain('Offen B')
})

test('a signatory that has left the directory is still named on the public page, but not linked', async () => {
  const { network, mosque, people, mosqueEditor } = await district()
  const statement = createStatement({ networkId: network.id, title: 'Erklärung', body: 'Text', roundId: null, actorId: people.coordinator.id })
  openStatement({ statementId: statement.id, actorId: people.coordinator.id, now: new Date() })
  signStatement({ statementId: statement.id, organisationId: mosque.id, userId: mosqueEditor.id, now: new Date() })
  publishStatement({ statementId: statement.id, actorId: people.coordinator.id, now: new Date() })
  testDb().update(organisations).set({ status: 'archived' }).where(eq(organisations.id, mosque.id)).run()
  const html = await (await new TestClient(server.url).get(`/statements/${statement.id}`)).text()
  expect(html).toContain(mosque.name)
  expect(html).not.toContain(`href="/organisations/${mosque.slug}"`)
})
