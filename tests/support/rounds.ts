import { expect } from 'vitest'
import { createPoll, createRound, createSeries } from '~/domain/rounds/mutations.server'
import { TestClient } from './client'
import { addMember, addToNetwork, appointCoordinator, createNetwork, createOrganisation, createUser, TEST_PASSWORD } from './factories'

export const DAY = 24 * 60 * 60_000

/** A network with two member organisations (the mosque hosts, with an address), a coordinator, two members, an outsider and the office, each with a signed-in client. */
export async function roundsDistrict(serverUrl: string) {
  const network = createNetwork()
  const mosque = createOrganisation({ name: `Moschee ${Math.random()}`, street: 'Am Riedenbach 7', postalCode: '49082', city: 'Osnabrück' })
  const synagogue = createOrganisation({ name: `Synagoge ${Math.random()}` })
  const elsewhere = createOrganisation()
  addToNetwork(network.id, mosque.id)
  addToNetwork(network.id, synagogue.id)
  const people = {
    coordinator: await createUser({ name: 'Koordinatorin' }),
    member: await createUser({ name: 'Aylin Member' }),
    member2: await createUser({ name: 'Ruth Member', locale: 'en' }),
    outsider: await createUser({ name: 'Outsider' }),
    office: await createUser({ role: 'admin', name: 'Büro' }),
  }
  appointCoordinator(network.id, people.coordinator.id)
  addMember(mosque.id, people.member.id, 'member')
  addMember(synagogue.id, people.member2.id, 'editor')
  addMember(elsewhere.id, people.outsider.id, 'editor')
  const clients = { public: new TestClient(serverUrl) } as Record<keyof typeof people | 'public', TestClient>
  for (const [key, user] of Object.entries(people)) {
    const client = new TestClient(serverUrl)
    await client.signIn(user.email, TEST_PASSWORD)
    clients[key as keyof typeof people] = client
  }
  return { network, mosque, synagogue, people, clients }
}

export function seriesWithRound(networkId: string, actorId: string, hostOrder: string[] = []) {
  const series = createSeries({ networkId, title: 'Runder Tisch der Religionen', cadenceHint: 'alle 2–3 Monate', defaultLengthMinutes: 120, format: 'host', hostOrder, actorId })
  const round = createRound({ seriesId: series.id, hostOrganisationId: hostOrder[0] ?? null, actorId })
  return { series, round }
}

export function futurePoll(roundId: string, actorId: string, days = [30, 31, 32]) {
  const now = new Date()
  return createPoll({
    roundId,
    deadline: new Date(now.getTime() + 14 * DAY),
    candidates: days.map((d) => {
      const startsAt = new Date(now.getTime() + d * DAY)
      return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) }
    }),
    now,
    actorId,
  })
}

/** The series page split at its two headings: the coming rounds come first, then the past ones. */
export function seriesPageParts(html: string): { coming: string; past: string } {
  const comingAt = html.indexOf('Kommende Runden')
  const pastAt = html.indexOf('Vergangene Runden')
  expect(comingAt).toBeGreaterThan(-1)
  expect(pastAt).toBeGreaterThan(comingAt)
  return { coming: html.slice(comingAt, pastAt), past: html.slice(pastAt) }
}
