import type { LoaderFunctionArgs } from '@remix-run/node'
import { de, en } from '~/locales'
import { httpError } from '~/utils/http.server'

const STRINGS = { de, en } as Record<string, unknown>

/** The strings of one language for the browser; versioned by the build, so cached for a year. */
export function loader({ params, request }: LoaderFunctionArgs) {
  const strings = STRINGS[params.lng ?? '']
  if (!strings) httpError(404, 'not_found')
  const versioned = new URL(request.url).searchParams.has('v')
  return Response.json(strings, {
    headers: { 'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300' },
  })
}
