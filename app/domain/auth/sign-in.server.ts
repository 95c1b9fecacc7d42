import { and, eq, isNull } from 'drizzle-orm'
import { organisations, organisationMembers, signInTokens, users, type SignInPurpose } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { absoluteUrl, DomainError } from '~/utils/http.server'
import type { Locale } from '~/utils/i18n'
import { recordAudit } from '../audit/mutations.server'
import { enqueueEmail } from '../mail/outbox.server'
import { hashPassword, verifyPassword } from './password.server'
import { getUserByEmail } from './queries.server'
import { generateToken, hashToken, isWellFormedToken } from './tokens.server'

export const SIGN_IN_LINK_MINUTES = 10
export const INVITATION_DAYS = 7

/** A dummy hash so an unknown address costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined

export async function signInWithPassword(email: string, password: string) {
  const user = getUserByEmail(email)
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword('dialognetz-timing-equaliser')
    await verifyPassword(await dummyHash, password)
    return null
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null
}

function createSignInToken(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], userId: string, purpose: SignInPurpose, now: number) {
  const token = generateToken()
  const ttl = purpose === 'sign-in' ? SIGN_IN_LINK_MINUTES * 60_000 : INVITATION_DAYS * 24 * 60 * 60_000
  tx.insert(signInTokens)
    .values({ tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(now + ttl) })
    .run()
  return token
}

/** Mails a one-time link when the address belongs to a user; says nothing either way. */
export function requestSignInLink(email: string, now = Date.now()): void {
  const user = getUserByEmail(email)
  if (!user) return
  db.transaction((tx) => {
    const token = createSignInToken(tx, user.id, 'sign-in', now)
    enqueueEmail(tx, {
      template: 'sign-in-link',
      to: user.email,
      locale: user.locale,
      props: { name: user.name, url: absoluteUrl(`/auth/${token}`), minutes: SIGN_IN_LINK_MINUTES, locale: user.locale },
    })
  })
}

function findToken(token: string, now: number) {
  if (!isWellFormedToken(token)) throw new DomainError('auth.link_unknown', 404)
  const row = db
    .select({ token: signInTokens, user: users })
    .from(signInTokens)
    .innerJoin(users, eq(users.id, signInTokens.userId))
    .where(eq(signInTokens.tokenHash, hashToken(token)))
    .get()
  if (!row) throw new DomainError('auth.link_unknown', 404)
  if (row.token.usedAt || row.token.expiresAt.getTime() <= now) throw new DomainError('auth.link_expired', 410)
  return row
}

/** Looks at a link without using it: the page a GET shows. */
export function inspectSignInLink(token: string, now = Date.now()) {
  const { token: row, user } = findToken(token, now)
  return { purpose: row.purpose, name: user.name, needsPassword: row.purpose === 'invitation' || !user.passwordHash }
}

/** Uses a link once (the POST); for an invitation it also sets the first password. */
export async function consumeSignInLink(token: string, options: { password?: string } = {}, now = Date.now()) {
  const passwordHash = options.password ? await hashPassword(options.password) : undefined
  return db.transaction(
    (tx) => {
      const { token: row, user } = findToken(token, now)
      const used = tx
        .update(signInTokens)
        .set({ usedAt: new Date(now) })
        .where(and(eq(signInTokens.id, row.id), isNull(signInTokens.usedAt)))
        .run()
      if (used.changes !== 1) throw new DomainError('auth.link_expired', 410)
      if (passwordHash) tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run()
      tx.update(users).set({ lastSignInAt: new Date(now) }).where(eq(users.id, user.id)).run()
      return { user, purpose: row.purpose }
    },
    { behavior: 'immediate' },
  )
}

export async function changePassword(userId: string, password: string) {
  const passwordHash = await hashPassword(password)
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run()
}

export function recordSignIn(userId: string, now = Date.now()) {
  db.update(users).set({ lastSignInAt: new Date(now) }).where(eq(users.id, userId)).run()
}

export function updateProfile(userId: string, input: { name: string; locale: Locale }) {
  db.update(users).set(input).where(eq(users.id, userId)).run()
}

/** The office invites a person: a user without password, an optional organisation role, and a link to set a password. */
export function inviteUser(input: {
  email: string
  name: string
  role: 'admin' | 'member'
  locale: Locale
  organisationId?: string
  organisationRole: 'editor' | 'member'
  invitedById: string
  invitedByName: string
  now?: number
}) {
  const now = input.now ?? Date.now()
  if (getUserByEmail(input.email)) throw new DomainError('users.exists', 409)
  return db.transaction(
    (tx) => {
      const organisation = input.organisationId
        ? tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).get()
        : undefined
      if (input.organisationId && !organisation) throw new DomainError('users.unknown_organisation', 400)
      const user = tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, locale: input.locale })
        .returning()
        .get()
      if (organisation) {
        tx.insert(organisationMembers).values({ organisationId: organisation.id, userId: user.id, role: input.organisationRole }).run()
      }
      const token = createSignInToken(tx, user.id, 'invitation', now)
      enqueueEmail(tx, {
        template: 'invitation-to-join',
        to: user.email,
        locale: user.locale,
        props: {
          name: user.name,
          invitedBy: input.invitedByName,
          organisationName: organisation?.name ?? null,
          url: absoluteUrl(`/auth/${token}`),
          days: INVITATION_DAYS,
          locale: user.locale,
        },
      })
      recordAudit(tx, {
        actorId: input.invitedById,
        action: 'user.invited',
        entity: 'user',
        entityId: user.id,
        details: { role: input.role, organisationId: organisation?.id ?? null, organisationRole: organisation ? input.organisationRole : null },
      })
      return user
    },
    { behavior: 'immediate' },
  )
}
