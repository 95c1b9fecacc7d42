import type { LoaderFunctionArgs } from '@remix-run/node'
import { directoryCsv } from '~/domain/organisations/export.server'
import { requireAdmin } from '~/utils/auth.server'
import { berlinDate } from '~/utils/time'

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireAdmin(request)
  return new Response(directoryCsv(admin.locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="dialognetz-verzeichnis-${berlinDate(Date.now())}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
