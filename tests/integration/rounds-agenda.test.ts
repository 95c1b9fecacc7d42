import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { agendaTopics, events, pollCandidates, rounds } from '../../db/schema'
import { chooseWinner } from '~/domain/rounds/choose-winner.server'
import { createRound, proposeTopic, setAgendaCutoff } from '~/domain/rounds/mutations.server'
import { listOutboxFor, testDb } from '../support/factories'
import { DAY, futurePoll, roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

function topicsOf(roundId: string) {
  return testDb().select().from(agendaTopics).where(eq(agendaTopics.roundId, roundId)).orderBy(agendaTopics.position).all()
}

test('members see and propose agenda topics; only coordinators and the office order, accept, defer and set the cut-off; outsiders get 404', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/agenda`
  const reads = { public: 302, outsider: 404, member: 200, member2: 200, coordinator: 200, office: 200 }
  for (const [who, status] of Object.entries(reads)) {
    expect((await clients[who as keyof typeof clients].get(path)).status, who).toBe(status)
  }
  const proposal = { intent: 'propose', title: 'Gemeinsames Friedensgebet', description: 'Planung für den Herbst', organisationId: mosque.id }
  expect((await clients.outsider.post(path, proposal)).status).toBe(404)
  expect((await clients.public.post(path, proposal)).status).toBe(302)
  expect(topicsOf(round.id)).toHaveLength(0)
  const proposed = await clients.member.post(path, proposal)
  expect(proposed.status).toBe(302)
  expect(await (await clients.member.follow(proposed)).text()).toContain('Ihr Themenvorschlag ist eingegangen.')
  const [topic] = topicsOf(round.id)
  expect(topic).toMatchObject({ title: 'Gemeinsames Friedensgebet', organisationId: mosque.id, proposedById: people.member.id, status: 'proposed', position: 1 })

  const managing: Record<string, string>[] = [
    { intent: 'accept', topicId: topic!.id },
    { intent: 'defer', topicId: topic!.id },
    { intent: 'up', topicId: topic!.id },
    { intent: 'cutoff', cutoffDate: '2099-01-01', cutoffTime: '12:00' },
  ]
  for (const form of managing) {
    expect((await clients.member.post(path, form)).status, `member ${form.intent}`).toBe(403)
    expect((await clients.outsider.post(path, form)).status, `outsider ${form.intent}`).toBe(404)
  }
  expect(await (await clients.member.get(path)).text()).not.toContain('Annehmen')
  const db = testDb()
  expect(topicsOf(round.id)[0]!.status).toBe('proposed')
  expect(db.select().from(rounds).where(eq(rounds.id, round.id)).get()!.agendaCutoffAt).toBeNull()
  expect((await clients.coordinator.post(path, { intent: 'accept', topicId: topic!.id })).status).toBe(302)
  expect((await clients.office.post(path, { intent: 'cutoff', cutoffDate: '2099-01-01', cutoffTime: '12:00' })).status).toBe(302)
  expect(topicsOf(round.id)[0]!.status).toBe('accepted')
  expect(db.select().from(rounds).where(eq(rounds.id, round.id)).get()!.agendaCutoffAt!.toISOString()).toBe('2099-01-01T11:00:00.000Z')
})

test('the coordinator orders, accepts and defers; the accepted agenda shows on the event page and in the invitation; deferred topics move to the next round', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { series, round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id, synagogue.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/agenda`
  await clients.member.post(path, { intent: 'propose', title: 'Ramadan-Kalender für Schulen', description: '', organisationId: mosque.id })
  await clients.member2.post(path, { intent: 'propose', title: 'Besuch der Synagoge', description: 'Führung für Konfirmanden', organisationId: synagogue.id })
  await clients.member2.post(path, { intent: 'propose', title: 'Haushalt 2027', description: '', organisationId: synagogue.id })
  const [ramadan, visit, budget] = topicsOf(round.id)
  expect((await clients.coordinator.post(path, { intent: 'up', topicId: visit!.id })).status).toBe(302)
  expect(topicsOf(round.id).map((t) => t.title)).toEqual(['Besuch der Synagoge', 'Ramadan-Kalender für Schulen', 'Haushalt 2027'])
  // at the edge nothing moves
  await clients.coordinator.post(path, { intent: 'up', topicId: visit!.id })
  expect(topicsOf(round.id)[0]!.id).toBe(visit!.id)
  for (const id of [visit!.id, ramadan!.id]) await clients.coordinator.post(path, { intent: 'accept', topicId: id })
  await clients.coordinator.post(path, { intent: 'defer', topicId: budget!.id })
  expect(await (await clients.member.get(path)).text()).toContain('vertagt')

  const poll = futurePoll(round.id, people.coordinator.id)
  const candidate = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).orderBy(pollCandidates.startsAt).get()!
  const { event } = chooseWinner({ pollId: poll.id, candidateId: candidate.id, actorId: people.coordinator.id, now: new Date() })
  const page = await (await clients.member2.get(`/events/${event.id}`)).text()
  expect(page).toContain('<h2 id="agenda-heading" class="h3">Agenda</h2>')
  expect(page.indexOf('Besuch der Synagoge')).toBeLessThan(page.indexOf('Ramadan-Kalender für Schulen'))
  expect(page).toContain('Führung für Konfirmanden')
  expect(page).not.toContain('Haushalt 2027')
  expect((await clients.outsider.get(`/events/${event.id}`)).status).toBe(404)
  const mail = listOutboxFor(people.member2.email).find((m) => m.template === 'rsvp-invitation')!
  expect((mail.props as { agenda: string[] }).agenda).toEqual(['Besuch der Synagoge', 'Ramadan-Kalender für Schulen'])

  const next = createRound({ seriesId: series.id, hostOrganisationId: synagogue.id, actorId: people.coordinator.id })
  expect(topicsOf(next.id).map((t) => [t.title, t.status, t.position])).toEqual([['Haushalt 2027', 'proposed', 1]])
  expect(topicsOf(round.id).map((t) => t.title)).toEqual(['Besuch der Synagoge', 'Ramadan-Kalender für Schulen'])
  expect(testDb().select().from(events).where(eq(events.networkId, network.id)).all()).toHaveLength(1)
})

