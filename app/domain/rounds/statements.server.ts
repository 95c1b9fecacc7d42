import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import {
  jointStatements,
  networkMemberships,
  networks,
  organisationMembers,
  organisations,
  rounds,
  roundSeries,
  statementSignatures,
  type StatementStatus,
} from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import { isLocale } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { enqueueEmail } from '../mail/outbox.server'
import { isOrganisationEditor } from '../organisations/policy.server'
import { listNetworkPeople } from './queries.server'

/**
 * Joint statements: the coordination drafts a text (safe Markdown), opens it for signatures, the
 * editors of the member organisations sign on behalf of their organisation (one signature per
 * organisation), and the coordination publishes it on a public page listing the signatories.
 * Drafts are for the coordination only; open ones for the network's members; published ones for everyone.
 */

type StatementInput = { title: string; body: string; roundId: string | null }

function isMemberOrganisation(tx: DbOrTx, networkId: string, organisationId: string): boolean {
  return Boolean(
    tx
      .select({ id: networkMemberships.id })
      .from(networkMemberships)
      .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.organisationId, organisationId)))
      .get(),
  )
}

/** A linked round must be one of this network's rounds. */
function checkRound(tx: DbOrTx, networkId: string, roundId: string | null) {
  if (!roundId) return
  const round = tx
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(roundSeries, eq(roundSeries.id, rounds.seriesId))
    .where(and(eq(rounds.id, roundId), eq(roundSeries.networkId, networkId)))
    .get()
  if (!round) throw new DomainError('statements.round_unknown', 422)
}

function loadStatement(tx: DbOrTx, statementId: string) {
  const statement = tx.select().from(jointStatements).where(eq(jointStatements.id, statementId)).get()
  if (!statement) throw new DomainError('statements.not_found', 404)
  return statement
}

export function createStatement(input: StatementInput & { networkId: string; actorId: string }) {
  return db.transaction(
    (tx) => {
      checkRound(tx, input.networkId, input.roundId)
      const statement = tx
        .insert(jointStatements)
        .values({ networkId: input.networkId, roundId: input.roundId, title: input.title, body: input.body, createdById: input.actorId })
        .returning()
        .get()
      recordAudit(tx, { actorId: input.actorId, action: 'joint_statement.created', entity: 'joint_statement', entityId: statement.id, details: { title: statement.title } })
      return statement
    },
    { behavior: 'immediate' },
  )
}

/** The text can change while it is a draft only: signatures are given to a fixed text. */
export function updateStatement(input: StatementInput & { statementId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const statement = loadStatement(tx, input.statementId)
      if (statement.status !== 'draft') throw new DomainError('statements.not_draft', 409)
      checkRound(tx, statement.networkId, input.roundId)
      tx.update(jointStatements)
        .set({ title: input.title, body: input.body, roundId: input.roundId, updatedAt: input.now })
        .where(eq(jointStatements.id, statement.id))
        .run()
      recordAudit(tx, { actorId: input.actorId, action: 'joint_statement.updated', entity: 'joint_statement', entityId: statement.id })
    },
    { behavior: 'immediate' },
  )
}

/**
 * Opens a draft for signatures: the network's members see it from now on, and every editor of a
 * member organisation is told once, by mail in the same transaction.
 */
export function openStatement(input: { statementId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const statement = loadStatement(tx, input.statementId)
      if (statement.status !== 'draft') throw new DomainError('statements.not_draft', 409)
      const network = tx.select().from(networks).where(eq(networks.id, statement.networkId)).get()
      if (!network) throw new DomainError('statements.not_found', 404)
      tx.update(jointStatements).set({ status: 'open', openedAt: input.now, updatedAt: input.now }).where(eq(jointStatements.id, statement.id)).run()
      const editors = listNetworkPeople(tx, network.id, { editorsOnly: true })
      const url = absoluteUrl(`/networks/${network.slug}/rounds/statements/${statement.id}`)
      for (const editor of editors) {
        const locale = isLocale(editor.locale) ? editor.locale : 'de'
        enqueueEmail(tx, {
          template: 'statement-open',
          to: editor.email,
          locale,
          props: { name: editor.name, statementTitle: statement.title, networkName: network.name, url, locale },
        })
      }
      recordAudit(tx, { actorId: input.actorId, action: 'joint_statement.opened', entity: 'joint_statement', entityId: statement.id, details: { notified: editors.length } })
      return { notified: editors.length }
    },
    { behavior: 'immediate' },
  )
}

/** The refusals of signing and withdrawing, in the order they are checked. */
function checkSigner(tx: DbOrTx, statement: typeof jointStatements.$inferSelect, input: { organisationId: string; userId: string }) {
  // a draft does not exist for those who could sign it
  if (statement.status === 'draft') throw new DomainError('statements.not_found', 404)
  if (statement.status === 'published') throw new DomainError('statements.published', 409)
  if (!isMemberOrganisation(tx, statement.networkId, input.organisationId)) throw new DomainError('statements.not_member_organisation', 403)
  if (!isOrganisationEditor(input.userId, input.organisationId, tx)) throw new DomainError('statements.not_editor', 403)
}

