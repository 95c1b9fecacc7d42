import { and, eq, inArray } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { digestRuns, invitations, mailSettings, outbox, rsvps } from '../../db/schema'
import { generateToken, hashToken } from '~/domain/auth/tokens.server'
import { runDigests } from '~/domain/digests/build-digest.server'
import { getMailLocale, listMailLocales } from '~/domain/digests/preferences.server'
import { canViewEvent, prepareVisibleEventFilter, type EventViewer } from '~/domain/events/policy.server'
import { listNetworkIdsByPerson, listPersonNetworkIds } from '~/domain/mail/unsubscribe.server'
import { berlinInstant } from '~/utils/time'
import { addMember, addToNetwork, appointCoordinator, createEvent, createNetwork, createOrganisation, createUser, listOutboxFor, testDb } from '../support/factories'

const DAY = 24 * 60 * 60_000
/** Monday 11 January 2027, 07:00 in Berlin. */
const NOW = berlinInstant('2027-01-11', '07:00').getTime()
const at = (days: number) => new Date(NOW + days * DAY + 11 * 60 * 60_000)
const invite = (eventId: string, email: string, userId: string | null = null) =>
  testDb().insert(invitations).values({ eventId, userId, email, tokenHash: hashToken(generateToken()) }).returning().get()

type User = Awaited<ReturnType<typeof createUser>>
let editor: User, member: User, coordinator: User, admin: User, outsider: User, invitee: User, byAddress: User
const eventIds: string[] = []

beforeAll(async () => {
  testDb()
  const host = createOrganisation({ name: 'Gastgeber' })
  const partner = createOrganisation({ name: 'Partner' })
  const network = createNetwork({ name: 'Runder Tisch' })
  const other = createNetwork({ name: 'Anderes Netzwerk' })
  addToNetwork(network.id, host.id)
  addToNetwork(network.id, partner.id)
  editor = await createUser({ email: 'editor@example.org', password: null })
  member = await createUser({ email: 'mitglied@example.org', password: null, locale: 'en' })
  coordinator = await createUser({ email: 'koordination@example.org', password: null })
  admin = await createUser({ email: 'buero@example.org', password: null, role: 'admin' })
  outsider = await createUser({ email: 'aussen@example.org', password: null })
  invitee = await createUser({ email: 'eingeladen@example.org', password: null })
  byAddress = await createUser({ email: 'adresse@example.org', password: null })
  addMember(host.id, editor.id, 'editor')
  addMember(partner.id, member.id, 'member')
  appointCoordinator(other.id, coordinator.id)
  testDb().insert(mailSettings).values({ userId: editor.id, locale: 'en' }).run()
  // every visibility in every state, in a network of members, in a coordinated network and without a network
  for (const networkId of [network.id, other.id, null]) {
    for (const visibility of ['public', 'network', 'invited'] as const) {
      for (const status of ['draft', 'submitted', 'published', 'cancelled'] as const) {
        const event = createEvent({ organisationId: host.id, networkId, visibility, status, startsAt: at(3), title: `${visibility} ${status}` })
        eventIds.push(event.id)
        if (visibility === 'invited') {
          invite(event.id, invitee.email, invitee.id)
          invite(event.id, 'ADRESSE@example.org') // by address only, in other letter case
        }
      }
    }
  }
})

test('the bulk visibility check agrees with the one rule for every kind of viewer and event', () => {
  const visibleAmong = prepareVisibleEventFilter()
  const viewers: EventViewer[] = [null, ...[editor, member, coordinator, admin, outsider, invitee, byAddress].map((u) => ({ userId: u.id, role: u.role }))]
  for (const viewer of viewers) {
    const expected = eventIds.filter((id) => canViewEvent(viewer, id))
    expect([...visibleAmong(viewer, eventIds)].sort()).toEqual([...expected].sort())
  }
  // the cases that matter: the invitee by address sees the invited-only published event, the outsider does not
  expect(visibleAmong({ userId: byAddress.id, role: 'member' }, eventIds).size).toBeGreaterThan(visibleAmong({ userId: outsider.id, role: 'member' }, eventIds).size)
  expect(visibleAmong({ userId: outsider.id, role: 'member' }, [])).toEqual(new Set())
})

