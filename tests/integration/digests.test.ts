import { and, eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { digestRuns, digestSubscriptions, invitations, notificationPreferences, outbox, rsvps } from '../../db/schema'
import { generateToken, hashToken } from '~/domain/auth/tokens.server'
import { runDigests } from '~/domain/digests/build-digest.server'
import { renderEmail } from '~/domain/mail/templates.server'
import { listObservances } from '~/domain/observances'
import { berlinInstant } from '~/utils/time'
import { addMember, addToNetwork, createEvent, createNetwork, createOrganisation, createUser, listOutboxFor, testDb } from '../support/factories'

const DAY = 24 * 60 * 60_000
/** Monday 7 December 2026, 07:00 in Berlin: the weekly run. */
const NOW = berlinInstant('2026-12-07', '07:00').getTime()
const LONG_AGO = new Date(NOW - 30 * DAY)
const at = (days: number, hour = 18) => new Date(NOW + days * DAY + (hour - 7) * 60 * 60_000)

let reader: Awaited<ReturnType<typeof createUser>>
let idle: Awaited<ReturnType<typeof createUser>>
const titles: Record<string, string> = {}

beforeAll(async () => {
  testDb()
  reader = await createUser({ name: 'Leser', email: 'leser@example.org' })
  idle = await createUser({ name: 'Ohne Netzwerk', email: 'ohne-netzwerk@example.org' })
  const own = createOrganisation({ name: 'Moscheegemeinde Bramsche', tradition: 'islamic' })
  const partner = createOrganisation({ name: 'Ev. Kirchengemeinde Melle', tradition: 'christian-western' })
  const synagogue = createOrganisation({ name: 'Jüdische Gemeinde Osnabrück', tradition: 'jewish' })
  addMember(own.id, reader.id, 'member')
  const network = createNetwork({ name: 'Runder Tisch der Religionen' })
  const elsewhere = createNetwork({ name: 'Anderes Netzwerk' })
  addToNetwork(network.id, own.id)
  addToNetwork(network.id, partner.id)
  addToNetwork(elsewhere.id, synagogue.id)
  const event = (key: string, values: Parameters<typeof createEvent>[0]) => {
    const row = createEvent({ createdAt: LONG_AGO, updatedAt: LONG_AGO, ...values, title: `${key} ${values.title ?? ''}`.trim() })
    titles[key] = row.title
    return row
  }
  event('Friedensgebet', { organisationId: partner.id, networkId: network.id, visibility: 'network', startsAt: at(3), venueName: 'Marienkirche', createdAt: new Date(NOW - DAY) })
  event('Dialogabend', { organisationId: partner.id, networkId: network.id, visibility: 'public', startsAt: at(17) })
  event('Zu-spät', { organisationId: partner.id, networkId: network.id, startsAt: at(40) })
  event('Fremdes-Netz', { organisationId: synagogue.id, networkId: elsewhere.id, visibility: 'public', startsAt: at(5) })
  event('Entwurf', { organisationId: partner.id, networkId: network.id, status: 'draft', startsAt: at(6) })
  event('Nur-Eingeladene', { organisationId: partner.id, networkId: network.id, visibility: 'invited', startsAt: at(8) })
  event('Abgesagt', { organisationId: partner.id, networkId: network.id, status: 'cancelled', startsAt: at(9), updatedAt: new Date(NOW - 2 * DAY) })
  event('Verschoben', { organisationId: partner.id, networkId: network.id, startsAt: at(10), changeCount: 1, updatedAt: new Date(NOW - DAY) })
  const invited = event('Einladung-offen', { organisationId: partner.id, visibility: 'invited', startsAt: at(12) })
  const answered = event('Einladung-beantwortet', { organisationId: partner.id, visibility: 'invited', startsAt: at(13) })
  const db = testDb()
  db.insert(invitations).values({ eventId: invited.id, userId: reader.id, email: reader.email, tokenHash: hashToken(generateToken()) }).run()
  const done = db.insert(invitations).values({ eventId: answered.id, userId: reader.id, email: reader.email, tokenHash: hashToken(generateToken()) }).returning().get()
  db.insert(rsvps).values({ eventId: answered.id, invitationId: done.id, userId: reader.id, email: reader.email, name: 'Leser', answer: 'yes', status: 'confirmed' }).run()
  // the public digest's world
  event('Chanukka-Lichter', { organisationId: synagogue.id, visibility: 'public', startsAt: at(4) })
  event('Moschee-Führung', { organisationId: own.id, visibility: 'public', startsAt: at(4) })
})

async function renderedDigestFor(email: string) {
  const rows = listOutboxFor(email).filter((row) => row.template === 'digest')
  expect(rows).toHaveLength(1)
  const row = rows[0]!
  return { row, ...(await renderEmail(row.template, { ...row.props, locale: row.locale })) }
}

test('a member gets the events of their networks in the coming four weeks by week, open invitations, changes and observances', async () => {
  const summary = runDigests({ period: 'weekly', now: NOW })
  expect(summary.periodKey).toBe('2026-W50')
  const { row, subject, text, html } = await renderedDigestFor(reader.email)
  expect(subject).toBe('Dialognetz: Ihre Wochenübersicht (KW 50)')
  expect(row.kind).toBe('bulk')
  expect(row.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\/[a-z2-7]{32}>$/)
  expect(row.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  // in: network events of the next four weeks, grouped by week, with date, place and organiser
  expect(text).toContain(`Neu: ${titles.Friedensgebet}`)
  expect(text).toContain('Marienkirche')
  expect(text).toContain('Veranstaltet von Ev. Kirchengemeinde Melle')
  expect(text).toContain('Do., 10. Dez. 2026')
  // week headings (upper case in the plain-text part)
  expect(text.toLowerCase()).toContain('woche ab mo., 7. dez. 2026')
  expect(text.toLowerCase()).toContain('woche ab mo., 21. dez. 2026')
  expect(text.indexOf(titles.Friedensgebet!)).toBeLessThan(text.indexOf(titles.Dialogabend!))
  expect(text).not.toContain(`Neu: ${titles.Dialogabend}`)
  // in: the open invitation with its answer button; changes and cancellations
  expect(text).toContain(titles['Einladung-offen'])
  expect(html).toMatch(/<a href="http:\/\/localhost:3000\/events\/[a-z0-9]+\/answer"[^>]*>(?:(?!<\/a>).)*Antworten/s)
  expect(text).toContain(`Abgesagt: ${titles.Abgesagt}`)
  expect(text).toContain(`Geändert: ${titles.Verschoben}`)
  // in: the week's observances from the intercultural calendar
  const expected = listObservances({ from: '2026-12-07', to: '2026-12-13' })
  expect(expected.map((o) => o.name.de)).toContain('Chanukka (Lichterfest)')
  for (const observance of expected) expect(text).toContain(observance.name.de)
  // out: too late, another network, a draft, invited-only without invitation, an answered invitation
  for (const key of ['Zu-spät', 'Fremdes-Netz', 'Entwurf', 'Nur-Eingeladene', 'Einladung-beantwortet', 'Chanukka-Lichter']) {
    expect(text).not.toContain(titles[key])
  }
  // no tracking pixel, and a plain-text part
  expect(html).not.toMatch(/<img[^>]+(width="1"|height="1")/)
  expect(text).not.toMatch(/<(div|table|a|p)[ >]/)
})

test('running the job twice for the same period sends nothing twice; an empty digest is not sent', () => {
  const before = testDb().select().from(outbox).all().length
  const again = runDigests({ period: 'weekly', now: NOW + 60 * 60_000 })
  expect(again.queued).toBe(0)
  expect(again.alreadyDone).toBe(again.recipients)
  expect(testDb().select().from(outbox).all()).toHaveLength(before)
  expect(listOutboxFor(idle.email)).toHaveLength(0)
  const run = testDb()
    .select()
    .from(digestRuns)
    .where(and(eq(digestRuns.recipientKey, `user:${idle.id}`), eq(digestRuns.periodKey, '2026-W50')))
    .get()
  expect(run?.outcome).toBe('empty')
})

test('a dry run counts but writes nothing', () => {
  const before = testDb().select().from(digestRuns).all().length
  const dry = runDigests({ period: 'weekly', now: NOW + 7 * DAY, dryRun: true })
  expect(dry.dryRun).toBe(true)
  expect(dry.queued).toBeGreaterThan(0)
  expect(testDb().select().from(digestRuns).all()).toHaveLength(before)
})

test('whoever chose monthly or nothing for a network gets no weekly digest of it, in the language they chose', async () => {
  const person = await createUser({ email: 'monatlich@example.org', locale: 'en' })
  const org = createOrganisation()
  const network = createNetwork()
  addMember(org.id, person.id)
  addToNetwork(network.id, org.id)
  createEvent({ organisationId: org.id, networkId: network.id, startsAt: at(2), title: 'Monthly only' })
  testDb().insert(notificationPreferences).values({ userId: person.id, networkId: network.id, frequency: 'monthly' }).run()
  runDigests({ period: 'weekly', now: NOW + 14 * DAY - 3 * DAY })
  expect(listOutboxFor(person.email)).toHaveLength(0)
  runDigests({ period: 'monthly', now: NOW - 6 * DAY })
  const { subject, text } = await renderedDigestFor(person.email)
  expect(subject).toBe('Dialognetz: your monthly digest (December 2026)')
  expect(text).toContain('Monthly only')
})

test('a confirmed public subscriber gets public events matching the filters only; an unconfirmed one gets nothing', async () => {
  const db = testDb()
  db.insert(digestSubscriptions).values({ email: 'publikum@example.org', locale: 'de', traditions: ['jewish'], consentVersion: 'v1', confirmedAt: new Date(NOW - DAY) }).run()
  db.insert(digestSubscriptions).values({ email: 'unbestaetigt@example.org', locale: 'de', consentVersion: 'v1' }).run()
  runDigests({ period: 'weekly', now: NOW + 60_000 })
  expect(listOutboxFor('unbestaetigt@example.org')).toHaveLength(0)
  const { text, row } = await renderedDigestFor('publikum@example.org')
  expect(row.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  expect(text.toLowerCase()).toContain('öffentliche veranstaltungen im landkreis')
  expect(text).toContain(titles['Chanukka-Lichter'])
  for (const key of ['Moschee-Führung', 'Friedensgebet', 'Dialogabend', 'Einladung-offen']) expect(text).not.toContain(titles[key])
})
