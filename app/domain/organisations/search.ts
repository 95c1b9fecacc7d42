/**
 * Folding for the directory search: umlauts and ß match their plain spellings.
 * Pure and isomorphic so unit tests can check it without a database.
 */

const TRANSCRIBED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' }
const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ẞ: 'ss' }

function fold(text: string, table: Record<string, string>): string {
  return text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (ch) => table[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * The text stored in the FTS table: every word in its transcribed form ("juedische"), and, when it
 * differs, also in its plain form ("judische"), so both spellings of a query find it.
 */
export function searchableText(text: string): string {
  const out: string[] = []
  for (const word of words(text)) {
    const transcribed = fold(word, TRANSCRIBED)
    out.push(transcribed)
    const plain = fold(word, PLAIN)
    if (plain !== transcribed) out.push(plain)
  }
  return out.join(' ')
}

/** A safe FTS5 MATCH expression: each word of the query, folded, as a quoted prefix term; all must match. */
export function searchQuery(input: string): string | null {
  const terms = words(input.slice(0, 200))
    .map((word) => fold(word, TRANSCRIBED))
    .filter(Boolean)
    .slice(0, 8)
  if (terms.length === 0) return null
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ')
}
