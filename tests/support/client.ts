/**
 * A small browser stand-in for HTTP tests: keeps cookies, sends the Origin header on POST
 * like a browser does, never follows redirects, and acts from its own IP address.
 */
export class TestClient {
  private cookies = new Map<string, string>()
  readonly ip = `10.${rand()}.${rand()}.${rand()}`

  constructor(
    readonly baseUrl: string,
    private options: { language?: string } = {},
  ) {}

  private headers(extra: Record<string, string> = {}) {
    const headers: Record<string, string> = {
      'X-Forwarded-For': this.ip,
      'Accept-Language': this.options.language ?? 'de-DE,de;q=0.9',
      ...extra,
    }
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    return headers
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', ...value] = pair.split('=')
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()))
      if (expired || value.join('=') === '') this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value.join('='))
    }
    return response
  }

  cookie(name: string) {
    return this.cookies.get(name)
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value)
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.remember(await fetch(this.baseUrl + path, { headers: this.headers(headers), redirect: 'manual' }))
  }

  async post(path: string, form: Record<string, string>, options: { origin?: string | null; headers?: Record<string, string> } = {}) {
    const origin = options.origin === undefined ? this.baseUrl : options.origin
    const headers = this.headers({ 'Content-Type': 'application/x-www-form-urlencoded', ...(options.headers ?? {}) })
    if (origin !== null) headers.Origin = origin
    return this.remember(
      await fetch(this.baseUrl + path, { method: 'POST', headers, body: new URLSearchParams(form), redirect: 'manual' }),
    )
  }

  /** Any method and body (JSON, plain text, broken multipart …), with this client's cookies and Origin. */
  async send(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}) {
    const headers = this.headers({ Origin: this.baseUrl, ...(options.headers ?? {}) })
    return this.remember(await fetch(this.baseUrl + path, { method, headers, body: options.body, redirect: 'manual' }))
  }

  /** Follows one redirect with a GET, like a browser after a form post. */
  async follow(response: Response) {
    const location = response.headers.get('Location')
    if (!location) throw new Error(`expected a redirect, got ${response.status}`)
    return this.get(location.replace(this.baseUrl, ''))
  }

  async signIn(email: string, password: string) {
    const response = await this.post('/login', { intent: 'password', email, password })
    if (response.status !== 302) throw new Error(`sign-in failed with ${response.status}`)
    return response
  }
}

function rand() {
  return Math.floor(Math.random() * 250) + 1
}
