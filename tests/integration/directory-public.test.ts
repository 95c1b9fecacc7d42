import { afterAll, beforeAll, expect, test } from 'vitest'
import { organisationSlugs } from '../../db/schema'
import { listNetworks, getPublicNetwork } from '~/domain/networks/queries.server'
import { listActiveOrganisations, getPublicOrganisation } from '~/domain/organisations/queries.server'
import { syncOrganisationSearch } from '~/domain/organisations/search.server'
import { TestClient } from '../support/client'
import { addToNetwork, createEvent, createNetwork, createOrganisation, testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

/** An active organisation, indexed for search like the mutations do. */
function listed(overrides: Parameters<typeof createOrganisation>[0] = {}) {
  const organisation = createOrganisation(overrides)
  syncOrganisationSearch(testDb(), organisation.id)
  return organisation
}

const search = (q: string) => listActiveOrganisations({ q, limit: 50, offset: 0 }).rows.map((row) => row.name)

test('search finds umlauts from plain spellings and ß from ss, in name and description', () => {
  listed({ name: 'Jüdische Gemeinde Testhausen' })
  listed({ name: 'Begegnungscafé', description: 'Treffpunkt in der Große Straße, offen für alle.' })
  expect(search('Juedische')).toContain('Jüdische Gemeinde Testhausen')
  expect(search('Jüdische')).toContain('Jüdische Gemeinde Testhausen')
  expect(search('judische testh')).toContain('Jüdische Gemeinde Testhausen')
  expect(search('Strasse')).toContain('Begegnungscafé')
  expect(search('grosse')).toContain('Begegnungscafé')
  expect(search('begegnungscafe')).toContain('Begegnungscafé')
  expect(search('Synagogenverein Nirgendwo')).toEqual([])
  expect(search('") OR (')).toEqual([])
})

test('pending and archived organisations are neither listed nor found', () => {
  listed({ name: 'Archivierter Kulturverein Zett', status: 'archived' })
  listed({ name: 'Beantragter Kulturverein Zett', status: 'pending' })
  expect(search('Kulturverein Zett')).toEqual([])
  expect(listActiveOrganisations({ limit: 500, offset: 0 }).rows.map((r) => r.name)).not.toContain('Archivierter Kulturverein Zett')
})

test('filtering by a Samtgemeinde includes the organisations of its member Gemeinden', () => {
  // Alfhausen and Ankum belong to the Samtgemeinde Bersenbrück; Bad Essen does not.
  const alfhausen = listed({ name: 'Gemeinde in Alfhausen', municipalityId: '03459001' })
  const ankum = listed({ name: 'Gemeinde in Ankum', municipalityId: '03459002' })
  listed({ name: 'Gemeinde in Bad Essen', municipalityId: '03459003' })
  const names = listActiveOrganisations({ municipality: 'samtgemeinde-bersenbrueck', limit: 50, offset: 0 }).rows.map((r) => r.name)
  expect(names.sort()).toEqual([alfhausen.name, ankum.name].sort())
  const single = listActiveOrganisations({ municipality: '03459002', limit: 50, offset: 0 }).rows.map((r) => r.name)
  expect(single).toEqual([ankum.name])
})

test('filters by tradition, kind, language and network combine', () => {
  const network = createNetwork({ slug: 'filter-netz' })
  const match = listed({ name: 'Alevitische Gemeinde Filterstadt', tradition: 'alevi', kind: 'faith-community', languages: ['tr', 'de'] })
  listed({ name: 'Alevitischer Jugendverein', tradition: 'alevi', kind: 'initiative', languages: ['tr'] })
  addToNetwork(network.id, match.id)
  const names = (filters: Record<string, string>) => listActiveOrganisations({ ...filters, limit: 50, offset: 0 }).rows.map((r) => r.name)
  expect(names({ tradition: 'alevi', kind: 'faith-community', language: 'tr' })).toEqual([match.name])
  expect(names({ network: 'filter-netz' })).toEqual([match.name])
  expect(names({ tradition: 'alevi', language: 'de' })).toEqual([match.name])
})

test('networks show member count and their next public event; archived ones disappear', () => {
  const network = createNetwork({ name: 'Netz mit Termin', scope: 'supra-regional' })
  const member = createOrganisation()
  addToNetwork(network.id, member.id)
  addToNetwork(network.id, createOrganisation({ status: 'archived' }).id)
  createEvent({ organisationId: member.id, networkId: network.id, visibility: 'network', title: 'Internes Treffen', startsAt: new Date(Date.now() + 86_400_000) })
  createEvent({ organisationId: member.id, networkId: network.id, title: 'Offenes Treffen', startsAt: new Date(Date.now() + 2 * 86_400_000) })
  const row = listNetworks({ scope: 'supra-regional' }).find((n) => n.id === network.id)!
  expect(row.memberCount).toBe(1)
  expect(row.nextEvent?.title).toBe('Offenes Treffen')
  expect(listNetworks({ scope: 'regional' }).some((n) => n.id === network.id)).toBe(false)
  const page = getPublicNetwork(network.slug)!
  expect(page.members.map((m) => m.name)).toEqual([member.name])
  expect(page.events.map((e) => e.title)).toEqual(['Offenes Treffen'])
  const archived = createNetwork({ archivedAt: new Date() })
  expect(listNetworks().some((n) => n.id === archived.id)).toBe(false)
  expect(getPublicNetwork(archived.slug)).toBeNull()
})

test('the organisation page lists networks and only public upcoming events', () => {
  const organisation = listed({ name: 'Moscheegemeinde Seitenansicht' })
  const network = createNetwork({ name: 'Seitennetz' })
  addToNetwork(network.id, organisation.id, 'coordinating')
  createEvent({ organisationId: organisation.id, title: 'Tag der offenen Moschee' })
  createEvent({ organisationId: organisation.id, title: 'Entwurf', status: 'draft' })
  createEvent({ organisationId: organisation.id, title: 'Vorbei', startsAt: new Date(Date.now() - 5 * 86_400_000) })
  const page = getPublicOrganisation(organisation.slug)!
  expect(page.networks).toMatchObject([{ name: 'Seitennetz', role: 'coordinating' }])
  expect(page.events.map((e) => e.title)).toEqual(['Tag der offenen Moschee'])
})

test('public pages render over HTTP with filters, and an old slug answers with a 301 to the new one', async () => {
  const organisation = listed({ name: 'Ökumenischer Kreis Umbenannt', slug: 'oekumenischer-kreis-neu', street: 'Große Straße 1', postalCode: '49074', city: 'Osnabrück', lastConfirmedAt: new Date('2026-03-02T10:00:00Z') })
  testDb().insert(organisationSlugs).values({ slug: 'oekumenischer-kreis-alt', organisationId: organisation.id }).run()
  const client = new TestClient(server.url)
  const old = await client.get('/organisations/oekumenischer-kreis-alt')
  expect(old.status).toBe(301)
  expect(old.headers.get('Location')).toBe('/organisations/oekumenischer-kreis-neu')
  const page = await client.get('/organisations/oekumenischer-kreis-neu')
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('Zuletzt bestätigt am 02.03.2026')
  expect(html).toContain('https://www.openstreetmap.org/search?query=Gro%C3%9Fe%20Stra%C3%9Fe%201%2C%2049074%2C%20Osnabr%C3%BCck')
  expect((await client.get('/organisations/gibt-es-nicht')).status).toBe(404)
  const results = await client.get('/organisations?q=oekumenischer&tradition=nonsense&page=abc')
  expect(results.status).toBe(200)
  expect(await results.text()).toContain('Ökumenischer Kreis Umbenannt')
  const none = await client.get('/organisations?q=zzzzqqq')
  expect(await none.text()).toContain('Keine Organisation passt zu Ihrer Suche.')
  const networks = await client.get('/networks?scope=regional')
  expect(networks.status).toBe(200)
})

test('a network page shows members, coordinating contact and a place for the subscription link', async () => {
  const network = createNetwork({ name: 'Kontaktnetz', description: 'Ein Netz für Tests.' })
  const coordinating = createOrganisation({ name: 'Koordinierende Stelle', contactEmail: 'kontakt@example.org', tradition: 'interreligious', municipalityId: '03459003' })
  addToNetwork(network.id, coordinating.id, 'coordinating')
  const response = await new TestClient(server.url).get(`/networks/${network.slug}`)
  expect(response.status).toBe(200)
  const html = await response.text()
  expect(html).toContain('Koordinierende Stelle')
  expect(html).toContain('Bad Essen')
  expect(html).toContain('mailto:kontakt@example.org')
  expect(html).toContain('id="subscribe"')
})

test('the directory speaks English when asked', async () => {
  listed({ name: 'English Speaking Chaplaincy', kind: 'education' })
  const response = await new TestClient(server.url, { language: 'en-GB,en;q=0.9' }).get('/organisations?q=chaplaincy&kind=education')
  const html = await response.text()
  expect(html).toContain('Search by name or description')
  expect(html).toContain('English Speaking Chaplaincy')
  const none = await new TestClient(server.url, { language: 'en' }).get('/organisations?q=qqqzzz')
  expect(await none.text()).toContain('No organisation matches your search.')
})
