/**
 * Calendar files (RFC 5545) and calendar mails (iTIP, RFC 5546), built with ical-generator from
 * plain event data. Pure: no database, no environment, no dependence on the server's time zone.
 *
 * Time zones: ical-generator formats a native Date with the server's local clock whenever a zone
 * name is set, so every timed value goes in as a TZDate in Europe/Berlin (it calls
 * `withTimeZone` and reads the zoned wall clock), and all-day values go in as UTC-midnight dates
 * without a zone (it then reads the UTC calendar date). The calendar itself carries no zone name
 * (that would drop the `Z` of DTSTAMP); the VTIMEZONE blocks come from timezones-ical-library.
 */
import { TZDate } from '@date-fns/tz'
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
  type ICalEvent,
} from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { addDays, BERLIN, berlinDate } from '../../utils/time'

export const PRODID = { company: 'Landkreis Osnabrück', product: 'Dialognetz', language: 'DE' }
/** Subscribed calendars refresh hourly (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const FEED_TTL_SECONDS = 60 * 60

export type IcsStatus = 'confirmed' | 'tentative' | 'cancelled'

/** The calendar status of an event: published → CONFIRMED, cancelled → CANCELLED, still pending approval → TENTATIVE. */
export function icsStatusOf(status: 'draft' | 'submitted' | 'published' | 'cancelled'): IcsStatus {
  if (status === 'published') return 'confirmed'
  if (status === 'cancelled') return 'cancelled'
  return 'tentative'
}

export type IcsPerson = { name: string; email: string }

/** A moved or changed occurrence of a recurring event (written as a RECURRENCE-ID override). */
export type IcsOccurrenceOverride = {
  /** The original start of the occurrence, as the rule produced it. */
  recurrenceId: Date | number
  startsAt: Date | number
  endsAt: Date | number
  title?: string
  description?: string
  venueName?: string | null
  venueAddress?: string | null
  status?: IcsStatus
}

export type IcsRecurrence = {
  /** An RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=TH;COUNT=10` (with or without `RRULE:`); UNTIL in UTC with Z. */
  rrule: string
  /** Original starts of occurrences that do not take place. */
  exdates?: (Date | number)[]
  overrides?: IcsOccurrenceOverride[]
}

/** Everything the calendar needs to know about an event, as plain data. */
export type IcsEvent = {
  id: string
  title: string
  description: string
  startsAt: Date | number
  endsAt: Date | number
  allDay: boolean
  status: IcsStatus
  /** The event's change counter; written as SEQUENCE. */
  sequence: number
  /** When the event was last changed; DTSTAMP of feeds and files, LAST-MODIFIED. */
  updatedAt: Date | number
  venueName?: string | null
  venueAddress?: string | null
  onlineUrl?: string | null
  /** The organisation's public contact; without an email address there is no ORGANIZER. */
  organizer?: { name: string; email: string | null } | null
  /** e.g. the kind and the tradition, already as words. */
  categories?: string[]
  recurrence?: IcsRecurrence | null
}

export type IcsContext = {
  /** e.g. https://dialognetz.landkreis-osnabrueck.de — for URL and the UID's host. */
  origin: string
}

export type IcsAllDayItem = {
  uid: string
  title: string
  description?: string
  /** YYYY-MM-DD, first day. */
  start: string
  /** YYYY-MM-DD, last day (inclusive); written as the exclusive DTEND. */
  end: string
  categories?: string[]
  url?: string
}

const ms = (value: Date | number) => (typeof value === 'number' ? value : value.getTime())
const zoned = (value: Date | number) => new TZDate(ms(value), BERLIN)
/** A calendar date as a Date at UTC midnight: with no zone set, ical-generator writes its UTC date. */
const dateOnly = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

/** The stable UID of an event: never regenerated, the same in feeds, files and mails. */
export function eventUid(eventId: string, origin: string): string {
  return `event-${eventId}@${new URL(origin).hostname}`
}

