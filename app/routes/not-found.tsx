import { httpError } from '~/utils/http.server'

export function loader() {
  httpError(404, 'not_found')
}

export function action() {
  httpError(404, 'not_found')
}

export default function NotFound() {
  return null
}
