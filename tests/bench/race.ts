/**
 * `npx tsx tests/bench/race.ts [db] [--prof] [--bare] [--app DIR] [--answers N] [--capacity N]`: the answer race of
 * `npm run bench` on its own, for iterating on the answer path. Copies the database (default data/bench.db),
 * prepares the race, starts the production build (`npm run build` first) and fires the answers.
 * `--bare` runs the same client against a bare node:http server that only answers 302 (the floor of this machine).
 * After the race, the same client fires as many POSTs at the app's cheapest action (POST /language; the floor under Remix).
 * `--app DIR` starts the server of another checkout (with its own `npm run build`), e.g. the commit before a change.
 * `--prof` starts the server with `--cpu-prof` and prints the top self-time functions afterwards.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { loadavg, tmpdir } from 'node:os'
import { benchServerEnv, cheapestAction, freePort, prepareRace, race, raceOutcome, waitFor } from './run'

const args = process.argv.slice(2)
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const source = args.find((arg, i) => !arg.startsWith('--') && !/^\d+$/.test(arg) && args[i - 1] !== '--app') ?? './data/bench.db'
const prof = args.includes('--prof')
/** Another checkout with its own production build (e.g. the commit before a change), to compare on the same data. */
const appDir = args.includes('--app') ? args[args.indexOf('--app') + 1]! : process.cwd()
const answers = flag('--answers', 1_000)
const capacity = flag('--capacity', 100)

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const round = (n: number) => Math.round(n * 100) / 100

const folder = join(tmpdir(), 'dialognetz-race')
mkdirSync(folder, { recursive: true })
const working = join(folder, `race-${process.pid}.db`)
copyFileSync(source, working)
const profDir = join(folder, `prof-${process.pid}`)

const bare = args.includes('--bare')
// The floor: a bare node:http server (same listen backlog as server.js) that reads the form and answers 302, hit by the same client code.
const BARE_SERVER = `require('node:http').createServer((req, res) => { req.on('data', () => {}); req.on('end', () => { res.writeHead(req.method === 'POST' ? 302 : 200, { Location: req.url }); res.end() }) }).listen(Number(process.env.PORT), process.env.HOST, 4096)`
const prepared = prepareRace(working, capacity, answers)
const port = freePort()
const appUrl = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), ...(bare ? ['-e', BARE_SERVER] : ['server.js'])], {
  env: { ...process.env, ...benchServerEnv(port, working) },
  stdio: ['ignore', 'ignore', 'inherit'],
  cwd: appDir,
})
try {
  await waitFor(`${appUrl}/healthz`, 30_000)
  for (let i = 0; i < 20; i++) await (await fetch(`${appUrl}/healthz`)).arrayBuffer()
  const serverBefore = cpuSeconds(server.pid!)
  const clientBefore = process.cpuUsage()
  const wallBefore = performance.now()
  const perSecond = await race(appUrl, prepared.tokens)
  const wall = (performance.now() - wallBefore) / 1000
  const client = process.cpuUsage(clientBefore)
  const outcome = bare ? {} : raceOutcome(working, prepared.eventId)
  const serverCpu = cpuSeconds(server.pid!) - serverBefore
  // The same client against the app's cheapest action (no database): the most this server can reach here.
  const cheapestActionPerSecond = bare ? undefined : Math.round(await cheapestAction(appUrl, answers))
  console.log(
    JSON.stringify({
      server: bare ? 'bare node:http' : 'dialognetz',
      answersPerSecond: Math.round(perSecond),
      ...outcome,
      cheapestActionPerSecond,
      wallSeconds: round(wall),
      serverCpuSeconds: round(serverCpu),
      clientCpuSeconds: round((client.user + client.system) / 1e6),
      loadAverage: loadavg()[0],
    }),
  )
} finally {
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
  for (const suffix of ['', '-wal', '-shm']) rmSync(working + suffix, { force: true })
}

if (prof) {
  const file = readdirSync(profDir).find((name) => name.endsWith('.cpuprofile'))!
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }
  const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as { nodes: Node[]; samples: number[] }
  const self = new Map<string, number>()
  for (const node of profile.nodes) {
    const where = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(process.cwd(), '')}:${node.callFrame.lineNumber}`
    self.set(where, (self.get(where) ?? 0) + node.hitCount)
  }
  const total = profile.samples.length
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)
  for (const [where, hits] of top) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)} %  ${where}`)
  console.log(`profile: ${join(profDir, file)}`)
}
