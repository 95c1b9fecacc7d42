/**
 * Measurement 6, run by tests/bench/run.ts in a child process (`tsx`) against the benchmark copy (DATABASE_PATH):
 * builds and queues (does not send) the weekly digests of every recipient and prints one JSON line.
 */
import { runDigests } from '../../app/domain/digests/build-digest.server'

const started = performance.now()
const summary = runDigests({ period: 'weekly' })
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, ...summary }))
