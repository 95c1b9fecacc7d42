import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { datePolls, pollAnswers, pollCandidates, pollParticipants, rounds, roundSeries } from '../../db/schema'
import { answerPoll, createPoll, createRound, createSeries, inviteNetworkToPoll, remindPoll } from '~/domain/rounds/mutations.server'
import { DomainError } from '~/utils/http.server'
import { berlinInstant } from '~/utils/time'
import { TestClient } from '../support/client'
import { createNetwork, createOrganisation, listOutboxFor, testDb } from '../support/factories'
import { DAY, roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

const district = () => roundsDistrict(server.url)

function futurePoll(roundId: string, actorId: string, days = [30, 31, 32]) {
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

function tokenFrom(email: string, template = 'poll-invitation'): string {
  const mail = listOutboxFor(email).filter((m) => m.template === template).at(-1)
  const url = String((mail?.props as { url?: string }).url)
  return url.split('/polls/')[1]!
}

test('only coordinators and the office manage rounds; members see them; outsiders get 404; the public is sent to sign in', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const poll = futurePoll(round.id, people.coordinator.id)
  const pages = [`/networks/${network.slug}/rounds`, `/networks/${network.slug}/rounds/polls/${poll.id}`]
  const expected = { public: 302, outsider: 404, member: 200, member2: 200, coordinator: 200, office: 200 }
  for (const path of pages) {
    for (const [who, status] of Object.entries(expected)) {
      expect((await clients[who as keyof typeof clients].get(path)).status, `${who} GET ${path}`).toBe(status)
    }
  }
  const newPoll = `/networks/${network.slug}/rounds/${round.id}/poll`
  const newPollExpected = { public: 302, outsider: 404, member: 403, coordinator: 200, office: 200 }
  for (const [who, status] of Object.entries(newPollExpected)) {
    expect((await clients[who as keyof typeof clients].get(newPoll)).status, `${who} GET ${newPoll}`).toBe(status)
  }

  const writes: [string, Record<string, string>][] = [
    [`/networks/${network.slug}/rounds`, { intent: 'create-series', title: 'Heimlich', defaultLengthMinutes: '90', format: 'host' }],
    [`/networks/${network.slug}/rounds`, { intent: 'create-round', seriesId: round.seriesId }],
    [newPoll, { candidates: '2099-01-14 18:00', deadlineDate: '2098-12-31' }],
    [`/networks/${network.slug}/rounds/polls/${poll.id}`, { intent: 'invite' }],
    [`/networks/${network.slug}/rounds/polls/${poll.id}`, { intent: 'remind' }],
    [`/networks/${network.slug}/rounds/polls/${poll.id}`, { intent: 'close' }],
  ]
  const forbidden = { public: 302, outsider: 404, member: 403 }
  for (const [path, form] of writes) {
    for (const [who, status] of Object.entries(forbidden)) {
      expect((await clients[who as keyof typeof clients].post(path, form)).status, `${who} POST ${path} ${form.intent ?? ''}`).toBe(status)
    }
  }
  const db = testDb()
  expect(db.select().from(roundSeries).where(eq(roundSeries.networkId, network.id)).all()).toHaveLength(1)
  expect(db.select().from(rounds).where(eq(rounds.seriesId, round.seriesId)).all()).toHaveLength(1)
  expect(db.select().from(datePolls).where(eq(datePolls.roundId, round.id)).all()).toHaveLength(1)
  expect(db.select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).all()).toHaveLength(0)
  expect(db.select().from(datePolls).where(eq(datePolls.id, poll.id)).get()!.closedAt).toBeNull()
})

