import type { LoaderFunctionArgs } from '@remix-run/node'
import { observancesJson, readObservanceQuery } from '~/domain/observances/api'

/** /observances.json?from=YYYY-MM-DD&to=YYYY-MM-DD[&tradition=a,b][&lang=de|en] */
export function loader({ request }: LoaderFunctionArgs) {
  const read = readObservanceQuery(new URL(request.url).searchParams)
  if (!read.ok) {
    return new Response(read.message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return Response.json(observancesJson(read.query), {
    headers: { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' },
  })
}
