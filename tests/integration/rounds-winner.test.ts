import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { datePolls, events, invitations, pollCandidates, pollParticipants, rounds } from '../../db/schema'
import { chooseWinner } from '~/domain/rounds/choose-winner.server'
import { answerPoll, inviteNetworkToPoll } from '~/domain/rounds/mutations.server'
import { DomainError } from '~/utils/http.server'
import { addMember, listOutboxFor, testDb } from '../support/factories'
import { futurePoll, roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

function candidatesOf(pollId: string) {
  return testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, pollId)).orderBy(pollCandidates.startsAt).all()
}

test('choosing the winner creates exactly one event at the host and invites every member once, those who said no too', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  // a person in both member organisations is invited once
  addMember(synagogue.id, people.member.id, 'member')
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id, synagogue.id])
  const poll = futurePoll(round.id, people.coordinator.id)
  const [first, second] = candidatesOf(poll.id)
  inviteNetworkToPoll({ pollId: poll.id, actorId: people.coordinator.id, now: new Date() })
  const ruth = testDb().select().from(pollParticipants).where(and(eq(pollParticipants.pollId, poll.id), eq(pollParticipants.userId, people.member2.id))).get()!
  answerPoll({ participantId: ruth.id, answers: { [first!.id]: 'no', [second!.id]: 'yes', [candidatesOf(poll.id)[2]!.id]: 'yes' }, now: new Date() })

  const page = await (await clients.coordinator.get(`/networks/${network.slug}/rounds/polls/${poll.id}`)).text()
  expect(page).toContain('Diesen Termin wählen')
  const chosen = await clients.coordinator.post(`/networks/${network.slug}/rounds/polls/${poll.id}`, { intent: 'choose', candidateId: first!.id })
  expect(chosen.status).toBe(302)
  const after = await (await clients.coordinator.follow(chosen)).text()
  expect(after).toContain('Der Termin ist gewählt')

  const db = testDb()
  const created = db.select().from(events).where(eq(events.networkId, network.id)).all()
  expect(created).toHaveLength(1)
  const event = created[0]!
  expect(event).toMatchObject({
    title: `Runder Tisch der Religionen #1`,
    kind: 'dialogue-round',
    organisationId: mosque.id,
    venueName: mosque.name,
    venueAddress: 'Am Riedenbach 7, 49082 Osnabrück',
    visibility: 'network',
    status: 'published',
  })
  expect(event.startsAt.getTime()).toBe(first!.startsAt.getTime())
  expect(event.endsAt.getTime()).toBe(first!.endsAt.getTime())
  expect(after).toContain(`/events/${event.id}`)
  expect(db.select().from(rounds).where(eq(rounds.id, round.id)).get()).toMatchObject({ eventId: event.id, status: 'scheduled' })
  expect(db.select().from(datePolls).where(eq(datePolls.id, poll.id)).get()!.closedAt).not.toBeNull()

  const invited = db.select().from(invitations).where(eq(invitations.eventId, event.id)).all()
  expect(invited.map((i) => i.userId).sort()).toEqual([people.member.id, people.member2.id].sort())
  // Ruth said no to this date and is invited all the same, with an RSVP mail
  expect(listOutboxFor(people.member2.email).filter((m) => m.template === 'rsvp-invitation')).toHaveLength(1)
  expect(listOutboxFor(people.member.email).filter((m) => m.template === 'rsvp-invitation')).toHaveLength(1)
  expect(listOutboxFor(people.outsider.email).filter((m) => m.template === 'rsvp-invitation')).toHaveLength(0)

  // the network's members see the event; outsiders do not
  expect((await clients.member2.get(`/events/${event.id}`)).status).toBe(200)
  expect((await clients.outsider.get(`/events/${event.id}`)).status).toBe(404)

  // a second choice is refused, over HTTP and in the domain, and creates nothing
  const again = await clients.coordinator.post(`/networks/${network.slug}/rounds/polls/${poll.id}`, { intent: 'choose', candidateId: second!.id })
  expect(again.status).toBe(409)
  expect(() => chooseWinner({ pollId: poll.id, candidateId: second!.id, actorId: people.office.id, now: new Date() })).toThrow(DomainError)
  expect(db.select().from(events).where(eq(events.networkId, network.id)).all()).toHaveLength(1)
  expect(db.select().from(invitations).where(eq(invitations.eventId, event.id)).all()).toHaveLength(2)
})

test('only coordinators and the office choose the winner; members get 403, outsiders 404, and nothing is created', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const poll = futurePoll(round.id, people.coordinator.id)
  const [first] = candidatesOf(poll.id)
  const path = `/networks/${network.slug}/rounds/polls/${poll.id}`
  for (const [who, status] of Object.entries({ public: 302, outsider: 404, member: 403 })) {
    expect((await clients[who as keyof typeof clients].post(path, { intent: 'choose', candidateId: first!.id })).status, who).toBe(status)
  }
  expect(await (await clients.member.get(path)).text()).not.toContain('Diesen Termin wählen')
  expect(testDb().select().from(events).where(eq(events.networkId, network.id)).all()).toHaveLength(0)
  const byOffice = await clients.office.post(path, { intent: 'choose', candidateId: first!.id })
  expect(byOffice.status).toBe(302)
  expect(testDb().select().from(events).where(eq(events.networkId, network.id)).all()).toHaveLength(1)
})

test('a candidate of another poll, a round without host, or a date already past are refused and nothing is saved', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const poll = futurePoll(round.id, people.coordinator.id)
  const { round: hostless } = seriesWithRound(network.id, people.coordinator.id, [])
  const other = futurePoll(hostless.id, people.coordinator.id)
  const path = `/networks/${network.slug}/rounds/polls/${poll.id}`
  const foreign = await clients.coordinator.post(path, { intent: 'choose', candidateId: candidatesOf(other.id)[0]!.id })
  expect(foreign.status).toBe(422)
  expect(await foreign.text()).toContain('gehört nicht zu dieser Umfrage')
  const noHost = await clients.coordinator.post(`/networks/${network.slug}/rounds/polls/${other.id}`, { intent: 'choose', candidateId: candidatesOf(other.id)[0]!.id })
  expect(noHost.status).toBe(409)
  expect(await noHost.text()).toContain('gastgebende Organisation')
  const later = new Date(candidatesOf(poll.id)[0]!.startsAt.getTime() + 60_000)
  expect(() => chooseWinner({ pollId: poll.id, candidateId: candidatesOf(poll.id)[0]!.id, actorId: people.coordinator.id, now: later })).toThrow(DomainError)
  const db = testDb()
  expect(db.select().from(events).where(eq(events.networkId, network.id)).all()).toHaveLength(0)
  expect(db.select().from(datePolls).where(eq(datePolls.id, poll.id)).get()!.closedAt).toBeNull()
  expect(db.select().from(rounds).where(eq(rounds.id, round.id)).get()!.status).toBe('planning')
})
