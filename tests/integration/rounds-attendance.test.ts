import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { invitations, pollCandidates, roundAttendance, rsvps } from '../../db/schema'
import { listCheckedInOrganisationIds } from '~/domain/rounds/attendance.server'
import { chooseWinner } from '~/domain/rounds/choose-winner.server'
import { inviteToEvent } from '~/domain/invitations/mutations.server'
import { setArrived } from '~/domain/rsvps/mutations.server'
import { respondToEvent } from '~/domain/rsvps/respond.server'
import { addToNetwork, createOrganisation, testDb } from '../support/factories'
import { futurePoll, roundsDistrict, seriesWithRound } from '../support/rounds'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer
beforeAll(async () => {
  testDb()
  server = await startServer()
})
afterAll(() => server?.stop())

function attendanceOf(roundId: string) {
  return Object.fromEntries(testDb().select().from(roundAttendance).where(eq(roundAttendance.roundId, roundId)).all().map((a) => [a.organisationId, a.present]))
}

test('coordinators record which member organisations attended; members read it; others may not record it', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const path = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const form = { intent: 'attendance', present: mosque.id }
  expect((await clients.member.post(path, form)).status).toBe(403)
  expect((await clients.outsider.post(path, form)).status).toBe(404)
  expect(attendanceOf(round.id)).toEqual({})
  expect((await clients.coordinator.post(path, form)).status).toBe(302)
  expect(attendanceOf(round.id)).toEqual({ [mosque.id]: true, [synagogue.id]: false })
  const page = await (await clients.member.get(path)).text()
  expect(page).toContain(`Anwesend: ${mosque.name}`)
  // recording again replaces the earlier record
  const body = new URLSearchParams({ intent: 'attendance' })
  body.append('present', mosque.id)
  body.append('present', synagogue.id)
  const again = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url, Cookie: `dn_session=${clients.office.cookie('dn_session')}`, 'X-Forwarded-For': clients.office.ip },
    body,
  })
  expect(again.status).toBe(302)
  expect(attendanceOf(round.id)).toEqual({ [mosque.id]: true, [synagogue.id]: true })
})

test('an organisation outside the network cannot be recorded as present, and nothing is saved', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const stranger = createOrganisation()
  const response = await clients.coordinator.post(`/networks/${network.slug}/rounds/${round.id}/minutes`, { intent: 'attendance', present: stranger.id })
  expect(response.status).toBe(422)
  expect(await response.text()).toContain('Nur Mitgliedsorganisationen des Netzwerks')
  expect(attendanceOf(round.id)).toEqual({})
})

test('"take over from the check-in" prefills the organisations whose people (or whose contact address) checked in; saving stays by hand', async () => {
  const { network, mosque, synagogue, people, clients } = await roundsDistrict(server.url)
  const youth = createOrganisation({ name: `Jugendtreff ${Math.random()}`, contactEmail: `Kontakt-${Date.now()}@example.org` })
  addToNetwork(network.id, youth.id)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  const poll = futurePoll(round.id, people.coordinator.id)
  const candidate = testDb().select().from(pollCandidates).where(eq(pollCandidates.pollId, poll.id)).all()[0]!
  const { event } = chooseWinner({ pollId: poll.id, candidateId: candidate.id, actorId: people.coordinator.id, now: new Date() })
  // the coordination also invites the youth centre as an organisation: that goes to its contact address
  inviteToEvent({ eventId: event.id, invitedById: people.coordinator.id, organisationIds: [youth.id] })
  const invitationOf = (email: string) =>
    testDb().select().from(invitations).where(and(eq(invitations.eventId, event.id), eq(invitations.email, email.toLowerCase()))).get()!
  // the mosque's member and the youth centre's contact address come and are checked in; the synagogue's member answers yes but stays away
  for (const email of [people.member.email, youth.contactEmail!, people.member2.email]) {
    respondToEvent({ invitationId: invitationOf(email).id, answer: 'yes', partySize: 1, needs: null })
  }
  for (const email of [people.member.email, youth.contactEmail!]) {
    const rsvp = testDb().select().from(rsvps).where(eq(rsvps.invitationId, invitationOf(email).id)).get()!
    setArrived({ eventId: event.id, rsvpId: rsvp.id, arrived: true })
  }
  expect(listCheckedInOrganisationIds(round.id).sort()).toEqual([mosque.id, youth.id].sort())

  const path = `/networks/${network.slug}/rounds/${round.id}/minutes`
  const plain = await (await clients.coordinator.get(path)).text()
  expect(plain).toContain('Aus dem Check-in übernehmen')
  expect(plain).not.toMatch(new RegExp(`id="present-${mosque.id}"[^>]*checked`))
  const prefilled = await (await clients.coordinator.get(`${path}?attendance=check-in`)).text()
  expect(prefilled).toContain('2 Organisationen waren da')
  expect(prefilled).toMatch(new RegExp(`id="present-${mosque.id}"[^>]*checked`))
  expect(prefilled).toMatch(new RegExp(`id="present-${youth.id}"[^>]*checked`))
  expect(prefilled).not.toMatch(new RegExp(`id="present-${synagogue.id}"[^>]*checked`))
  // opening the prefilled form saves nothing; members get no prefilled form
  expect(attendanceOf(round.id)).toEqual({})
  expect(await (await clients.member.get(`${path}?attendance=check-in`)).text()).not.toContain('waren da')
})

test('a round without an event has nothing to take over from a check-in', async () => {
  const { network, mosque, people, clients } = await roundsDistrict(server.url)
  const { round } = seriesWithRound(network.id, people.coordinator.id, [mosque.id])
  expect(listCheckedInOrganisationIds(round.id)).toEqual([])
  expect(await (await clients.coordinator.get(`/networks/${network.slug}/rounds/${round.id}/minutes`)).text()).not.toContain('Aus dem Check-in übernehmen')
})