test('bad proposals get messages next to their fields and nothing is saved; after the cut-off nobody can propose', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/agenda`
  const empty = await clients.member.post(path, { intent: 'propose', title: '  ', description: '', organisationId: mosque.id })
  expect(empty.status).toBe(400)
  expect(await empty.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  const long = await clients.member.post(path, { intent: 'propose', title: 'Zu lang', description: 'x'.repeat(501), organisationId: mosque.id })
  expect(long.status).toBe(400)
  expect(await long.text()).toContain('höchstens 500 Zeichen')
  // the member belongs to the mosque, not to the synagogue
  const foreign = await clients.member.post(path, { intent: 'propose', title: 'Fremd', description: '', organisationId: synagogue.id })
  expect(foreign.status).toBe(422)
  expect(await foreign.text()).toContain('Bitte wählen Sie eine Ihrer Organisationen')
  const badCutoff = await clients.coordinator.post(path, { intent: 'cutoff', cutoffDate: 'morgen', cutoffTime: '' })
  expect(badCutoff.status).toBe(400)
  expect(await badCutoff.text()).toContain('JJJJ-MM-TT')
  expect(testDb().select().from(rounds).where(eq(rounds.id, round.id)).get()!.agendaCutoffAt).toBeNull()

  setAgendaCutoff({ roundId: round.id, cutoffAt: new Date(Date.now() - DAY), actorId: people.coordinator.id })
  const late = await clients.member.post(path, { intent: 'propose', title: 'Zu spät', description: '', organisationId: mosque.id })
  expect(late.status).toBe(409)
  expect(await late.text()).toContain('keine Themen mehr vorgeschlagen')
  expect(() => proposeTopic({ roundId: round.id, userId: people.office.id, isOffice: true, organisationId: mosque.id, title: 'Büro', description: '', now: new Date() })).toThrow()
  expect(await (await clients.member.get(path)).text()).not.toContain('Vorschlag einreichen')
  expect(topicsOf(round.id)).toHaveLength(0)
})
