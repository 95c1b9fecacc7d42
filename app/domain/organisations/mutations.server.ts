import { and, eq } from 'drizzle-orm'
import {
  municipalities,
  organisationChanges,
  organisationMembers,
  organisationSlugs,
  organisations,
  users,
  type OrganisationProfile,
} from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { enqueueEmail } from '../mail/outbox.server'
import { profileOf } from './queries.server'
import { syncOrganisationSearch } from './search.server'
import { slugify } from './slug'

type Organisation = typeof organisations.$inferSelect

function checkMunicipality(tx: DbOrTx, municipalityId: string | null) {
  if (!municipalityId) return
  const known = tx.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, municipalityId)).get()
  if (!known) throw new DomainError('organisations.unknown_municipality', 400)
}

/** A slug no other organisation uses now or used before. */
function uniqueOrganisationSlug(tx: DbOrTx, name: string, organisationId: string | null): string {
  const base = slugify(name)
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const current = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, candidate)).get()
    const former = tx
      .select({ id: organisationSlugs.organisationId })
      .from(organisationSlugs)
      .where(eq(organisationSlugs.slug, candidate))
      .get()
    const free = (!current || current.id === organisationId) && (!former || former.id === organisationId)
    if (free) return candidate
  }
}

/** Writes a profile onto the public entry; a new name gets a new slug and the old one keeps redirecting. */
function applyProfile(tx: DbOrTx, organisation: Organisation, profile: OrganisationProfile, extra: Partial<Organisation> = {}) {
  let slug = organisation.slug
  if (profile.name !== organisation.name) {
    slug = uniqueOrganisationSlug(tx, profile.name, organisation.id)
    if (slug !== organisation.slug) {
      tx.delete(organisationSlugs).where(eq(organisationSlugs.slug, slug)).run()
      tx.insert(organisationSlugs).values({ slug: organisation.slug, organisationId: organisation.id }).onConflictDoNothing().run()
    }
  }
  tx.update(organisations)
    .set({ ...profile, ...extra, slug })
    .where(eq(organisations.id, organisation.id))
    .run()
  syncOrganisationSearch(tx, organisation.id)
  return slug
}

function changedFields(before: OrganisationProfile, after: OrganisationProfile) {
  return (Object.keys(after) as (keyof OrganisationProfile)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}

/**
 * An editor (or the office) saves the profile. Trusted organisations and the office publish at once;
 * everyone else's change waits for review while the public keeps the last approved version.
 */
export function submitProfileChange(input: {
  organisationId: string
  actorId: string
  actorIsOffice: boolean
  profile: OrganisationProfile
  now?: number
}): { status: 'published' | 'pending'; slug: string } {
  const now = new Date(input.now ?? Date.now())
  return db.transaction(
    (tx) => {
      const organisation = tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).get()
      if (!organisation || organisation.status === 'archived') throw new DomainError('not_found', 404)
      checkMunicipality(tx, input.profile.municipalityId)
      const fields = changedFields(profileOf(organisation), input.profile)
      if (organisation.trusted || input.actorIsOffice || organisation.status === 'pending') {
        // A pending application is still being reviewed as a whole, so its editor (the office) changes it in place.
        const slug = applyProfile(tx, organisation, input.profile, organisation.status === 'active' ? { lastConfirmedAt: now } : {})
        if (!input.actorIsOffice) {
          // A trusted editor's new version supersedes their own older proposal; the office's edits leave it for review.
          tx.update(organisationChanges)
            .set({ status: 'rejected', reason: 'superseded', reviewedAt: now })
            .where(and(eq(organisationChanges.organisationId, organisation.id), eq(organisationChanges.status, 'pending'), eq(organisationChanges.kind, 'profile')))
            .run()
        }
        recordAudit(tx, { actorId: input.actorId, action: 'organisation.updated', entity: 'organisation', entityId: organisation.id, details: { fields } })
        return { status: 'published', slug }
      }
      const pending = tx
        .select({ id: organisationChanges.id })
        .from(organisationChanges)
        .where(and(eq(organisationChanges.organisationId, organisation.id), eq(organisationChanges.status, 'pending')))
        .get()
      if (pending) {
        tx.update(organisationChanges)
          .set({ proposed: input.profile, submittedById: input.actorId, createdAt: now })
          .where(eq(organisationChanges.id, pending.id))
          .run()
      } else {
        tx.insert(organisationChanges)
          .values({ organisationId: organisation.id, kind: 'profile', proposed: input.profile, submittedById: input.actorId, createdAt: now })
          .run()
      }
      recordAudit(tx, {
        actorId: input.actorId,
        action: 'organisation.change_submitted',
        entity: 'organisation',
        entityId: organisation.id,
        details: { fields },
      })
      return { status: 'pending', slug: organisation.slug }
    },
    { behavior: 'immediate' },
  )
}

