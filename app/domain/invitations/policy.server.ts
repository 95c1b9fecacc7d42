import { eq } from 'drizzle-orm'
import { events } from '../../../db/schema'
import { canManageEvent, type EventViewer } from '~/domain/events/policy.server'
import { db } from '~/utils/db.server'
import { httpError } from '~/utils/http.server'

/**
 * The organiser views (invitations, attendees, check-in): the event's organisation editors,
 * the network's coordinators, the office. Others get 404 if they may not even see the event, else 403.
 */
export function requireOrganiserOf(viewer: EventViewer, eventId: string) {
  const event = db.select().from(events).where(eq(events.id, eventId)).get()
  if (!event) httpError(404, 'not_found')
  if (!canManageEvent(viewer, event)) httpError(viewer ? 403 : 404, viewer ? 'forbidden' : 'not_found')
  return event
}
