import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['app', 'emails', 'db', 'server.js', 'vite.config.ts', 'remix.config.js', 'package.json']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs)
}

/** Integration tests talk to the production build over HTTP: build it once when the sources are newer. */
export default function setup() {
  const built = 'build/server/index.js'
  const stale = !existsSync(built) || SOURCES.some((source) => existsSync(source) && newestMtime(source) > statSync(built).mtimeMs)
  if (stale) {
    console.log('[tests] building the production app …')
    // Without vitest's variables, vite.config.ts turns the Remix plugin on again.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
    execFileSync('npx', ['remix', 'vite:build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, NODE_ENV: 'production' } })
  }
}