/** A new organisation applies through the public form: a pending entry, invisible until the office approves it. */
export function applyForListing(input: {
  profile: OrganisationProfile
  applicantName: string
  applicantEmail: string
  locale: Locale
  now?: number
}) {
  const now = new Date(input.now ?? Date.now())
  return db.transaction(
    (tx) => {
      checkMunicipality(tx, input.profile.municipalityId)
      const organisation = tx
        .insert(organisations)
        .values({ ...input.profile, slug: uniqueOrganisationSlug(tx, input.profile.name, null), status: 'pending', trusted: false, createdAt: now })
        .returning()
        .get()
      tx.insert(organisationChanges)
        .values({
          organisationId: organisation.id,
          kind: 'application',
          proposed: input.profile,
          applicantName: input.applicantName,
          applicantEmail: input.applicantEmail,
          applicantLocale: input.locale,
          createdAt: now,
        })
        .run()
      recordAudit(tx, {
        actorId: null,
        action: 'organisation.applied',
        entity: 'organisation',
        entityId: organisation.id,
        details: { name: organisation.name, applicantEmail: input.applicantEmail },
      })
      return organisation
    },
    { behavior: 'immediate' },
  )
}

function editorsOf(tx: DbOrTx, organisationId: string) {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'editor')))
    .all()
}

function loadPendingChange(tx: DbOrTx, changeId: string) {
  const row = tx
    .select({ change: organisationChanges, organisation: organisations })
    .from(organisationChanges)
    .innerJoin(organisations, eq(organisations.id, organisationChanges.organisationId))
    .where(eq(organisationChanges.id, changeId))
    .get()
  if (!row) throw new DomainError('not_found', 404)
  if (row.change.status !== 'pending') throw new DomainError('organisations.change_decided', 409)
  return row
}

/** Tells the applicant (applications) or the editors (profile changes) about the office's decision. */
function mailDecision(
  tx: DbOrTx,
  change: typeof organisationChanges.$inferSelect,
  organisation: { id: string; name: string; slug: string },
  outcome: 'approved' | 'rejected',
  reason: string | null,
) {
  const url = absoluteUrl(outcome === 'approved' ? `/organisations/${organisation.slug}` : change.kind === 'application' ? '/organisations/apply' : `/organisations/${organisation.slug}/edit`)
  const recipients =
    change.kind === 'application' && change.applicantEmail
      ? [{ email: change.applicantEmail, name: change.applicantName ?? '', locale: (change.applicantLocale ?? 'de') as Locale }]
      : editorsOf(tx, organisation.id)
  for (const recipient of recipients) {
    enqueueEmail(tx, {
      template: 'directory-decision',
      to: recipient.email,
      locale: recipient.locale,
      props: { name: recipient.name, organisationName: organisation.name, kind: change.kind, outcome, reason, url, locale: recipient.locale },
    })
  }
}

/** The office approves an application (the entry goes live) or a profile change (it becomes the public version). */
export function approveChange(input: { changeId: string; reviewerId: string; now?: number }) {
  const now = new Date(input.now ?? Date.now())
  return db.transaction(
    (tx) => {
      const { change, organisation } = loadPendingChange(tx, input.changeId)
      if (organisation.status === 'archived') throw new DomainError('organisations.archived', 409)
      checkMunicipality(tx, change.proposed.municipalityId)
      const slug =
        change.kind === 'application'
          ? applyProfile(tx, organisation, { ...profileOf(organisation) }, { status: 'active', lastConfirmedAt: now })
          : applyProfile(tx, organisation, change.proposed, { lastConfirmedAt: now })
      tx.update(organisationChanges)
        .set({ status: 'approved', reviewedById: input.reviewerId, reviewedAt: now })
        .where(eq(organisationChanges.id, change.id))
        .run()
      mailDecision(tx, change, { id: organisation.id, name: change.kind === 'application' ? organisation.name : change.proposed.name, slug }, 'approved', null)
      recordAudit(tx, {
        actorId: input.reviewerId,
        action: change.kind === 'application' ? 'organisation.application_approved' : 'organisation.change_approved',
        entity: 'organisation',
        entityId: organisation.id,
        details: { changeId: change.id, fields: changedFields(profileOf(organisation), change.proposed) },
      })
      return { organisationId: organisation.id, slug }
    },
    { behavior: 'immediate' },
  )
}