test('a coordinator creates a series with a host order; the next host is suggested from it and can be skipped', async () => {
  const { network, mosque, synagogue, people, clients } = await district()
  // Like a browser: one select per position, the unused ones empty.
  const body = new URLSearchParams({ intent: 'create-series', title: 'Runder Tisch', cadenceHint: 'alle 2–3 Monate', defaultLengthMinutes: '120', format: 'host' })
  body.append('hostOrder', '')
  body.append('hostOrder', synagogue.id)
  body.append('hostOrder', '')
  const create = await fetch(`${server.url}/networks/${network.slug}/rounds`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url, Cookie: `dn_session=${clients.coordinator.cookie('dn_session')}`, 'X-Forwarded-For': clients.coordinator.ip },
    body,
  })
  expect(create.status).toBe(302)
  const series = testDb().select().from(roundSeries).where(eq(roundSeries.networkId, network.id)).get()!
  expect(series.hostOrder).toEqual([synagogue.id])
  // The office can create the same with two hosts in order through the domain; the page suggests the first.
  const ordered = createSeries({ networkId: network.id, title: 'Zweite Reihe', cadenceHint: '', defaultLengthMinutes: 90, format: 'team', hostOrder: [mosque.id, synagogue.id], actorId: people.office.id })
  createRound({ seriesId: ordered.id, hostOrganisationId: mosque.id, actorId: people.office.id })
  const page = await (await clients.coordinator.get(`/networks/${network.slug}/rounds`)).text()
  expect(page).toContain(`${synagogue.name} (vorgeschlagen)`)
  const skipped = await (await clients.coordinator.get(`/networks/${network.slug}/rounds?skip=1`)).text()
  expect(skipped).toContain(`${mosque.name} (vorgeschlagen)`)
  const round = await clients.coordinator.post(`/networks/${network.slug}/rounds`, { intent: 'create-round', seriesId: ordered.id, hostOrganisationId: synagogue.id })
  expect(round.status).toBe(302)
  expect(testDb().select().from(rounds).where(eq(rounds.seriesId, ordered.id)).all().map((r) => [r.number, r.hostOrganisationId])).toEqual([
    [1, mosque.id],
    [2, synagogue.id],
  ])
})

test('a round for a series of another network is 404 on this network’s page, and no round is created', async () => {
  const { network, people, clients } = await district()
  const elsewhere = createNetwork()
  const foreign = createSeries({ networkId: elsewhere.id, title: 'Andere Reihe', cadenceHint: '', defaultLengthMinutes: 90, format: 'team', hostOrder: [], actorId: people.office.id })
  const response = await clients.coordinator.post(`/networks/${network.slug}/rounds`, { intent: 'create-round', seriesId: foreign.id })
  expect(response.status).toBe(404)
  expect(testDb().select().from(rounds).where(eq(rounds.seriesId, foreign.id)).all()).toHaveLength(0)
  expect((await clients.coordinator.post(`/networks/${network.slug}/rounds`, { intent: 'create-round', seriesId: 'gibt-es-nicht' })).status).toBe(404)
})

test('bad series input gets a message next to the field and saves nothing', async () => {
  const { network, clients } = await district()
  const outsiderOrg = createOrganisation()
  const forms: Record<string, string>[] = [
    { title: '', defaultLengthMinutes: '120', format: 'host' },
    { title: 'X', defaultLengthMinutes: 'zwei Stunden', format: 'host' },
    { title: 'X', defaultLengthMinutes: '120', format: 'host', hostOrder: outsiderOrg.id },
  ]
  for (const form of forms) {
    const response = await clients.coordinator.post(`/networks/${network.slug}/rounds`, { intent: 'create-series', ...form })
    expect(response.status, JSON.stringify(form)).toBe(400)
  }
  expect(testDb().select().from(roundSeries).where(eq(roundSeries.networkId, network.id)).all()).toHaveLength(0)
})

test('a poll without candidates, with past, duplicate or more than 20 candidates is refused with a message, and nothing is saved', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const path = `/networks/${network.slug}/rounds/${round.id}/poll`
  const twentyOne = Array.from({ length: 21 }, (_, i) => `2099-01-${String(i + 1).padStart(2, '0')} 18:00`).join('\n')
  const cases: [string, string, string][] = [
    ['', '2098-12-31', 'Bitte schlagen Sie mindestens einen Termin vor.'],
    ['2020-01-14 18:00', '2098-12-31', 'Ein Termin liegt in der Vergangenheit.'],
    ['2099-01-14 18:00\n2099-01-14 18:00', '2098-12-31', 'Ein Termin steht doppelt in der Liste.'],
    [twentyOne, '2098-12-31', 'Höchstens 20 Terminvorschläge sind möglich.'],
    ['14.1.2099 18 Uhr', '2098-12-31', 'JJJJ-MM-TT HH:MM'],
    ['2099-01-14 18:00', '2020-01-01', 'Der Antwortschluss liegt in der Vergangenheit.'],
  ]
  for (const [candidates, deadlineDate, message] of cases) {
    const response = await clients.coordinator.post(path, { candidates, deadlineDate })
    expect(response.status, candidates).toBe(400)
    expect(await response.text()).toContain(message)
  }
  expect(testDb().select().from(datePolls).where(eq(datePolls.roundId, round.id)).all()).toHaveLength(0)
  const ok = await clients.coordinator.post(path, { candidates: '2099-01-14 18:00\n2099-01-21 18:30\n2099-01-28 19:00', deadlineDate: '2098-12-31' })
  expect(ok.status).toBe(302)
  const poll = testDb().select().from(datePolls).where(eq(datePolls.roundId, round.id)).get()!
  const candidates = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()
  expect(candidates.map((c) => c.startsAt.toISOString()).sort()).toEqual([
    berlinInstant('2099-01-14', '18:00').toISOString(),
    berlinInstant('2099-01-21', '18:30').toISOString(),
    berlinInstant('2099-01-28', '19:00').toISOString(),
  ])
  expect(candidates[0]!.endsAt.getTime() - candidates[0]!.startsAt.getTime()).toBe(120 * 60_000)
})

