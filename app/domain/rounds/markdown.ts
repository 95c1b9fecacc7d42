/**
 * A tiny, safe Markdown subset for minutes: paragraphs, line breaks, **bold**, *italic*, lists
 * ("- " / "* " and "1. ") and http(s) links ([text](https://…) or bare URLs). It yields a tree that
 * React renders as text nodes, so nothing the author writes ever becomes HTML: raw tags, other
 * URL schemes (javascript:, data:) and every other Markdown construct stay visible as plain text.
 * Pure and isomorphic.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; text: string }
  | { type: 'br' }

export type Block = { type: 'p'; children: Inline[] } | { type: 'ul' | 'ol'; items: Inline[][] }

const BULLET = /^\s*[-*]\s+(.*)$/
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/
const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()<>]+)\)/
const BARE_URL = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?"']/
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/
const EM = /\*(?=\S)([^*]*?\S)\*/

/** Only http(s) URLs that the URL parser accepts become links. */
function safeHref(href: string): string | null {
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Inline markup of one line: the earliest match of link, bare URL, bold or italic wins. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let rest = text
  while (rest) {
    const candidates = [
      { kind: 'link' as const, m: LINK.exec(rest) },
      { kind: 'url' as const, m: BARE_URL.exec(rest) },
      { kind: 'strong' as const, m: STRONG.exec(rest) },
      { kind: 'em' as const, m: EM.exec(rest) },
    ].filter((c): c is { kind: 'link' | 'url' | 'strong' | 'em'; m: RegExpExecArray } => c.m !== null)
    if (candidates.length === 0) {
      out.push({ type: 'text', text: rest })
      break
    }
    const first = candidates.reduce((a, b) => (b.m.index < a.m.index ? b : a))
    const { m } = first
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) })
    if (first.kind === 'link') {
      const href = safeHref(m[2]!)
      out.push(href ? { type: 'link', href, text: m[1]! } : { type: 'text', text: m[0] })
    } else if (first.kind === 'url') {
      const href = safeHref(m[0])
      out.push(href ? { type: 'link', href, text: m[0] } : { type: 'text', text: m[0] })
    } else {
      out.push({ type: first.kind, children: parseInline(m[1]!) })
    }
    rest = rest.slice(m.index + m[0].length)
  }
  return out
}

function lines(inlineLines: string[]): Inline[] {
  const out: Inline[] = []
  inlineLines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'br' })
    out.push(...parseInline(line))
  })
  return out
}

/** Blocks are separated by blank lines; a block whose lines all start like list items is a list. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  const chunks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== ''))
    .filter((chunk) => chunk.length > 0)
  for (const chunk of chunks) {
    if (chunk.every((l) => BULLET.test(l))) {
      blocks.push({ type: 'ul', items: chunk.map((l) => parseInline(BULLET.exec(l)![1]!)) })
    } else if (chunk.every((l) => NUMBERED.test(l))) {
      blocks.push({ type: 'ol', items: chunk.map((l) => parseInline(NUMBERED.exec(l)![1]!)) })
    } else {
      blocks.push({ type: 'p', children: lines(chunk.map((l) => l.trim())) })
    }
  }
  return blocks
}
