import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession } from '~/utils/auth.server'

export function action({ request }: ActionFunctionArgs) {
  return endSession(request, '/')
}

export function loader() {
  return redirect('/')
}
