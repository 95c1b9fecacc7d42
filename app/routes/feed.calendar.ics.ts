import type { LoaderFunctionArgs } from '@remix-run/node'
import { personalFeedResponse } from '~/domain/calendar/feed-http.server'

/** /feeds/:token/calendar.ics — a person's feed; a malformed, unknown or reset token is 404. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return personalFeedResponse(request, params.token ?? '')
}
