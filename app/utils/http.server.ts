import { data, redirect } from '@remix-run/node'
import { appOrigin } from './env.server'

/** A rule of the domain was broken; the code is a translation key under `errors.`. */
export class DomainError extends Error {
  constructor(
    public code: string,
    public status: 400 | 403 | 404 | 409 | 410 | 422 | 429 = 400,
  ) {
    super(code)
    this.name = 'DomainError'
  }
}

/** The body of every 4xx we throw: the error page translates `code`. */
export type ErrorPayload = { code: string }

export function httpError(status: number, code: string): never {
  throw data({ code } satisfies ErrorPayload, { status })
}

/** Missing things are a 404, whether they never existed or the viewer may not see them. */
export function ensureFound<T>(value: T | null | undefined, code = 'not_found'): T {
  if (value === null || value === undefined) httpError(404, code)
  return value
}

/** Runs domain code and turns a DomainError into a translated 4xx page. */
export function runDomain<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof DomainError) httpError(error.status, error.code)
    throw error
  }
}

export async function runDomainAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (error instanceof DomainError) httpError(error.status, error.code)
    throw error
  }
}

/**
 * The posted form. A body that is no form (JSON, plain text, a multipart body without or with a broken boundary)
 * is the client's mistake: a translated 400, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData()
  } catch {
    httpError(400, 'requests.not_a_form')
  }
}

const FLASH_COOKIE = 'dn_flash'

/** Redirects and shows a translated confirmation (a key under `flash.`) on the next page. */
export function redirectWithMessage(to: string, messageKey: string, init: { headers?: HeadersInit } = {}) {
  const headers = new Headers(init.headers)
  headers.append('Set-Cookie', `${FLASH_COOKIE}=${encodeURIComponent(messageKey)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60`)
  return redirect(to, { headers })
}

export function readFlash(request: Request): { message: string | null; clear: string | null } {
  const match = (request.headers.get('Cookie') ?? '').match(/(?:^|;\s*)dn_flash=([^;]+)/)
  if (!match?.[1]) return { message: null, clear: null }
  let message: string | null = null
  try {
    message = decodeURIComponent(match[1])
  } catch {
    message = null
  }
  if (message && !/^[a-z0-9_.-]{1,80}$/i.test(message)) message = null
  return { message, clear: `${FLASH_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` }
}

/** A safe place to go back to: only paths on this site. */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback
  }
  return value
}

/** The client's address as the server saw it (the server sets X-Forwarded-For only from its own socket). */
export function clientIp(request: Request): string {
  return request.headers.get('x-dialognetz-client-ip') ?? 'unknown'
}

export function absoluteUrl(path: string): string {
  return new URL(path, appOrigin()).toString()
}

/** Whether the client takes gzip (Accept-Encoding names gzip or *, without q=0). */
export function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase())
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  })
}
