/**
 * A Map in least-recently-used order, bounded by entries and by bytes (`sizeOf` each value): the page cache
 * and the built calendar feeds keep their bodies in one. `get` refreshes an entry's place; `set` (also to
 * store a value again after it grew) makes it the newest and drops the oldest until both bounds hold.
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private bytes = 0

  constructor(
    private readonly limits: { maxEntries: number; maxBytes: number },
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Whether `value` is what is kept under `key` (without refreshing it). */
  holds(key: string, value: V): boolean {
    return this.entries.get(key)?.value === value
  }

  set(key: string, value: V): void {
    this.delete(key)
    const size = this.sizeOf(value)
    this.entries.set(key, { value, size })
    this.bytes += size
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) return
      this.entries.delete(oldest)
      this.bytes -= entry.size
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }
}
