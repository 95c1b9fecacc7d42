// `npm run digests -- --period weekly [--dry-run]`: builds and queues the digests of one period, with a progress bar.
// Safe to run again: each recipient gets one digest per period (digest_runs is UNIQUE per recipient and period).
import { parseArgs } from 'node:util'
import { SingleBar, Presets } from 'cli-progress'
import { runDigests } from '../app/domain/digests/build-digest.server'

const { values } = parseArgs({
  options: { period: { type: 'string', default: 'weekly' }, 'dry-run': { type: 'boolean', default: false } },
})
const period = values.period
if (period !== 'weekly' && period !== 'monthly') {
  console.error('--period must be weekly or monthly')
  process.exit(2)
}
const bar = new SingleBar({ format: 'digests [{bar}] {value}/{total}', hideCursor: true, stream: process.stdout }, Presets.shades_classic)
let started = false
const summary = runDigests({
  period,
  dryRun: values['dry-run'],
  onProgress: (done, total) => {
    if (!started) {
      bar.start(total, 0)
      started = true
    }
    bar.update(done)
  },
})
if (started) bar.stop()
console.log(
  `${summary.dryRun ? '[dry run] ' : ''}${summary.period} ${summary.periodKey}: ${summary.recipients} recipients, ${summary.queued} ${summary.dryRun ? 'would be queued' : 'queued'}, ${summary.empty} empty (not sent), ${summary.alreadyDone} already done`,
)
