import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

test('every action reads its form through readFormData, so a body that is no form is a 400 and never a 500', () => {
  const unguarded = readdirSync('app/routes')
    .filter((file) => /\.tsx?$/.test(file))
    .filter((file) => /request\.formData\(\)(?!\.catch)/.test(readFileSync(join('app/routes', file), 'utf8')))
  expect(unguarded).toEqual([])
})
