import { z } from 'zod'

/** Pasted addresses, one per line (commas and semicolons work too): valid ones lower-cased and deduplicated, invalid ones listed back. */
export function parseEmailList(text: string): { valid: string[]; invalid: string[] } {
  const valid = new Set<string>()
  const invalid: string[] = []
  for (const raw of text.split(/[\n,;]+/)) {
    const entry = raw.trim().replace(/^<|>$/g, '')
    if (!entry) continue
    const parsed = z.email().max(254).safeParse(entry)
    if (parsed.success) valid.add(parsed.data.toLowerCase())
    else invalid.push(entry)
  }
  return { valid: [...valid], invalid }
}

export const InviteSchema = z.object({
  intent: z.literal('invite'),
  networkId: z.string().max(40).optional(),
  organisationIds: z.array(z.string().max(40)).max(500).default([]),
  emails: z.string().max(50_000, 'rsvps.validation.too_many_addresses').optional(),
  sendAgain: z.boolean().default(false),
})
