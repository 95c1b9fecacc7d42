import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { roundMinutes } from '../../db/schema'
import { listOutboxFor, testDb } from '../support/factories'
import { roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

const MINUTES = 'Begrüßung durch **die Gastgeber**.\n\n- Friedensgebet am 1. Advent\n- Besuch der Synagoge\n\n<script>alert(1)</script> [Fotos](https://example.org/fotos)'

test('coordinators write minutes that members only see once published; publishing notifies each member once; outsiders get 404', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/minutes`
  for (const [who, status] of Object.entries({ public: 302, outsider: 404, member: 200, coordinator: 200, office: 200 })) {
    expect((await clients[who as keyof typeof clients].get(path)).status, who).toBe(status)
  }
  for (const form of [{ intent: 'save', body: 'Heimlich' }, { intent: 'publish' }] as Record<string, string>[]) {
    expect((await clients.member.post(path, form)).status).toBe(403)
    expect((await clients.outsider.post(path, form)).status).toBe(404)
  }
  expect(testDb().select().from(roundMinutes).where(eq(roundMinutes.roundId, round.id)).get()).toBeUndefined()

  expect((await clients.coordinator.post(path, { intent: 'save', body: MINUTES })).status).toBe(302)
  // the draft stays with the managers
  expect(await (await clients.member.get(path)).text()).not.toContain('Friedensgebet')
  const draft = await (await clients.office.get(path)).text()
  expect(draft).toContain('<strong>die Gastgeber</strong>')

  const published = await clients.coordinator.post(path, { intent: 'publish' })
  expect(published.status).toBe(302)
  expect(await (await clients.coordinator.follow(published)).text()).toContain('Das Protokoll ist veröffentlicht')
  const page = await (await clients.member.get(path)).text()
  expect(page).toContain('<li>Friedensgebet am 1. Advent</li>')
  expect(page).toContain('<a href="https://example.org/fotos" rel="noopener noreferrer nofollow">Fotos</a>')
  expect(page).not.toContain('<script>alert(1)</script>')
  expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  for (const person of [people.member, people.member2]) {
    const mails = listOutboxFor(person.email).filter((m) => m.template === 'minutes-published')
    expect(mails).toHaveLength(1)
    expect((mails[0]!.props as { url: string }).url).toContain(path)
  }
  expect(listOutboxFor(people.outsider.email).filter((m) => m.template === 'minutes-published')).toHaveLength(0)

  const again = await clients.coordinator.post(path, { intent: 'publish' })
  expect(again.status).toBe(409)
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'minutes-published')).toHaveLength(1)
})

test('empty minutes get a message next to the field and nothing is saved; minutes cannot be published before they are written', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const empty = await clients.coordinator.post(path, { intent: 'save', body: '   ' })
  expect(empty.status).toBe(400)
  expect(await empty.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  const tooLong = await clients.coordinator.post(path, { intent: 'save', body: 'x'.repeat(20_001) })
  expect(tooLong.status).toBe(400)
  expect(await tooLong.text()).toContain('Dieser Text ist zu lang.')
  const early = await clients.coordinator.post(path, { intent: 'publish' })
  expect(early.status).toBe(409)
  expect(await early.text()).toContain('Bitte schreiben Sie zuerst das Protokoll.')
  expect(testDb().select().from(roundMinutes).where(eq(roundMinutes.roundId, round.id)).get()).toBeUndefined()
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'minutes-published')).toHaveLength(0)
})
