// Dialognetz HTTP server: the Remix request handler behind express, the Origin check,
// static assets, and the boot step (migrations, demo seed, mail worker).
import { createRequestHandler } from '@remix-run/express'
import compression from 'compression'
import express from 'express'

const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`
const trustProxy = process.env.TRUST_PROXY === 'true'

/** Paths that other servers POST to without a browser's Origin (webhooks, one-click unsubscribe). */
const ORIGIN_EXEMPT = [/^\/webhooks\//, /^\/unsubscribe\//]

const viteDevServer = dev
  ? await import('vite').then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined

const loadBuild = viteDevServer
  ? () => viteDevServer.ssrLoadModule('virtual:remix/server-build')
  : await import('./build/server/index.js')

function preferredLanguage(req) {
  const cookie = /(?:^|;\s*)dn_lang=(de|en)/.exec(req.headers.cookie ?? '')?.[1]
  if (cookie) return cookie
  return /^\s*en/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'de'
}

/** A page of its own for answers given before Remix: the visitor's language, no layout, no script. */
function plainPage(req, res, status, pages) {
  const lang = preferredLanguage(req)
  const [title, text, back] = pages[lang]
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Dialognetz</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${back}</a></p></main></body></html>`,
    )
}

const REFUSED = {
  de: ['Anfrage abgelehnt', 'Diese Anfrage kam nicht von Dialognetz selbst und wurde deshalb nicht ausgeführt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.', 'Zur Startseite'],
  en: ['Request refused', 'This request did not come from Dialognetz itself, so it was not carried out. Please reload the page and try again.', 'Go to the start page'],
}

const BAD_ADDRESS = {
  de: ['Ungültige Adresse', 'Diese Adresse ist fehlerhaft geschrieben und führt zu keiner Seite. Bitte prüfen Sie den Link oder beginnen Sie auf der Startseite.', 'Zur Startseite'],
  en: ['Invalid address', 'This address is malformed and leads to no page. Please check the link or start from the start page.', 'Go to the start page'],
}

const BAD_REQUEST = {
  de: ['Ungültige Anfrage', 'Diese Anfrage konnte so nicht bearbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.', 'Zur Startseite'],
  en: ['Invalid request', 'This request could not be handled as sent. Please reload the page and try again.', 'Go to the start page'],
}

const SERVER_ERROR = {
  de: ['Ein Fehler ist aufgetreten', 'Diese Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später noch einmal.', 'Zur Startseite'],
  en: ['Something went wrong', 'This request could not be handled. Please try again later.', 'Go to the start page'],
}

/** A non-GET request must come from our own pages: a foreign or missing Origin gets 403. */
function originCheck(req, res, next) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  if (ORIGIN_EXEMPT.some((pattern) => pattern.test(req.path))) return next()
  const origin = req.headers.origin
  const own = [new URL(appUrl).origin, `${req.protocol}://${req.headers.host}`]
  if (origin && own.includes(origin)) return next()
  plainPage(req, res, 403, REFUSED)
}

/**
 * Addresses no page of ours can have: a path with broken percent-encoding (`/events/%E0%A4%A`), which express
 * would answer with its own English page, and Remix's pre-single-fetch `?_data=` protocol, which our client never
 * speaks and which fails inside Remix with a 500 for loaders that return null or a `status` field.
 */
function wellFormedAddress(req, res, next) {
  try {
    decodeURIComponent(req.path)
  } catch {
    return plainPage(req, res, 400, BAD_ADDRESS)
  }
  const query = req.originalUrl.indexOf('?')
  if (query !== -1 && new URLSearchParams(req.originalUrl.slice(query + 1)).has('_data')) return plainPage(req, res, 400, BAD_ADDRESS)
  next()
}

const app = express()
app.disable('x-powered-by')
app.set('trust proxy', trustProxy)
// A calendar program's poll of an unchanged feed gets its 304 first, before the page middleware and Remix
// (a GET with no body: nothing to compress, no Origin to check; app/domain/calendar/feed-http.server.ts).
if (!viteDevServer) app.use(loadBuild.entry.module.feedRevalidation)
app.use(compression())
app.use((req, _res, next) => {
  // The client address the app sees; never taken from the request unless a proxy is trusted.
  req.headers['x-dialognetz-client-ip'] = trustProxy ? req.ip : req.socket.remoteAddress ?? 'unknown'
  next()
})
app.use(wellFormedAddress)
app.use(originCheck)

if (viteDevServer) {
  app.use(viteDevServer.middlewares)
} else {
  app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y', redirect: false }))
  app.use(express.static('build/client', { maxAge: '1h', redirect: false }))
  // Public list pages for visitors without cookies, reused while the database is unchanged (app/utils/page-cache.server.ts).
  if (process.env.PAGE_CACHE !== 'false') app.use(loadBuild.entry.module.publicPageCache)
}

app.all('*', createRequestHandler({ build: loadBuild, mode: dev ? 'development' : 'production' }))

// What express itself refuses (a body too large for a parser, a bad range) in the visitor's language, never its English default page.
app.use((error, req, res, next) => {
  if (res.headersSent) return next(error)
  const status = Number(error?.status ?? error?.statusCode)
  if (status >= 400 && status < 500) return plainPage(req, res, status, BAD_REQUEST)
  console.error(error)
  plainPage(req, res, 500, SERVER_ERROR)
})

const build = typeof loadBuild === 'function' ? await loadBuild() : loadBuild
const { seeded, accounts } = await build.entry.module.boot()

/**
 * Connections waiting to be accepted. Node's default (511) overflows when an invitation mail makes hundreds of
 * people answer at once: the kernel drops their handshakes and they wait 1–3 s to retry, or are reset.
 * The kernel caps it at net.core.somaxconn (4096 on current Linux).
 */
const LISTEN_BACKLOG = 4096

const server = app.listen(port, host, LISTEN_BACKLOG, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = process.env.APP_URL ?? `http://localhost:${actualPort}`
  console.log(`Dialognetz läuft auf ${url} (listening on ${host}:${actualPort})`)
  if (seeded) console.log('Demo-Landkreis angelegt / demo district seeded.')
  if (accounts.length > 0) {
    console.log('Demo-Anmeldungen / demo sign-ins:')
    for (const account of accounts) console.log(`  ${account.key.padEnd(15)} ${account.email.padEnd(44)} ${account.password}`)
  }
})

server.on('error', (error) => {
  console.error(`Dialognetz could not listen on ${host}:${port}: ${error.message}`)
  process.exit(1)
})

function shutdown() {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