test('inviting mails one personal link per member; opening it changes nothing; answering saves, and answers can be changed', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const poll = futurePoll(round.id, people.coordinator.id)
  const pollPage = `/networks/${network.slug}/rounds/polls/${poll.id}`
  expect((await clients.coordinator.post(pollPage, { intent: 'invite' })).status).toBe(302)
  // Inviting again adds nobody twice.
  expect((await clients.office.post(pollPage, { intent: 'invite' })).status).toBe(302)
  const participants = testDb().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).all()
  expect(participants.map((p) => p.name).sort()).toEqual(['Aylin Member', 'Ruth Member'])
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'poll-invitation')).toHaveLength(1)
  expect(listOutboxFor(people.member2.email).find((m) => m.template === 'poll-invitation')!.locale).toBe('en')
  expect(listOutboxFor(people.outsider.email)).toHaveLength(0)
  const token = tokenFrom(people.member.email)
  expect(participants.every((p) => p.tokenHash !== token && p.tokenHash.length === 64)).toBe(true)

  const anonymous = new TestClient(server.url)
  const before = JSON.stringify(testDb().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).all())
  const page = await anonymous.get(`/polls/${token}`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Aylin Member')
  expect(JSON.stringify(testDb().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).all())).toBe(before)
  expect(testDb().select().from(pollAnswers).all().filter((a) => participants.some((p) => p.id === a.participantId))).toHaveLength(0)

  const candidates = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()
  const form = Object.fromEntries(candidates.map((c, i) => [`answer.${c.id}`, i === 0 ? 'yes' : 'no']))
  // Missing answers are refused and nothing is saved.
  const partial = await anonymous.post(`/polls/${token}`, { [`answer.${candidates[0]!.id}`]: 'yes' })
  expect(partial.status).toBe(422)
  expect(await partial.text()).toContain('Bitte beantworten Sie jeden Terminvorschlag.')
  expect((await anonymous.post(`/polls/${token}`, form)).status).toBe(302)
  const member = participants.find((p) => p.name === 'Aylin Member')!
  const saved = () => testDb().select().from(pollAnswers).where(eq(pollAnswers.participantId, member.id)).all()
  expect(saved().filter((a) => a.answer === 'yes')).toHaveLength(1)
  const changed = Object.fromEntries(candidates.map((c) => [`answer.${c.id}`, 'if-need-be']))
  expect((await anonymous.post(`/polls/${token}`, changed)).status).toBe(302)
  expect(saved().map((a) => a.answer)).toEqual(['if-need-be', 'if-need-be', 'if-need-be'])

  // Signed in, the other member answers on the poll page.
  const own = Object.fromEntries(candidates.map((c, i) => [`answer.${c.id}`, i === 1 ? 'yes' : 'if-need-be']))
  expect((await clients.member2.post(pollPage, { intent: 'answer', ...own })).status).toBe(302)
  // The matrix and ranking show both; the second candidate leads (2 + 1 points against 1 + 1).
  const html = await (await clients.coordinator.get(pollPage)).text()
  expect(html).toContain('Ruth Member')
  expect(html).toContain('3 Punkte – Ja: 1, wenn nötig: 1, Nein: 0')
  // Someone who was not invited cannot answer on the poll page.
  expect((await clients.coordinator.post(pollPage, { intent: 'answer', ...own })).status).toBe(403)
})

test('unknown and malformed poll links are 404', async () => {
  const client = new TestClient(server.url)
  expect((await client.get('/polls/abcdefghijklmnopqrstuvwxyz234567')).status).toBe(404)
  expect((await client.get('/polls/nicht-gueltig')).status).toBe(404)
  expect((await client.post('/polls/abcdefghijklmnopqrstuvwxyz234567', { x: 'y' })).status).toBe(404)
})