export function eventUrl(eventId: string, origin: string): string {
  return new URL(`/events/${encodeURIComponent(eventId)}`, origin).toString()
}

/** TEXT escaping of RFC 5545 §3.3.11 for values ical-generator writes raw (NAME, X-WR-CALNAME). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (m) => `\\${m}`).replace(/\r\n|\r|\n/g, '\\n')
}

/** The Berlin wall clock of an instant as an ICS local date-time (YYYYMMDDTHHMMSS). */
function berlinLocal(value: Date | number): string {
  const d = zoned(value)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
}

/** All-day spans: the Berlin date of the start and the exclusive end date (at least one day). */
function allDaySpan(startsAt: Date | number, endsAt: Date | number) {
  const start = berlinDate(ms(startsAt))
  const lastDay = berlinDate(Math.max(ms(startsAt), ms(endsAt) - 1))
  return { start, endExclusive: addDays(lastDay < start ? start : lastDay, 1) }
}

/**
 * RFC 5545 line folding exactly as ical-generator's foldLines (a content line holds at most 74
 * octets, a continuation line a space and at most 74 more; a surrogate pair is never split), without
 * its TextEncoder per character — that cost ~0.3 s for a feed of 1,000 events.
 */
export function foldLines(text: string): string {
  const lines = text.split('\r\n')
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!
    // Most lines are short ASCII: nothing to fold.
    if (line.length <= 74 && /^[\x00-\x7f]*$/.test(line)) continue
    let result = ''
    let start = 0
    let octets = 0
    for (let i = 0; i < line.length; i++) {
      const from = i
      const code = line.charCodeAt(i)
      let size: number
      if (code >= 0xd800 && code <= 0xdbff) {
        // ical-generator takes the next character with a high surrogate, whatever it is.
        i++
        const next = i < line.length ? line.charCodeAt(i) : -1
        if (next >= 0xdc00 && next <= 0xdfff) size = 4
        else size = 3 + (next < 0 ? 0 : utf8Octets(next))
      } else {
        size = utf8Octets(code)
      }
      octets += size
      if (octets > 74) {
        result += `${line.slice(start, from)}\r\n `
        start = from
        octets = size
      }
    }
    lines[l] = result + line.slice(start)
  }
  return lines.join('\r\n')
}

/** UTF-8 octets of one UTF-16 code unit on its own (a lone surrogate becomes U+FFFD: 3 octets). */
function utf8Octets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3
}

/**
 * The calendar as ical-generator writes it (tested byte for byte), but folded by our foldLines:
 * the frame (header with VTIMEZONE blocks, footer) comes from ical-generator itself, written with one
 * event per time zone in use; the events are written unfolded by ical-generator and folded here.
 * Consumes the calendar (its events are replaced).
 */
export function serializeCalendar(calendar: ICalCalendar): string {
  const events = [...calendar.events()]
  if (events.length > 1) {
    const zones = new Map<string | null, ICalEvent>()
    for (const event of events) if (!zones.has(event.timezone())) zones.set(event.timezone(), event)
    calendar.clear()
    for (const event of zones.values()) calendar.createEvent(event)
    const frame = calendar.toString()
    const head = frame.slice(0, frame.indexOf('\r\nBEGIN:VEVENT\r\n') + 2)
    const tail = frame.slice(frame.lastIndexOf('\r\nEND:VEVENT\r\n') + '\r\nEND:VEVENT\r\n'.length)
    return `${head}${foldLines(events.map((event) => event.toString()).join(''))}${tail}\r\n`
  }
  // ical-generator ends the last line without CRLF; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`
}

function newCalendar(options: { name?: string; method?: ICalCalendarMethod; ttl?: boolean }): ICalCalendar {
  const calendar = ical({ prodId: PRODID })
  // No zone name on the calendar (DTSTAMP keeps its Z); only the generator for the events' zones.
  calendar.timezone({ name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null })
  if (options.method) calendar.method(options.method)
  if (options.name) calendar.name(escapeText(options.name))
  if (options.ttl) calendar.ttl(FEED_TTL_SECONDS)
  return calendar
}

