import type { LoaderFunctionArgs } from '@remix-run/node'
import { observancesJson, readObservanceQuery } from '~/domain/observances/api'
import { isLocale } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

/** /observances.json?from=YYYY-MM-DD&to=YYYY-MM-DD[&tradition=a,b][&lang=de|en]; a bad query is a plain 400 in `lang` or the visitor's language. */
export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const lang = params.get('lang')
  const read = readObservanceQuery(params, isLocale(lang) ? lang : resolveLocale(request))
  if (!read.ok) {
    return new Response(read.message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return Response.json(observancesJson(read.query), {
    headers: { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' },
  })
}
