import type { LoaderFunctionArgs } from '@remix-run/node'
import { publicFeedResponse } from '~/domain/calendar/feed-http.server'

/** /calendar.ics — the public feed, with the filters of the public calendar. */
export function loader({ request }: LoaderFunctionArgs) {
  return publicFeedResponse(request)
}
