import { startDigestScheduler } from '~/domain/digests/build-digest.server'
import { sendConfirmationRequests } from '~/domain/organisations/freshness.server'
import { deleteExpiredNeeds, expireOffers, sendReminders } from '~/domain/rsvps/mutations.server'
import { getEnv } from './env.server'

type Job = { name: string; everyMs: number; run: (now: number) => unknown }

const HOUR = 60 * 60_000

/** Jobs that are safe to run often: each decides itself what is due. */
const JOBS: Job[] = [
  { name: 'directory confirmation requests', everyMs: 6 * HOUR, run: (now) => sendConfirmationRequests({ now }) },
  { name: 'expired waitlist offers', everyMs: 5 * 60_000, run: (now) => expireOffers({ now: new Date(now) }) },
  { name: 'event reminders', everyMs: HOUR / 4, run: (now) => sendReminders({ now: new Date(now) }) },
  { name: 'deleting needs after the retention period', everyMs: 6 * HOUR, run: (now) => deleteExpiredNeeds({ now: new Date(now) }) },
]

const timers: NodeJS.Timeout[] = []

/** The scheduler of the server process (JOBS=false turns it off, as the tests do). */
export function startJobs(): void {
  if (getEnv().JOBS === 'false' || timers.length > 0) return
  startDigestScheduler()
  for (const job of JOBS) {
    const tick = () => {
      try {
        job.run(Date.now())
      } catch (error) {
        console.error(`[jobs] ${job.name} failed`, error)
      }
    }
    const timer = setInterval(tick, job.everyMs)
    timer.unref()
    timers.push(timer)
    setTimeout(tick, 10_000).unref()
  }
}
