import { expect, test } from 'vitest'
import { invitations } from '../../db/schema'
import { canManageEvent, canViewEvent, type EventViewer } from '~/domain/events/policy.server'
import { listUpcomingEvents } from '~/domain/events/queries.server'
import {
  addMember,
  addToNetwork,
  appointCoordinator,
  createEvent,
  createNetwork,
  createOrganisation,
  createUser,
  testDb,
} from '../support/factories'

async function world() {
  const organiser = createOrganisation()
  const inNetwork = createOrganisation()
  const outsider = createOrganisation()
  const network = createNetwork()
  const otherNetwork = createNetwork()
  addToNetwork(network.id, organiser.id)
  addToNetwork(network.id, inNetwork.id)
  addToNetwork(otherNetwork.id, outsider.id)
  const people = {
    editor: await createUser(),
    networkMember: await createUser(),
    otherNetworkMember: await createUser(),
    coordinator: await createUser(),
    invitee: await createUser(),
    office: await createUser({ role: 'admin' }),
  }
  addMember(organiser.id, people.editor.id, 'editor')
  addMember(inNetwork.id, people.networkMember.id, 'member')
  addMember(outsider.id, people.otherNetworkMember.id, 'editor')
  appointCoordinator(network.id, people.coordinator.id)
  const events = {
    public: createEvent({ organisationId: organiser.id, networkId: network.id, visibility: 'public' }),
    network: createEvent({ organisationId: organiser.id, networkId: network.id, visibility: 'network' }),
    invited: createEvent({ organisationId: organiser.id, networkId: network.id, visibility: 'invited' }),
    draft: createEvent({ organisationId: organiser.id, networkId: network.id, visibility: 'public', status: 'draft' }),
  }
  testDb()
    .insert(invitations)
    .values({ eventId: events.invited.id, email: people.invitee.email.toUpperCase(), tokenHash: `hash-${events.invited.id}` })
    .run()
  const viewer = (user: { id: string; role: 'admin' | 'member' }): EventViewer => ({ userId: user.id, role: user.role })
  return { events, people, viewer }
}

test('each viewer sees exactly the events the visibility rule allows, in lists and on detail pages', async () => {
  const { events, people, viewer } = await world()
  const expectations: [string, EventViewer, (keyof typeof events)[]][] = [
    ['public', null, ['public']],
    ['member of the network', viewer(people.networkMember), ['public', 'network']],
    ['member of another network', viewer(people.otherNetworkMember), ['public']],
    ['invitee (email matched case-insensitively)', viewer(people.invitee), ['public', 'invited']],
    ['editor of the organiser', viewer(people.editor), ['public', 'network', 'invited', 'draft']],
    ['coordinator of the network', viewer(people.coordinator), ['public', 'network', 'invited', 'draft']],
    ['office', viewer(people.office), ['public', 'network', 'invited', 'draft']],
  ]
  for (const [who, v, allowed] of expectations) {
    for (const [name, event] of Object.entries(events)) {
      expect(canViewEvent(v, event.id), `${who} → ${name}`).toBe(allowed.includes(name as keyof typeof events))
    }
    const listed = listUpcomingEvents({ viewer: v, limit: 100 }).rows.map((row) => row.id)
    const expectedListed = allowed.filter((name) => name !== 'draft').map((name) => events[name].id)
    expect(listed.filter((id) => Object.values(events).some((e) => e.id === id)).sort(), who).toEqual(expectedListed.sort())
  }
})

test('only the organiser editors, the network coordinators and the office may manage an event', async () => {
  const { events, people, viewer } = await world()
  expect(canManageEvent(viewer(people.editor), events.public)).toBe(true)
  expect(canManageEvent(viewer(people.coordinator), events.public)).toBe(true)
  expect(canManageEvent(viewer(people.office), events.public)).toBe(true)
  expect(canManageEvent(viewer(people.networkMember), events.public)).toBe(false)
  expect(canManageEvent(viewer(people.otherNetworkMember), events.public)).toBe(false)
  expect(canManageEvent(null, events.public)).toBe(false)
})
