import { afterAll, beforeAll, expect, test } from 'vitest'
import { listActiveOrganisations } from '~/domain/organisations/queries.server'
import { TestClient } from '../support/client'
import { addMember, appointCoordinator, createNetwork, createOrganisation, createUser, testDb, TEST_PASSWORD } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

test('a database whose search index is empty (older than the FTS migration) is indexed before the first search', () => {
  createOrganisation({ name: 'Griechisch-Orthodoxe Gemeinde Bramsche' })
  expect(listActiveOrganisations({ q: 'griechisch bramsche', limit: 10, offset: 0 }).rows.map((r) => r.name)).toEqual([
    'Griechisch-Orthodoxe Gemeinde Bramsche',
  ])
})

test('only the office reaches the office’s directory pages: the public is sent to sign in, everyone else gets 403', async () => {
  const organisation = createOrganisation()
  const network = createNetwork()
  const people = {
    member: await createUser(),
    editor: await createUser(),
    coordinator: await createUser(),
    office: await createUser({ role: 'admin' }),
  }
  addMember(organisation.id, people.member.id, 'member')
  addMember(organisation.id, people.editor.id, 'editor')
  appointCoordinator(network.id, people.coordinator.id)
  const clients: Record<string, TestClient> = { public: new TestClient(server.url) }
  for (const [key, user] of Object.entries(people)) {
    clients[key] = new TestClient(server.url)
    await clients[key]!.signIn(user.email, TEST_PASSWORD)
  }
  const pages = ['/admin/review', '/admin/directory', '/admin/directory.csv', '/admin/networks', `/admin/networks/${network.id}`, `/admin/organisations/${organisation.id}`]
  for (const path of pages) {
    for (const [who, client] of Object.entries(clients)) {
      const response = await client.get(path)
      const expected = who === 'office' ? 200 : who === 'public' ? 302 : 403
      expect(response.status, `${who} GET ${path}`).toBe(expected)
    }
  }
  const writes: [string, Record<string, string>][] = [
    ['/admin/review', { intent: 'approve', changeId: 'x' }],
    ['/admin/directory', { intent: 'send-confirmations' }],
    ['/admin/networks', { name: 'Heimlich', scope: 'regional' }],
    [`/admin/networks/${network.id}`, { intent: 'archive' }],
    [`/admin/organisations/${organisation.id}`, { intent: 'trust' }],
  ]
  for (const [path, form] of writes) {
    for (const who of ['public', 'member', 'editor', 'coordinator']) {
      const response = await clients[who]!.post(path, form)
      expect(response.status, `${who} POST ${path}`).toBe(who === 'public' ? 302 : 403)
    }
  }
  const editPage = `/organisations/${organisation.slug}/edit`
  const edit: Record<string, number> = { public: 302, member: 403, coordinator: 403, editor: 200, office: 200 }
  for (const [who, status] of Object.entries(edit)) expect((await clients[who]!.get(editPage)).status, `${who} GET ${editPage}`).toBe(status)
  const members = `/networks/${network.slug}/members`
  const manage: Record<string, number> = { public: 302, member: 403, editor: 403, coordinator: 200, office: 200 }
  for (const [who, status] of Object.entries(manage)) expect((await clients[who]!.get(members)).status, `${who} GET ${members}`).toBe(status)
})