/** The office rejects with a reason, which is mailed; a rejected application stays out of the directory. */
export function rejectChange(input: { changeId: string; reviewerId: string; reason: string; now?: number }) {
  const now = new Date(input.now ?? Date.now())
  return db.transaction(
    (tx) => {
      const { change, organisation } = loadPendingChange(tx, input.changeId)
      tx.update(organisationChanges)
        .set({ status: 'rejected', reviewedById: input.reviewerId, reviewedAt: now, reason: input.reason })
        .where(eq(organisationChanges.id, change.id))
        .run()
      if (change.kind === 'application') {
        tx.update(organisations).set({ status: 'archived' }).where(eq(organisations.id, organisation.id)).run()
        syncOrganisationSearch(tx, organisation.id)
      }
      mailDecision(tx, change, organisation, 'rejected', input.reason)
      recordAudit(tx, {
        actorId: input.reviewerId,
        action: change.kind === 'application' ? 'organisation.application_rejected' : 'organisation.change_rejected',
        entity: 'organisation',
        entityId: organisation.id,
        details: { changeId: change.id, reason: input.reason },
      })
    },
    { behavior: 'immediate' },
  )
}

/** Archiving keeps events, answers and history but takes the entry out of the directory and the search. */
export function archiveOrganisation(input: { organisationId: string; actorId: string }) {
  return db.transaction(
    (tx) => {
      const organisation = tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).get()
      if (!organisation) throw new DomainError('not_found', 404)
      if (organisation.status === 'archived') return
      tx.update(organisations).set({ status: 'archived' }).where(eq(organisations.id, organisation.id)).run()
      tx.update(organisationChanges)
        .set({ status: 'rejected', reviewedById: input.actorId, reviewedAt: new Date(), reason: 'archived' })
        .where(and(eq(organisationChanges.organisationId, organisation.id), eq(organisationChanges.status, 'pending')))
        .run()
      syncOrganisationSearch(tx, organisation.id)
      recordAudit(tx, { actorId: input.actorId, action: 'organisation.archived', entity: 'organisation', entityId: organisation.id })
    },
    { behavior: 'immediate' },
  )
}

/** Brings an archived organisation back into the directory. */
export function restoreOrganisation(input: { organisationId: string; actorId: string }) {
  return db.transaction((tx) => {
    const result = tx
      .update(organisations)
      .set({ status: 'active' })
      .where(and(eq(organisations.id, input.organisationId), eq(organisations.status, 'archived')))
      .run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    syncOrganisationSearch(tx, input.organisationId)
    recordAudit(tx, { actorId: input.actorId, action: 'organisation.restored', entity: 'organisation', entityId: input.organisationId })
  })
}

/** Trusted organisations publish their changes without review. */
export function setTrusted(input: { organisationId: string; trusted: boolean; actorId: string }) {
  return db.transaction((tx) => {
    const result = tx.update(organisations).set({ trusted: input.trusted }).where(eq(organisations.id, input.organisationId)).run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    recordAudit(tx, {
      actorId: input.actorId,
      action: input.trusted ? 'organisation.trusted' : 'organisation.untrusted',
      entity: 'organisation',
      entityId: input.organisationId,
    })
  })
}

/** Adds an existing person to an organisation, or changes their role there. */
export function addOrganisationPerson(input: { organisationId: string; userId: string; role: 'editor' | 'member'; actorId: string }) {
  return db.transaction((tx) => {
    const organisation = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
    if (!organisation) throw new DomainError('not_found', 404)
    tx.insert(organisationMembers)
      .values({ organisationId: input.organisationId, userId: input.userId, role: input.role })
      .onConflictDoUpdate({ target: [organisationMembers.organisationId, organisationMembers.userId], set: { role: input.role } })
      .run()
    recordAudit(tx, {
      actorId: input.actorId,
      action: 'organisation.person_added',
      entity: 'organisation',
      entityId: input.organisationId,
      details: { userId: input.userId, role: input.role },
    })
  })
}

export function removeOrganisationPerson(input: { organisationId: string; userId: string; actorId: string }) {
  return db.transaction((tx) => {
    const result = tx
      .delete(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, input.organisationId), eq(organisationMembers.userId, input.userId)))
      .run()
    if (result.changes !== 1) throw new DomainError('not_found', 404)
    recordAudit(tx, {
      actorId: input.actorId,
      action: 'organisation.person_removed',
      entity: 'organisation',
      entityId: input.organisationId,
      details: { userId: input.userId },
    })
  })
}
