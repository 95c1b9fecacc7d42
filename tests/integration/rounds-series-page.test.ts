import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { rounds } from '../../db/schema'
import { recordAttendance } from '~/domain/rounds/attendance.server'
import { publishMinutes, saveMinutes } from '~/domain/rounds/minutes.server'
import { createRound, proposeTopic, setTopicStatus } from '~/domain/rounds/mutations.server'
import { getRound } from '~/domain/rounds/queries.server'
import { DomainError } from '~/utils/http.server'
import { createEvent, testDb } from '../support/factories'
import { DAY, roundsDistrict, seriesPageParts, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

/** Gives a round an event (as choosing the winner would) that starts `days` from now. */
function schedule(roundId: string, organisationId: string, networkId: string, days: number) {
  const startsAt = new Date(Date.now() + days * DAY)
  const event = createEvent({ organisationId, networkId, visibility: 'network', startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) })
  testDb().update(rounds).set({ eventId: event.id, status: 'scheduled' }).where(eq(rounds.id, roundId)).run()
  return event
}

test('a scheduled round counts as held once its event has ended, and then takes no more topics', async () => {
  const { network, mosque, people } = await roundsDistrict(server.url)
  const { series, round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const event = schedule(round.id, mosque.id, network.id, 1)
  expect(getRound(round.id)!.status).toBe('scheduled')
  expect(getRound(round.id, new Date(event.endsAt.getTime() - 1))!.status).toBe('scheduled')
  expect(getRound(round.id, event.endsAt)!.status).toBe('held')
  const propose = (now: Date) =>
    proposeTopic({ roundId: round.id, userId: people.member.id, isOffice: false, organisationId: mosque.id, title: 'Nachtrag', description: '', now })
  expect(() => propose(new Date(event.endsAt.getTime() + 60_000))).toThrowError(DomainError)
  expect(propose(new Date()).title).toBe('Nachtrag')
  // a round without an event stays in planning
  const next = createRound({ seriesId: series.id, hostOrganisationId: mosque.id, actorId: people.coordinator.id })
  expect(getRound(next.id, new Date(Date.now() + 365 * DAY))!.status).toBe('planning')
})

test('the series page lists past and coming rounds with host, date, agenda, minutes (published ones for members) and attendance', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { series, round: past } = seriesWithRound(network.id, people.coordinator.id, [mosque.id, synagogue.id])
  for (const title of ['Friedensgebet', 'Schulbesuche']) {
    const topic = proposeTopic({ roundId: past.id, userId: people.member.id, isOffice: false, organisationId: mosque.id, title, description: '', now: new Date() })
    setTopicStatus({ roundId: past.id, topicId: topic.id, status: 'accepted', actorId: people.coordinator.id })
  }
  const pastEvent = schedule(past.id, mosque.id, network.id, -10)
  saveMinutes({ roundId: past.id, body: 'Protokolltext', actorId: people.coordinator.id, now: new Date() })
  publishMinutes({ roundId: past.id, actorId: people.coordinator.id, now: new Date() })
  recordAttendance({ roundId: past.id, presentOrganisationIds: [mosque.id], actorId: people.coordinator.id, now: new Date() })
  const coming = createRound({ seriesId: series.id, hostOrganisationId: synagogue.id, actorId: people.coordinator.id })
  saveMinutes({ roundId: coming.id, body: 'Entwurf', actorId: people.coordinator.id, now: new Date() })

  const path = `/networks/${network.slug}/rounds`
  const html = await (await clients.member.get(path)).text()
  const { coming: comingPart, past: pastPart } = seriesPageParts(html)
  expect(comingPart).toContain('Runde 2')
  expect(comingPart).toContain(synagogue.name)
  expect(comingPart).toContain('noch kein Termin')
  expect(comingPart).toContain('Tagesordnung (0 Themen)')
  // a draft is not for members
  expect(comingPart).not.toContain(`/rounds/${coming.id}/minutes`)
  expect(pastPart).toContain('Runde 1')
  expect(pastPart).toContain(mosque.name)
  expect(pastPart).toContain('stattgefunden')
  expect(pastPart).toContain(`href="/events/${pastEvent.id}"`)
  const day = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'short' }).format(pastEvent.startsAt)
  expect(pastPart).toContain(day)
  expect(pastPart).toContain(`href="/networks/${network.slug}/rounds/${past.id}/agenda">Tagesordnung (2 Themen)</a>`)
  expect(pastPart).toContain(`href="/networks/${network.slug}/rounds/${past.id}/minutes">Protokoll</a>`)
  expect(pastPart).toContain('1 Organisation anwesend')

  const coordinator = await (await clients.coordinator.get(path)).text()
  expect(coordinator).toContain(`href="/networks/${network.slug}/rounds/${coming.id}/minutes">Protokoll (Entwurf)</a>`)
  expect((await clients.outsider.get(path)).status).toBe(404)
})
