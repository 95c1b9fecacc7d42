import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { pollCandidates, roundDecisions, roundTasks } from '../../db/schema'
import { chooseWinner } from '~/domain/rounds/choose-winner.server'
import { createRound } from '~/domain/rounds/mutations.server'
import { addTask, completeTask } from '~/domain/rounds/tasks.server'
import { listOutboxFor, testDb } from '../support/factories'
import { futurePoll, roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

test('coordinators record follow-up tasks; open ones appear on the next round’s agenda until they are done; members may not record them', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { series, round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id, synagogue.id])
  const minutes = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const task = { intent: 'add-task', what: 'Flyer für das Friedensgebet drucken', who: 'Moscheegemeinde', dueOn: '2099-02-01' }
  expect((await clients.member.post(minutes, task)).status).toBe(403)
  expect((await clients.outsider.post(minutes, task)).status).toBe(404)
  expect((await clients.coordinator.post(minutes, task)).status).toBe(302)
  expect((await clients.office.post(minutes, { intent: 'add-task', what: 'Raum reservieren', who: 'Büro', dueOn: '' })).status).toBe(302)
  const [flyer, room] = testDb().select().from(roundTasks).where(eq(roundTasks.roundId, round.id)).orderBy(roundTasks.createdAt).all()
  expect(flyer).toMatchObject({ what: 'Flyer für das Friedensgebet drucken', who: 'Moscheegemeinde', dueOn: '2099-02-01', doneAt: null })
  expect(room!.dueOn).toBeNull()
  expect(await (await clients.member.get(minutes)).text()).toContain('Flyer für das Friedensgebet drucken')

  expect((await clients.member.post(minutes, { intent: 'complete-task', taskId: room!.id })).status).toBe(403)
  expect((await clients.coordinator.post(minutes, { intent: 'complete-task', taskId: room!.id })).status).toBe(302)
  expect((await clients.coordinator.post(minutes, { intent: 'complete-task', taskId: room!.id })).status).toBe(409)

  const next = createRound({ seriesId: series.id, hostOrganisationId: synagogue.id, actorId: people.coordinator.id })
  const agenda = await (await clients.member.get(`/networks/${network.slug}/rounds/${next.id}/agenda`)).text()
  expect(agenda).toContain('Offene Aufgaben aus früheren Runden')
  expect(agenda).toContain('Flyer für das Friedensgebet drucken')
  expect(agenda).not.toContain('Raum reservieren')
  await clients.coordinator.post(minutes, { intent: 'complete-task', taskId: flyer!.id })
  expect(await (await clients.member.get(`/networks/${network.slug}/rounds/${next.id}/agenda`)).text()).not.toContain('Flyer für das Friedensgebet drucken')
})

test('a task without what or who, or with a date that is not a date, gets messages next to the fields and is not saved', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const minutes = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const bad = await clients.coordinator.post(minutes, { intent: 'add-task', what: '', who: ' ', dueOn: '2099-02-30' })
  expect(bad.status).toBe(400)
  const html = await bad.text()
  expect(html.match(/Bitte füllen Sie dieses Feld aus\./g)).toHaveLength(2)
  expect(html).toContain('Bitte geben Sie ein gültiges Datum als JJJJ-MM-TT an.')
  expect(testDb().select().from(roundTasks).where(eq(roundTasks.roundId, round.id)).all()).toHaveLength(0)
})

test('coordinators record decisions that the network’s members read; members may not record them; an empty decision is refused', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const minutes = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const decision = { intent: 'add-decision', text: 'Das Friedensgebet findet am 1. Advent in der Moschee statt.' }
  expect((await clients.member.post(minutes, decision)).status).toBe(403)
  expect((await clients.outsider.post(minutes, decision)).status).toBe(404)
  const empty = await clients.coordinator.post(minutes, { intent: 'add-decision', text: '' })
  expect(empty.status).toBe(400)
  expect(await empty.text()).toContain('Bitte füllen Sie dieses Feld aus.')
  expect(testDb().select().from(roundDecisions).where(eq(roundDecisions.roundId, round.id)).all()).toHaveLength(0)
  expect((await clients.coordinator.post(minutes, decision)).status).toBe(302)
  expect(testDb().select().from(roundDecisions).where(eq(roundDecisions.roundId, round.id)).all()).toHaveLength(1)
  expect(await (await clients.member.get(minutes)).text()).toContain('<li>Das Friedensgebet findet am 1. Advent in der Moschee statt.</li>')
})

test('open tasks of earlier rounds show on the next round’s event page and go out with its invitation; done ones do not', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { series, round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id, synagogue.id])
  addTask({ roundId: round.id, what: 'Raum für das Friedensgebet anfragen', who: 'Moscheegemeinde', dueOn: '2099-03-01', actorId: people.coordinator.id })
  const done = addTask({ roundId: round.id, what: 'Protokoll verschicken', who: 'Büro', dueOn: null, actorId: people.coordinator.id })
  completeTask({ roundId: round.id, taskId: done.id, actorId: people.coordinator.id, now: new Date() })
  const next = createRound({ seriesId: series.id, hostOrganisationId: synagogue.id, actorId: people.coordinator.id })
  const poll = futurePoll(next.id, people.coordinator.id)
  const candidate = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()[0]!
  const { event } = chooseWinner({ pollId: poll.id, candidateId: candidate.id, actorId: people.coordinator.id, now: new Date() })

  const page = await (await clients.member.get(`/events/${event.id}`)).text()
  expect(page).toContain('<h2 id="agenda-heading" class="h3">Tagesordnung</h2>')
  expect(page).toContain('Offene Aufgaben aus früheren Runden')
  expect(page).toContain('Raum für das Friedensgebet anfragen')
  expect(page).toContain('bis 2099-03-01')
  expect(page).not.toContain('Protokoll verschicken')
  expect((await clients.outsider.get(`/events/${event.id}`)).status).toBe(404)

  const mail = listOutboxFor(people.member.email).find((m) => m.template === 'rsvp-invitation')!
  expect((mail.props as { openTasks: unknown[] }).openTasks).toEqual([{ what: 'Raum für das Friedensgebet anfragen', who: 'Moscheegemeinde', dueOn: '2099-03-01' }])
})
