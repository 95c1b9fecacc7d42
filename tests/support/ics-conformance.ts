/* The conformance check has no test-runner import, so vitest and Playwright tests can both use it. */

/**
 * An RFC 5545 conformance check for every calendar file the app produces in tests.
 * Returns the problems found (empty when the file conforms).
 */
export function icsProblems(input: string | Uint8Array): string[] {
  const problems: string[] = []
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)
  const ics = bytes.toString('utf8')
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push('line endings must be CRLF only')
  if (!ics.endsWith('\r\n')) problems.push('the last line must end with CRLF')
  // Each physical line on its own must be valid UTF-8: a fold inside a character breaks both halves.
  const strict = new TextDecoder('utf-8', { fatal: true })
  bytes
    .toString('latin1')
    .split('\r\n')
    .slice(0, -1)
    .forEach((latin1Line, i) => {
      const lineBytes = Buffer.from(latin1Line, 'latin1')
      if (lineBytes.length > 75) problems.push(`line ${i + 1} has ${lineBytes.length} octets (more than 75)`)
      try {
        strict.decode(lineBytes)
      } catch {
        problems.push(`line ${i + 1} is not valid UTF-8 on its own (a fold split a character)`)
      }
    })
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(typeof input === 'string' ? input : '')) problems.push('folding split a surrogate pair')

  const lines = unfold(ics)
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') problems.push('not wrapped in VCALENDAR')
  if (!lines.includes('VERSION:2.0')) problems.push('VERSION:2.0 missing')
  if (!lines.some((l) => l.startsWith('PRODID:'))) problems.push('PRODID missing')

  // Components: balanced BEGIN/END, required properties of each VEVENT.
  const stack: string[] = []
  const timezones = new Set<string>()
  const tzidsUsed = new Set<string>()
  const uids = new Map<string, number>()
  let event: string[] | null = null
  for (const line of lines) {
    const name = propertyName(line)
    if (name === 'BEGIN') {
      const component = line.slice(6)
      stack.push(component)
      if (component === 'VEVENT') event = []
      continue
    }
    if (name === 'END') {
      const component = line.slice(4)
      if (stack.pop() !== component) problems.push(`unbalanced END:${component}`)
      if (component === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          if (!event.some((l) => propertyName(l) === required)) problems.push(`VEVENT without ${required}`)
        }
        const uid = event.find((l) => propertyName(l) === 'UID')?.slice(4) ?? ''
        const recurrenceId = event.find((l) => propertyName(l) === 'RECURRENCE-ID') ?? ''
        const key = `${uid} ${recurrenceId}`
        uids.set(key, (uids.get(key) ?? 0) + 1)
        event = null
      }
      continue
    }
    if (stack.at(-1) === 'VTIMEZONE' && name === 'TZID') timezones.add(line.slice(5))
    const tzid = /;TZID=("[^"]*"|[^;:]*)/.exec(line.split(':')[0] + ':')
    if (tzid?.[1]) tzidsUsed.add(tzid[1].replace(/"/g, ''))
    if (name === 'DTSTAMP' && !/^DTSTAMP:\d{8}T\d{6}Z$/.test(line)) problems.push(`DTSTAMP not in UTC with Z: ${line}`)
    if (['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'NAME', 'X-WR-CALNAME'].includes(name)) {
      const stripped = valueOf(line).replace(/\\[\\;,nN]/g, '')
      if (/[;,]/.test(stripped)) problems.push(`unescaped ; or , in ${name}: ${line}`)
      if (/\\/.test(stripped)) problems.push(`bad escape in ${name}: ${line}`)
    }
    if (event) event.push(line)
  }
  if (stack.length > 0) problems.push(`unclosed components: ${stack.join(', ')}`)
  for (const tzid of tzidsUsed) if (!timezones.has(tzid)) problems.push(`TZID=${tzid} without its VTIMEZONE`)
  for (const [key, count] of uids) if (count > 1) problems.push(`UID used ${count} times: ${key}`)
  return problems
}

/** The content lines of a file, unfolded. */
export function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
}

function propertyName(line: string): string {
  return /^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? ''
}

/** The value of a content line: after the first colon that is not inside a quoted parameter. */
function valueOf(line: string): string {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted
    else if (line[i] === ':' && !quoted) return line.slice(i + 1)
  }
  return ''
}

/** Every line of the unfolded file that starts with the property name. */
export function linesOf(ics: string, property: string): string[] {
  return unfold(ics).filter((l) => l.startsWith(`${property}:`) || l.startsWith(`${property};`))
}
