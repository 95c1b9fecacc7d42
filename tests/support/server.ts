import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export type RunningServer = { url: string; stop: () => Promise<void>; output: () => string }

/**
 * Starts the production build (server.js) on a free port against the given SQLite file.
 * The server trusts X-Forwarded-For so tests can act from different addresses.
 */
export async function startServer(env: Record<string, string | undefined> = {}): Promise<RunningServer> {
  const chosen = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['server.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(chosen),
      HOST: '127.0.0.1',
      APP_URL: `http://127.0.0.1:${chosen}`,
      TRUST_PROXY: 'true',
      DATABASE_PATH: process.env.DATABASE_PATH,
      MAIL_WORKER: 'false',
      DIGEST_SCHEDULER: 'false',
      SEED_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000)
    child.stdout?.on('data', () => {
      const match = /listening on [^:]+:(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
