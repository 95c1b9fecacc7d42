import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { demoUsers } from '../../db/data/demo-district'
import { seedDemoDistrict } from '../../db/seed'
import { networks, outbox, pollParticipants, users } from '../../db/schema'
import { listAttendance } from '~/domain/rounds/attendance.server'
import { getMinutes } from '~/domain/rounds/minutes.server'
import { isNetworkMember } from '~/domain/rounds/policy.server'
import { getPollView, getRound, listAgenda, listSeriesForNetwork } from '~/domain/rounds/queries.server'
import { getStatement, listSignatures, listStatementsForNetwork } from '~/domain/rounds/statements.server'
import { listDecisions, listOpenTasksBefore, listOpenTasksForEvent, listTasks } from '~/domain/rounds/tasks.server'
import { parseMarkdown } from '~/domain/rounds/markdown'
import { TestClient } from '../support/client'
import { testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'
import { seriesPageParts } from '../support/rounds'

const SLUG = 'runder-tisch-der-religionen'
const account = (key: string) => demoUsers.find((u) => u.key === key)!

let server: RunningServer
let networkId: string
const seededAt = Date.now()
beforeAll(async () => {
  const db = testDb()
  await seedDemoDistrict(db, seededAt)
  networkId = db.select().from(networks).where(eq(networks.slug, SLUG)).get()!.id
  server = await startServer()
})
afterAll(() => server?.stop())

function demoSeries() {
  const all = listSeriesForNetwork(networkId)
  expect(all).toHaveLength(1)
  return all[0]!
}

test('seeding the demo rounds mails nobody: the poll invitations and the published minutes are history, not news', () => {
  expect(testDb().select().from(outbox).all()).toEqual([])
})

test('the demo Runder Tisch has a round series with a host order of five member organisations and three rounds', () => {
  const series = demoSeries()
  expect(series.title).toBe('Runder Tisch der Religionen – Sitzungen')
  expect(series.cadenceHint).toBe('alle 2–3 Monate')
  expect(series.format).toBe('host')
  expect(series.hostOrder).toHaveLength(5)
  const members = new Set(listAttendance(series.rounds[0]!.id, networkId).map((o) => o.id))
  for (const id of series.hostOrder) expect(members.has(id)).toBe(true)
  expect(series.rounds.map((r) => [r.number, r.status])).toEqual([
    [3, 'planning'],
    [2, 'held'],
    [1, 'held'],
  ])
  // the coming round is hosted by the organisation the order suggests after the last held round
  const [coming, second, first] = series.rounds
  expect(first!.hostOrganisationId).toBe(series.hostOrder[0])
  expect(second!.hostOrganisationId).toBe(series.hostOrder[1])
  expect(coming!.hostOrganisationId).toBe(series.hostOrder[2])
  expect(series.suggestedHostId).toBe(series.hostOrder[3])
})

test('the two past rounds were held in the past with accepted topics, published minutes, attendance, decisions and one done and one open task', () => {
  const held = demoSeries().rounds.filter((r) => r.status === 'held')
  expect(held).toHaveLength(2)
  expect(new Set(held.map((r) => r.hostOrganisationId)).size).toBe(2)
  for (const round of held) {
    expect(round.endsAt!.getTime()).toBeLessThan(seededAt)
    expect(round.eventStatus).toBe('published')
    const agenda = listAgenda(round.id)
    expect(agenda.length).toBeGreaterThanOrEqual(2)
    expect(agenda.every((t) => t.status === 'accepted')).toBe(true)
    expect(round.topicCount).toBe(agenda.length)
    const minutes = getMinutes(round.id)!
    expect(round.minutes).toBe('published')
    expect(minutes.publishedAt!.getTime()).toBeGreaterThan(round.endsAt!.getTime())
    expect(minutes.publishedAt!.getTime()).toBeLessThanOrEqual(seededAt)
    // the minutes use the safe Markdown subset: bold headings and a list, no raw HTML
    expect(minutes.body).not.toMatch(/<[a-z]/i)
    expect(parseMarkdown(minutes.body).length).toBeGreaterThan(2)
    const attendance = listAttendance(round.id, networkId)
    expect(attendance.every((a) => a.present !== null)).toBe(true)
    expect(round.presentCount).toBe(attendance.filter((a) => a.present).length)
    expect(round.presentCount).toBeGreaterThanOrEqual(5)
    expect(round.presentCount).toBeLessThan(attendance.length)
    expect(listDecisions(round.id).length).toBeGreaterThanOrEqual(1)
  }
  const tasks = held.flatMap((r) => listTasks(r.id))
  expect(tasks.filter((t) => t.doneAt)).toHaveLength(1)
  expect(tasks.filter((t) => !t.doneAt)).toHaveLength(1)
  expect(tasks.find((t) => t.doneAt)!.doneAt!.getTime()).toBeLessThan(seededAt)
  for (const task of tasks) expect(task.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  // the task of round 1 was done before round 2, so it is not on round 2's agenda
  expect(listOpenTasksForEvent(held.find((r) => r.number === 2)!.eventId!)).toHaveLength(0)
})

test('the coming round is in planning with an accepted and a proposed topic, and the open task of the last round on its agenda', () => {
  const coming = demoSeries().rounds.find((r) => r.status === 'planning')!
  expect(coming.eventId).toBeNull()
  expect(listAgenda(coming.id).map((t) => t.status)).toEqual(['accepted', 'proposed'])
  const round = getRound(coming.id)!
  expect(round.agendaCutoffAt!.getTime()).toBeGreaterThan(seededAt)
  const open = listOpenTasksBefore(round)
  expect(open).toHaveLength(1)
  expect(open[0]!.roundNumber).toBe(2)
})

test('the coming round has an open date poll with three future candidates, one flagged by the calendar, answered by Leyla Demir and Miriam Goldberg', () => {
  const db = testDb()
  const coming = demoSeries().rounds.find((r) => r.status === 'planning')!
  expect(coming.polls).toHaveLength(1)
  const poll = coming.polls[0]!
  expect(poll.closedAt).toBeNull()
  expect(poll.deadline.getTime()).toBeGreaterThan(seededAt)
  const view = getPollView(poll.id)
  expect(view.candidates).toHaveLength(3)
  for (const candidate of view.candidates) {
    expect(candidate.startsAt.getTime()).toBeGreaterThan(poll.deadline.getTime())
    expect(candidate.endsAt.getTime() - candidate.startsAt.getTime()).toBe(120 * 60_000)
  }
  const flagged = view.candidates.filter((c) => c.flags.schoolHoliday || c.flags.conflicts.some((x) => x.observance.importance !== 'low'))
  expect(flagged).toHaveLength(1)
  expect(view.candidates.filter((c) => c.flags.conflictCount === 0)).toHaveLength(2)
  // every person of the member organisations is invited; two have answered, the office not yet
  const answered = view.participants.filter((p) => p.answeredAt)
  const emails = db
    .select({ email: users.email })
    .from(pollParticipants)
    .innerJoin(users, eq(users.id, pollParticipants.userId))
    .where(eq(pollParticipants.pollId, poll.id))
    .all()
    .map((p) => p.email)
  expect(emails).toEqual(expect.arrayContaining([account('coordinator').email, account('editor-trusted').email, account('admin').email]))
  expect(answered.map((p) => p.name).sort()).toEqual(['Leyla Demir', 'Miriam Goldberg'])
  for (const participant of answered) expect(Object.keys(view.matrix[participant.id]!)).toHaveLength(3)
  // the flagged date got no yes and ranks last; a free date wins
  expect(view.ranking[0]!.candidateId).not.toBe(flagged[0]!.id)
  expect(view.ranking[view.ranking.length - 1]!.candidateId).toBe(flagged[0]!.id)
  // links are stored as hashes only
  const hashes = db.select({ tokenHash: pollParticipants.tokenHash }).from(pollParticipants).where(eq(pollParticipants.pollId, poll.id)).all()
  for (const { tokenHash } of hashes) expect(tokenHash).toMatch(/^[0-9a-f]{64}$/)
})

test('besides the published statement adopted in round 2, one joint statement of the Runder Tisch is open for signatures with one signature', () => {
  const open = listStatementsForNetwork(networkId, ['open'])
  expect(open).toHaveLength(1)
  expect(listSignatures(open[0]!.id)).toHaveLength(1)
  const [published] = listStatementsForNetwork(networkId, ['published'])
  // both came out of round 2, whose minutes and decisions tell of them
  const second = demoSeries().rounds.find((r) => r.number === 2)!
  expect(getStatement(published!.id)!.roundId).toBe(second.id)
  expect(getStatement(open[0]!.id)!.roundId).toBe(second.id)
  expect(listDecisions(second.id).some((d) => d.text.includes(published!.title.split(' – ')[0]!))).toBe(true)
})

test('signed in as the demo coordinator, the series page lists the two past rounds with host, date, minutes link and attendance', async () => {
  const client = new TestClient(server.url)
  await client.signIn(account('coordinator').email, account('coordinator').password)
  const response = await client.get(`/networks/${SLUG}/rounds`)
  expect(response.status).toBe(200)
  const html = await response.text()
  const { coming: comingPart, past: pastPart } = seriesPageParts(html)
  expect(html).toContain('Runder Tisch der Religionen – Sitzungen')
  expect(html).toContain('alle 2–3 Monate')
  expect(comingPart).toContain('Runde 3')
  expect(comingPart).toContain('Bistum Osnabrück')
  expect(comingPart).toContain('noch kein Termin')
  expect(comingPart).toContain('Tagesordnung (2 Themen)')
  const day = (d: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'short' }).format(d)
  const held = demoSeries().rounds.filter((r) => r.status === 'held')
  for (const round of held) {
    expect(pastPart).toContain(`Runde ${round.number}`)
    expect(pastPart).toContain(round.hostName!)
    expect(pastPart).toContain(`href="/events/${round.eventId}"`)
    expect(pastPart).toContain(day(round.startsAt!))
    expect(pastPart).toContain(`href="/networks/${SLUG}/rounds/${round.id}/minutes">Protokoll</a>`)
    expect(pastPart).toContain(`${round.presentCount} Organisationen anwesend`)
  }
  expect(pastPart).toContain('Jüdische Gemeinde Osnabrück')
  expect(pastPart).toContain('DITIB-Gemeinde Osnabrück')
  // the minutes of a past round render for the coordinator
  const minutes = await client.get(`/networks/${SLUG}/rounds/${held[0]!.id}/minutes`)
  expect(minutes.status).toBe(200)
  expect(await minutes.text()).toContain('Gemeinsame Erklärung')
})

test('signed in as the demo coordinator, the poll page shows the three candidates with the calendar flag beside one of them', async () => {
  const client = new TestClient(server.url)
  await client.signIn(account('coordinator').email, account('coordinator').password)
  const coming = demoSeries().rounds.find((r) => r.status === 'planning')!
  const response = await client.get(`/networks/${SLUG}/rounds/polls/${coming.polls[0]!.id}`)
  expect(response.status).toBe(200)
  const html = await response.text()
  const view = getPollView(coming.polls[0]!.id)
  const dayMonth = (d: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'short' }).format(d)
  for (const candidate of view.candidates) expect(html).toContain(dayMonth(candidate.startsAt))
  expect(html).toMatch(/Schulferien in Niedersachsen|Überschneidungen mit Feier- und Gedenktagen/)
  expect(html.split('Keine Überschneidung mit Feiertagen').length - 1).toBeGreaterThanOrEqual(2)
  expect(html).toContain('Leyla Demir')
  expect(html).toContain('Miriam Goldberg')
})

test('visitors who are not signed in are sent to sign in, and a signed-in demo user outside the network gets 404 on the series and poll pages', async () => {
  const coming = demoSeries().rounds.find((r) => r.status === 'planning')!
  const paths = [`/networks/${SLUG}/rounds`, `/networks/${SLUG}/rounds/polls/${coming.polls[0]!.id}`, `/networks/${SLUG}/rounds/${coming.id}/agenda`]
  const anonymous = new TestClient(server.url)
  for (const path of paths) {
    const response = await anonymous.get(path)
    expect(response.status, path).toBe(302)
    expect(response.headers.get('location'), path).toMatch(/^\/login\?redirectTo=/)
  }
  const outsider = account('member')
  const outsiderId = testDb().select().from(users).where(eq(users.email, outsider.email)).get()!.id
  expect(isNetworkMember(outsiderId, networkId)).toBe(false)
  const client = new TestClient(server.url)
  await client.signIn(outsider.email, outsider.password)
  for (const path of paths) expect((await client.get(path)).status, path).toBe(404)
})
