/** Who hosts next: the organisation after the last host in the series' host order. Pure. */
export function suggestNextHost(hostOrder: readonly string[], lastHostId: string | null, skip = 0): string | null {
  if (hostOrder.length === 0) return null
  const lastIndex = lastHostId ? hostOrder.indexOf(lastHostId) : -1
  const index = (lastIndex + 1 + Math.max(0, skip)) % hostOrder.length
  return hostOrder[index] ?? null
}
