/**
 * Measurement 6, run by tests/bench/run.ts in a child process (`tsx`) against the benchmark copy (DATABASE_PATH):
 * builds and queues (does not send) the weekly digests of every recipient and prints one JSON line.
 * With BENCH_DIGEST_LIMIT_S set, it stops after that many seconds and reports the measured rate and the
 * extrapolated total (marked `extrapolated`), so a slow run cannot hold up the whole benchmark.
 */
import { runDigests } from '../../app/domain/digests/build-digest.server'

const limitMs = Number(process.env.BENCH_DIGEST_LIMIT_S ?? 0) * 1000
const started = performance.now()
const summary = runDigests({
  period: 'weekly',
  onProgress: (done, total) => {
    const elapsed = performance.now() - started
    if (limitMs > 0 && elapsed > limitMs && done < total) {
      console.log(JSON.stringify({ seconds: (elapsed / 1000) * (total / done), done, recipients: total, queued: done, extrapolated: true }))
      process.exit(0)
    }
  },
})
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ seconds, done: summary.recipients, extrapolated: false, ...summary }))
