import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: any }
/**
 * - a status: answered without accepting the mail (429 with Retry-After, 500, …);
 * - 'hang': the mail is accepted but the answer never comes (the worst case: did it go out?);
 * - 'drop': the connection is cut before anything is accepted.
 */
export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang' | 'drop'

/** One mail as Resend accepted it. */
export type AcceptedMail = { id: string; idempotencyKey: string | undefined; to: string; subject: string; headers?: Record<string, string>; attachments?: unknown[]; text?: string; html?: string }

/**
 * A local HTTP server that speaks the part of Resend's API we use (POST /emails, POST /emails/batch).
 * Tests queue replies to simulate rate limits, outages, hangs and dropped connections.
 * Like Resend it honours the Idempotency-Key: a repeated key is answered with the first result and
 * accepts nothing new, so `accepted` lists what recipients would really get.
 */
export class FakeResend {
  readonly requests: RecordedRequest[] = []
  readonly accepted: AcceptedMail[] = []
  /** Called as each request arrives (tests use it to read a virtual clock). */
  onRequest: ((request: RecordedRequest) => void) | undefined
  private byKey = new Map<string, unknown>()
  private replies: FakeReply[] = []
  private server: Server
  private counter = 0

  constructor() {
    this.server = createServer((req, res) => {
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        let body: unknown = null
        try {
          body = raw ? JSON.parse(raw) : null
        } catch {
          body = raw
        }
        const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body }
        this.requests.push(recorded)
        this.onRequest?.(recorded)
        const reply = this.replies.shift()
        if (reply === 'drop') return req.socket.destroy()
        if (reply && reply !== 'hang') {
          res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) })
          return res.end(JSON.stringify(reply.body ?? {}))
        }
        if (req.headers.authorization !== 'Bearer re_test_key') {
          res.writeHead(401, { 'Content-Type': 'application/json' })
          return res.end(JSON.stringify({ statusCode: 401, name: 'missing_api_key', message: 'Missing API key' }))
        }
        const result = this.accept(req, body)
        if (reply === 'hang') return
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(result))
      })
    })
  }

  private accept(req: IncomingMessage, body: any): unknown {
    const key = req.headers['idempotency-key'] as string | undefined
    if (key && this.byKey.has(key)) return this.byKey.get(key)
    const mails: any[] = req.url === '/emails/batch' && Array.isArray(body) ? body : [body]
    const ids = mails.map((mail) => {
      const id = this.nextId()
      this.accepted.push({ id, idempotencyKey: key, to: mail.to, subject: mail.subject, headers: mail.headers, attachments: mail.attachments, text: mail.text, html: mail.html })
      return { id }
    })
    const result = req.url === '/emails/batch' ? { data: ids } : ids[0]
    if (key) this.byKey.set(key, result)
    return result
  }

  private nextId() {
    return `fake-${++this.counter}`
  }

  reply(...replies: FakeReply[]) {
    this.replies.push(...replies)
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop() {
    this.server.closeAllConnections()
    return new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
