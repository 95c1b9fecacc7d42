import { expect, test } from 'vitest'
import { BoundedLru } from '~/utils/lru.server'

test('the least recently used entry goes first when there are too many', () => {
  const cache = new BoundedLru<string>({ maxEntries: 2, maxBytes: Infinity }, () => 0)
  cache.set('a', 'A')
  cache.set('b', 'B')
  expect(cache.get('a')).toBe('A') // a is now the newest
  cache.set('c', 'C')
  expect(cache.get('b')).toBeUndefined()
  expect(cache.get('a')).toBe('A')
  expect(cache.get('c')).toBe('C')
})

test('old entries go until the bytes fit, and a value stored again after growing counts its new size', () => {
  const cache = new BoundedLru<{ bytes: number }>({ maxEntries: 10, maxBytes: 100 }, (value) => value.bytes)
  const first = { bytes: 40 }
  cache.set('first', first)
  cache.set('second', { bytes: 40 })
  first.bytes = 70
  expect(cache.holds('first', first)).toBe(true)
  cache.set('first', first) // 70 + 40 > 100: the older entry, second, goes
  expect(cache.get('second')).toBeUndefined()
  expect(cache.get('first')).toBe(first)
  cache.delete('first')
  expect(cache.holds('first', first)).toBe(false)
  cache.set('third', { bytes: 100 })
  expect(cache.get('third')).toEqual({ bytes: 100 })
})