test('after the poll is closed by hand, answers are refused with a message and nothing changes', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const poll = futurePoll(round.id, people.coordinator.id)
  const pollPage = `/networks/${network.slug}/rounds/polls/${poll.id}`
  await clients.coordinator.post(pollPage, { intent: 'invite' })
  const token = tokenFrom(people.member.email)
  expect((await clients.coordinator.post(pollPage, { intent: 'close' })).status).toBe(302)
  const candidates = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()
  const form = Object.fromEntries(candidates.map((c) => [`answer.${c.id}`, 'yes']))
  const response = await new TestClient(server.url).post(`/polls/${token}`, form)
  expect(response.status).toBe(409)
  expect(await response.text()).toContain('Die Umfrage ist geschlossen.')
  expect(testDb().select().from(pollAnswers).all().filter((a) => candidates.some((c) => c.id === a.candidateId))).toHaveLength(0)
  expect(await (await new TestClient(server.url).get(`/polls/${token}`)).text()).not.toContain('Antworten speichern')
  // Closing twice is a message, not an error page of the server.
  expect((await clients.coordinator.post(pollPage, { intent: 'close' })).status).toBe(409)
})

test('the poll closes by itself at its deadline', async () => {
  const { network, people } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const poll = futurePoll(round.id, people.coordinator.id)
  inviteNetworkToPoll({ pollId: poll.id, actorId: people.coordinator.id, now: new Date() })
  const participant = testDb().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).get()!
  const candidates = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()
  const answers = Object.fromEntries(candidates.map((c) => [c.id, 'yes' as const]))
  const afterDeadline = new Date(poll.deadline.getTime() + 1)
  expect(() => answerPoll({ participantId: participant.id, answers, now: afterDeadline })).toThrowError(new DomainError('rounds.poll_closed', 409))
  expect(testDb().select().from(pollAnswers).where(eq(pollAnswers.participantId, participant.id)).all()).toHaveLength(0)
})

test('a reminder goes only to those who have not answered, with a fresh link, and at most once in 24 hours', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  const poll = futurePoll(round.id, people.coordinator.id)
  const pollPage = `/networks/${network.slug}/rounds/polls/${poll.id}`
  await clients.coordinator.post(pollPage, { intent: 'invite' })
  const oldToken = tokenFrom(people.member2.email)
  const candidates = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()
  const form = Object.fromEntries(candidates.map((c) => [`answer.${c.id}`, 'yes']))
  expect((await new TestClient(server.url).post(`/polls/${tokenFrom(people.member.email)}`, form)).status).toBe(302)

  expect((await clients.coordinator.post(pollPage, { intent: 'remind' })).status).toBe(302)
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'poll-reminder')).toHaveLength(0)
  expect(listOutboxFor(people.member2.email).filter((m) => m.template === 'poll-reminder')).toHaveLength(1)
  const newToken = tokenFrom(people.member2.email, 'poll-reminder')
  expect((await new TestClient(server.url).get(`/polls/${newToken}`)).status).toBe(200)
  expect((await new TestClient(server.url).get(`/polls/${oldToken}`)).status).toBe(404)

  const again = await clients.office.post(pollPage, { intent: 'remind' })
  expect(again.status).toBe(429)
  expect(await again.text()).toContain('weniger als 24 Stunden')
  expect(listOutboxFor(people.member2.email).filter((m) => m.template === 'poll-reminder')).toHaveLength(1)
  // A day later it is possible again.
  const last = testDb().select().from(datePolls).where(eq(datePolls.id, poll.id)).get()!.lastReminderAt!
  expect(remindPoll({ pollId: poll.id, actorId: people.coordinator.id, now: new Date(last.getTime() + DAY) })).toBe(1)
})

test('the poll page shows each candidate’s holiday conflicts beside it', async () => {
  const { network, people, clients } = await district()
  const { round } = seriesWithRound(network.id, people.coordinator.id)
  // Created with a "now" before Yom Kippur 2026; the flags do not depend on the current time.
  const startsAt = berlinInstant('2026-09-21', '18:00')
  const poll = createPoll({
    roundId: round.id,
    deadline: berlinInstant('2026-09-01'),
    candidates: [{ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) }],
    now: berlinInstant('2026-08-01'),
    actorId: people.coordinator.id,
  })
  const html = await (await clients.member.get(`/networks/${network.slug}/rounds/polls/${poll.id}`)).text()
  expect(html).toContain('Wichtiger Feiertag')
  expect(html).toContain('Jom Kippur')
})
