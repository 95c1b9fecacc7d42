import { expect, test } from 'vitest'
import { roundStatusAt } from '~/domain/rounds/status'

const endsAt = new Date('2026-12-03T19:00:00Z')

test('a scheduled round is held from the minute its event ends', () => {
  expect(roundStatusAt({ status: 'scheduled' }, { endsAt, status: 'published' }, new Date('2026-12-03T18:59:59Z'))).toBe('scheduled')
  expect(roundStatusAt({ status: 'scheduled' }, { endsAt, status: 'published' }, endsAt)).toBe('held')
})

test('a round in planning, a cancelled round and a round whose event was cancelled are never held', () => {
  const later = new Date('2027-01-01T00:00:00Z')
  expect(roundStatusAt({ status: 'planning' }, null, later)).toBe('planning')
  expect(roundStatusAt({ status: 'cancelled' }, { endsAt, status: 'published' }, later)).toBe('cancelled')
  expect(roundStatusAt({ status: 'scheduled' }, { endsAt, status: 'cancelled' }, later)).toBe('scheduled')
  expect(roundStatusAt({ status: 'scheduled' }, null, later)).toBe('scheduled')
})