/** An editor signs on behalf of one member organisation; a second signature of the same organisation is refused. */
export function signStatement(input: { statementId: string; organisationId: string; userId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const statement = loadStatement(tx, input.statementId)
      checkSigner(tx, statement, input)
      const existing = tx
        .select({ id: statementSignatures.id })
        .from(statementSignatures)
        .where(and(eq(statementSignatures.statementId, statement.id), eq(statementSignatures.organisationId, input.organisationId)))
        .get()
      if (existing) throw new DomainError('statements.already_signed', 409)
      const signature = tx
        .insert(statementSignatures)
        .values({ statementId: statement.id, organisationId: input.organisationId, signedById: input.userId, signedAt: input.now })
        .returning()
        .get()
      recordAudit(tx, {
        actorId: input.userId,
        action: 'joint_statement.signed',
        entity: 'joint_statement',
        entityId: statement.id,
        details: { organisationId: input.organisationId },
      })
      return signature
    },
    { behavior: 'immediate' },
  )
}

/** An editor of the organisation withdraws its signature while the statement is not published. */
export function withdrawSignature(input: { statementId: string; organisationId: string; userId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const statement = loadStatement(tx, input.statementId)
      checkSigner(tx, statement, input)
      const removed = tx
        .delete(statementSignatures)
        .where(and(eq(statementSignatures.statementId, statement.id), eq(statementSignatures.organisationId, input.organisationId)))
        .returning({ id: statementSignatures.id })
        .all()
      if (removed.length === 0) throw new DomainError('statements.not_signed', 409)
      recordAudit(tx, {
        actorId: input.userId,
        action: 'joint_statement.signature_withdrawn',
        entity: 'joint_statement',
        entityId: statement.id,
        details: { organisationId: input.organisationId },
      })
    },
    { behavior: 'immediate' },
  )
}

/** The network adopts the statement: it gets its public page; it needs at least one signature. */
export function publishStatement(input: { statementId: string; actorId: string; now: Date }) {
  return db.transaction(
    (tx) => {
      const statement = loadStatement(tx, input.statementId)
      if (statement.status === 'published') throw new DomainError('statements.published', 409)
      if (statement.status !== 'open') throw new DomainError('statements.not_open', 409)
      const signed = tx.select({ n: count() }).from(statementSignatures).where(eq(statementSignatures.statementId, statement.id)).get()
      if (!signed?.n) throw new DomainError('statements.no_signatures', 409)
      tx.update(jointStatements).set({ status: 'published', publishedAt: input.now, updatedAt: input.now }).where(eq(jointStatements.id, statement.id)).run()
      recordAudit(tx, { actorId: input.actorId, action: 'joint_statement.published', entity: 'joint_statement', entityId: statement.id, details: { signatures: signed.n } })
    },
    { behavior: 'immediate' },
  )
}

// ---------------------------------------------------------------------------------------------
// Reads

export function getStatement(statementId: string) {
  return db.select().from(jointStatements).where(eq(jointStatements.id, statementId)).get() ?? null
}

/** A published statement with its network, for the public page; null for drafts and open ones. */
export function getPublishedStatement(statementId: string) {
  return (
    db
      .select({
        id: jointStatements.id,
        title: jointStatements.title,
        body: jointStatements.body,
        publishedAt: jointStatements.publishedAt,
        networkName: networks.name,
        networkSlug: networks.slug,
      })
      .from(jointStatements)
      .innerJoin(networks, eq(networks.id, jointStatements.networkId))
      .where(and(eq(jointStatements.id, statementId), eq(jointStatements.status, 'published')))
      .get() ?? null
  )
}

/** The statements of a network (open, drafts, published; newest first), with their number of signatures; `statuses` limits what the viewer may see. */
export function listStatementsForNetwork(networkId: string, statuses: readonly StatementStatus[], page: { limit: number; offset: number } = { limit: 50, offset: 0 }) {
  if (statuses.length === 0) return []
  return db
    .select({
      id: jointStatements.id,
      title: jointStatements.title,
      status: jointStatements.status,
      publishedAt: jointStatements.publishedAt,
      createdAt: jointStatements.createdAt,
      signatures: count(statementSignatures.id),
    })
    .from(jointStatements)
    .leftJoin(statementSignatures, eq(statementSignatures.statementId, jointStatements.id))
    .where(and(eq(jointStatements.networkId, networkId), inArray(jointStatements.status, [...statuses])))
    .groupBy(jointStatements.id)
    // open ones first (they wait for signatures), then drafts, then the published ones, newest first
    .orderBy(
      sql`case ${jointStatements.status} when 'open' then 0 when 'draft' then 1 else 2 end`,
      desc(jointStatements.publishedAt),
      desc(jointStatements.createdAt),
    )
    .limit(page.limit)
    .offset(page.offset)
    .all()
}

export function countStatementsForNetwork(networkId: string, statuses: readonly StatementStatus[]): number {
  if (statuses.length === 0) return 0
  return (
    db
      .select({ n: count() })
      .from(jointStatements)
      .where(and(eq(jointStatements.networkId, networkId), inArray(jointStatements.status, [...statuses])))
      .get()?.n ?? 0
  )
}

/** The signatories in the order they signed, with their directory slug. */
export function listSignatures(statementId: string) {
  return db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      status: organisations.status,
      signedAt: statementSignatures.signedAt,
    })
    .from(statementSignatures)
    .innerJoin(organisations, eq(organisations.id, statementSignatures.organisationId))
    .where(eq(statementSignatures.statementId, statementId))
    .orderBy(asc(statementSignatures.signedAt), asc(organisations.name))
    .all()
}

/** The member organisations of the network for which this person may sign: those where they are an editor. */
export function listSigningOrganisations(userId: string, networkId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationMembers)
    .innerJoin(networkMemberships, eq(networkMemberships.organisationId, organisationMembers.organisationId))
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.role, 'editor'), eq(networkMemberships.networkId, networkId)))
    .orderBy(asc(organisations.name))
    .all()
}
