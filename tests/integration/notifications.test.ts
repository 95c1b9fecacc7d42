import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { notificationPreferences } from '../../db/schema'
import { enqueueEventNotifications } from '~/domain/digests/notify.server'
import { savePreferences } from '~/domain/digests/preferences.server'
import { unsubscribeByToken } from '~/domain/mail/unsubscribe.server'
import { renderEmail } from '~/domain/mail/templates.server'
import { addMember, addToNetwork, createEvent, createNetwork, createOrganisation, createUser, listOutboxFor, testDb } from '../support/factories'

async function setting() {
  const organisation = createOrganisation({ name: 'Alevitische Gemeinde Osnabrück' })
  const network = createNetwork({ name: 'Netzwerk Vielfalt' })
  const other = createNetwork({ name: 'Zweites Netzwerk' })
  addToNetwork(network.id, organisation.id)
  addToNetwork(other.id, organisation.id)
  const eager = await createUser({ locale: 'en' })
  const weekly = await createUser()
  const outsider = await createUser()
  for (const person of [eager, weekly]) addMember(organisation.id, person.id, 'member')
  savePreferences({ userId: eager.id, networks: { [network.id]: 'immediate' } })
  // someone outside the network cannot follow it: the choice is ignored
  savePreferences({ userId: outsider.id, networks: { [network.id]: 'immediate' } })
  return { organisation, network, other, eager, weekly, outsider }
}

test('a published network event reaches at once those who chose "immediately", with List-Unsubscribe for that network', async () => {
  const { organisation, network, eager, weekly, outsider } = await setting()
  const event = createEvent({ organisationId: organisation.id, networkId: network.id, visibility: 'network', title: 'Cem-Abend', venueName: 'Cemevi' })
  const queued = enqueueEventNotifications(testDb(), event.id)
  expect(queued).toBe(1)
  expect(listOutboxFor(weekly.email)).toHaveLength(0)
  expect(listOutboxFor(outsider.email)).toHaveLength(0)
  const [mail] = listOutboxFor(eager.email)
  expect(mail!.kind).toBe('bulk')
  expect(mail!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  const rendered = await renderEmail(mail!.template, { ...mail!.props, locale: mail!.locale })
  expect(rendered.subject).toBe('New in the network “Netzwerk Vielfalt”: Cem-Abend')
  expect(rendered.text).toContain('Cemevi')
  expect(rendered.text).toContain('Organised by Alevitische Gemeinde Osnabrück')
  // the link in this mail stops this network only
  const token = /\/unsubscribe\/([a-z2-7]{32})>/.exec(mail!.headers['List-Unsubscribe']!)![1]!
  unsubscribeByToken(token)
  const prefs = testDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, eager.id)).all()
  expect(prefs.map((p) => [p.networkId, p.frequency])).toEqual([[network.id, 'none']])
})

test('drafts and events the follower may not see send nothing', async () => {
  const { network, eager } = await setting()
  const stranger = createOrganisation()
  const draft = createEvent({ organisationId: stranger.id, networkId: network.id, status: 'draft' })
  const invitedOnly = createEvent({ organisationId: stranger.id, networkId: network.id, visibility: 'invited' })
  expect(enqueueEventNotifications(testDb(), draft.id)).toBe(0)
  expect(enqueueEventNotifications(testDb(), invitedOnly.id)).toBe(0)
  expect(listOutboxFor(eager.email)).toHaveLength(0)
})
