import type { SessionUser } from './session.server'

/** The commissioner's office may do everything an organiser or coordinator may. */
export function isOffice(user: Pick<SessionUser, 'role'> | null | undefined): boolean {
  return user?.role === 'admin'
}