function location(venueName?: string | null, venueAddress?: string | null, onlineUrl?: string | null): string | null {
  const parts = [venueName, venueAddress, onlineUrl].map((p) => p?.trim()).filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : null
}

const STATUS: Record<IcsStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}

function recurrenceLines(event: IcsEvent): string | null {
  const recurrence = event.recurrence
  if (!recurrence) return null
  const rule = recurrence.rrule.trim().replace(/^RRULE:/i, '')
  if (!/^FREQ=[A-Z]+(;[A-Z-]+=[A-Za-z0-9,+-]+)*$/.test(rule)) throw new RangeError(`not an RRULE value: ${recurrence.rrule}`)
  const lines = [`RRULE:${rule}`]
  const exdates = [...new Set((recurrence.exdates ?? []).map(ms))].sort((a, b) => a - b)
  if (exdates.length > 0) {
    lines.push(
      event.allDay
        ? `EXDATE;VALUE=DATE:${exdates.map((d) => berlinDate(d).replaceAll('-', '')).join(',')}`
        : `EXDATE;TZID=${BERLIN}:${exdates.map(berlinLocal).join(',')}`,
    )
  }
  return lines.join('\r\n')
}

type Extras = { method?: ICalCalendarMethod; attendee?: IcsPerson & { partstat: ICalAttendeeStatus }; stamp?: Date | number }

function addEvent(calendar: ICalCalendar, event: IcsEvent, context: IcsContext, extras: Extras = {}): void {
  const base = {
    id: eventUid(event.id, context.origin),
    sequence: event.sequence,
    stamp: new Date(ms(extras.stamp ?? event.updatedAt)),
    lastModified: new Date(ms(event.updatedAt)),
    url: eventUrl(event.id, context.origin),
  }
  const configure = (target: ICalEvent, item: { title: string; description: string; status: IcsStatus; place: string | null }) => {
    target.summary(item.title)
    if (item.description.trim()) target.description(item.description)
    if (item.place) target.location(item.place)
    target.status(STATUS[item.status])
    if (event.organizer?.email) target.organizer({ name: event.organizer.name, email: event.organizer.email })
    if (event.categories?.length) target.categories(event.categories.map((name) => ({ name })))
    if (extras.attendee) {
      target.createAttendee({
        name: extras.attendee.name,
        email: extras.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: extras.attendee.partstat,
        rsvp: false,
      })
    }
  }
  const master = calendar.createEvent({ ...base, start: new Date(0), summary: event.title })
  if (event.allDay) {
    const span = allDaySpan(event.startsAt, event.endsAt)
    master.allDay(true).start(dateOnly(span.start)).end(dateOnly(span.endExclusive))
  } else {
    master.timezone(BERLIN).start(zoned(event.startsAt)).end(zoned(event.endsAt))
  }
  const rules = recurrenceLines(event)
  if (rules) master.repeating(rules)
  configure(master, {
    title: event.title,
    description: event.description,
    status: event.status,
    place: location(event.venueName, event.venueAddress, event.onlineUrl),
  })

  for (const override of event.recurrence?.overrides ?? []) {
    if (event.allDay) continue // moved all-day occurrences are not offered by the events area
    const occurrence = calendar.createEvent({ ...base, start: new Date(0), summary: event.title })
    occurrence.timezone(BERLIN).start(zoned(override.startsAt)).end(zoned(override.endsAt)).recurrenceId(zoned(override.recurrenceId))
    configure(occurrence, {
      title: override.title ?? event.title,
      description: override.description ?? event.description,
      status: event.status === 'cancelled' ? 'cancelled' : (override.status ?? event.status),
      place: location(override.venueName ?? event.venueName, override.venueAddress ?? event.venueAddress, event.onlineUrl),
    })
  }
}

