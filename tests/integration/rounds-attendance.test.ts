import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { roundAttendance } from '../../db/schema'
import { createOrganisation, testDb } from '../support/factories'
import { roundsDistrict, seriesWithRound } from '../support/rounds'
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
