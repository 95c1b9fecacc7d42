import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: any }
export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang' | 'drop'

/**
 * A local HTTP server that speaks the part of Resend's API we use (POST /emails, POST /emails/batch).
 * Tests queue replies to simulate rate limits, outages, hangs and dropped connections.
 */
export class FakeResend {
  readonly requests: RecordedRequest[] = []
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
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body })
        const reply = this.replies.shift()
        if (reply === 'hang') return
        if (reply === 'drop') return req.socket.destroy()
        if (reply) {
          res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.headers ?? {}) })
          return res.end(JSON.stringify(reply.body ?? {}))
        }
        if (req.headers.authorization !== 'Bearer re_test_key') {
          res.writeHead(401, { 'Content-Type': 'application/json' })
          return res.end(JSON.stringify({ statusCode: 401, name: 'missing_api_key', message: 'Missing API key' }))
        }
        res.writeHead(200, { 'Content-Type': 'application/json' })
        if (req.url === '/emails/batch' && Array.isArray(body)) {
          return res.end(JSON.stringify({ data: body.map(() => ({ id: this.nextId() })) }))
        }
        res.end(JSON.stringify({ id: this.nextId() }))
      })
    })
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