test("everyone's networks and mail languages read in bulk are those read per person", () => {
  const networks = listNetworkIdsByPerson(testDb())
  const locales = listMailLocales()
  for (const user of [editor, member, coordinator, admin, outsider, invitee, byAddress]) {
    expect([...(networks.get(user.id) ?? [])].sort()).toEqual(listPersonNetworkIds(testDb(), user.id).sort())
    expect(locales.get(user.id)).toBe(getMailLocale(user.id))
  }
  expect(locales.get(editor.id)).toBe('en') // chosen for mail, though the account is German
  expect(networks.get(coordinator.id)).toHaveLength(1)
  expect(networks.has(outsider.id)).toBe(false)
})

test('an invitation answered by address without its link is not open; one addressed in other letter case still reaches the person', () => {
  const host = createOrganisation({ name: 'Einladende Gemeinde' })
  const open = createEvent({ organisationId: host.id, visibility: 'invited', startsAt: at(5), title: 'Offene Einladung per Adresse' })
  const answered = createEvent({ organisationId: host.id, visibility: 'invited', startsAt: at(6), title: 'Per Adresse beantwortet' })
  invite(open.id, 'Adresse@Example.org')
  invite(answered.id, 'adresse@example.org')
  testDb()
    .insert(rsvps)
    .values({ eventId: answered.id, email: 'ADRESSE@example.org', name: 'Adresse', answer: 'no', status: 'declined' })
    .run()
  runDigests({ period: 'weekly', now: NOW })
  const [mail] = listOutboxFor(byAddress.email).filter((row) => row.template === 'digest')
  const titles = (mail?.props.invitations as { title: string }[]).map((row) => row.title)
  expect(titles).toContain('Offene Einladung per Adresse')
  expect(titles).not.toContain('Per Adresse beantwortet')
  // and the invited-only events of the network setup, addressed in capitals, are open too
  expect(titles).toContain('invited published')
})

test('a run over more people than one transaction gives each exactly one digest with its own unsubscribe link; running again adds nothing', async () => {
  const org = createOrganisation({ name: 'Große Gemeinde' })
  const network = createNetwork({ name: 'Großes Netzwerk' })
  addToNetwork(network.id, org.id)
  createEvent({ organisationId: org.id, networkId: network.id, visibility: 'network', startsAt: at(9), title: 'Großes Treffen' })
  const crowd: User[] = []
  for (let i = 0; i < 260; i++) {
    const person = await createUser({ email: `menge-${i}@example.org`, password: null })
    addMember(org.id, person.id, 'member')
    crowd.push(person)
  }
  const later = NOW + 7 * DAY
  const progress: number[] = []
  const summary = runDigests({ period: 'weekly', now: later, onProgress: (done) => progress.push(done) })
  expect(summary.recipients).toBeGreaterThan(260)
  expect(progress.at(-1)).toBe(summary.recipients)
  expect(progress).toEqual([...progress].sort((a, b) => a - b))
  const keys = crowd.map((person) => `user:${person.id}`)
  const runs = testDb()
    .select()
    .from(digestRuns)
    .where(and(eq(digestRuns.periodKey, summary.periodKey), inArray(digestRuns.recipientKey, keys)))
    .all()
  expect(runs).toHaveLength(260)
  expect(runs.every((run) => run.outcome === 'queued' && run.outboxId !== null)).toBe(true)
  const mails = testDb().select().from(outbox).where(inArray(outbox.id, runs.map((run) => run.outboxId!))).all()
  expect(mails).toHaveLength(260)
  // each mail goes to the person its run names, with its own link in the header and in the body
  const emailOf = new Map(crowd.map((person) => [`user:${person.id}`, person.email]))
  for (const run of runs) expect(mails.find((mail) => mail.id === run.outboxId)?.toEmail).toBe(emailOf.get(run.recipientKey))
  expect(new Set(mails.map((mail) => mail.headers['List-Unsubscribe'])).size).toBe(260)
  for (const mail of mails) expect(mail.headers['List-Unsubscribe']).toBe(`<${mail.props.unsubscribeUrl}>`)
  expect(mails.every((mail) => JSON.stringify(mail.props).includes('Großes Treffen'))).toBe(true)
  const again = runDigests({ period: 'weekly', now: later + 60_000 })
  expect(again.queued + again.empty).toBe(0)
  expect(again.alreadyDone).toBe(again.recipients)
})