/** A subscribable feed: no METHOD, NAME/X-WR-CALNAME, hourly refresh, DTSTAMP = each event's last change. */
export function buildFeed(input: { name: string; events: IcsEvent[] } & IcsContext): string {
  const calendar = newCalendar({ name: input.name, ttl: true })
  // The display zone for Google and Apple; the times themselves carry TZID (no calendar-level zone, see above).
  calendar.x('X-WR-TIMEZONE', BERLIN)
  for (const event of input.events) addEvent(calendar, event, input)
  return serializeCalendar(calendar)
}

/** One event as a file to download or attach to an invitation ("add to calendar"): METHOD:PUBLISH, never REQUEST. */
export function buildEventFile(input: { event: IcsEvent } & IcsContext): string {
  const calendar = newCalendar({ method: ICalCalendarMethod.PUBLISH })
  addEvent(calendar, input.event, input)
  return serializeCalendar(calendar)
}

/**
 * The iTIP invitation carried by a confirmed "yes" (and, with a raised SEQUENCE, by an update after
 * a change of time or place): METHOD:REQUEST, ORGANIZER and the attendee with PARTSTAT=ACCEPTED.
 */
export function buildItipRequest(input: { event: IcsEvent; attendee: IcsPerson; organizer: IcsPerson; now: Date | number } & IcsContext): string {
  const calendar = newCalendar({ method: ICalCalendarMethod.REQUEST })
  addEvent(calendar, { ...input.event, organizer: input.organizer }, input, {
    stamp: input.now,
    attendee: { ...input.attendee, partstat: ICalAttendeeStatus.ACCEPTED },
  })
  return serializeCalendar(calendar)
}

/**
 * METHOD:CANCEL with STATUS:CANCELLED: for everyone confirmed when the event is cancelled, and for a
 * person's own copy when they withdraw their answer. Same UID; SEQUENCE is the event's counter.
 */
export function buildItipCancel(input: { event: IcsEvent; attendee: IcsPerson; organizer: IcsPerson; now: Date | number } & IcsContext): string {
  const calendar = newCalendar({ method: ICalCalendarMethod.CANCEL })
  const { recurrence: _ignored, ...event } = input.event
  addEvent(calendar, { ...event, status: 'cancelled', organizer: input.organizer }, input, {
    stamp: input.now,
    attendee: { ...input.attendee, partstat: ICalAttendeeStatus.DECLINED },
  })
  return serializeCalendar(calendar)
}

/** All-day entries (the intercultural calendar): VALUE=DATE with the exclusive end date. */
export function buildAllDayFeed(input: { name: string; items: IcsAllDayItem[]; stamp: Date | number }): string {
  const calendar = newCalendar({ name: input.name, ttl: true })
  for (const item of input.items) {
    const entry = calendar.createEvent({
      id: item.uid,
      start: dateOnly(item.start),
      end: dateOnly(addDays(item.end, 1)),
      allDay: true,
      stamp: new Date(ms(input.stamp)),
      summary: item.title,
    })
    if (item.description) entry.description(item.description)
    if (item.categories?.length) entry.categories(item.categories.map((name) => ({ name })))
    if (item.url) entry.url(item.url)
    entry.transparency(ICalEventTransparency.TRANSPARENT)
  }
  return serializeCalendar(calendar)
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL'

/** The MIME type of a calendar attachment; its method must match the METHOD inside (Outlook ignores lowercase). */
export function calendarContentType(method?: CalendarMethod): string {
  return method ? `text/calendar; charset=utf-8; method=${method}` : 'text/calendar; charset=utf-8'
}

/** The METHOD a built file carries, read from the file itself, so attachment and content type can never disagree. */
export function methodOf(ics: string): CalendarMethod | undefined {
  const match = /\r\nMETHOD:([A-Z]+)\r\n/.exec(ics)
  return match ? (match[1] as CalendarMethod) : undefined
}

/** An attachment for the mail worker (Resend takes filename, content and content type). */
export function calendarAttachment(ics: string, filename = 'invite.ics') {
  return { filename, content: Buffer.from(ics, 'utf8').toString('base64'), contentType: calendarContentType(methodOf(ics)) }
}
