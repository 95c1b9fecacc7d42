import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readdirSync as list } from 'node:fs'
import { de, en } from '~/locales'
import { formatRange } from '~/utils/i18n'
import { resolveLocale } from '~/utils/locale.server'

function keys(object: unknown, prefix = ''): string[] {
  if (Array.isArray(object) || typeof object !== 'object' || object === null) return [prefix]
  return Object.entries(object).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry) ? [path] : []
  })
}

const PLURAL = /_(zero|one|two|few|many|other)$/

test('German and English have exactly the same translation keys', () => {
  expect(keys(en).sort()).toEqual(keys(de).sort())
})

test('every area file exists in both languages and is loaded', () => {
  expect(list('app/locales/en').sort()).toEqual(list('app/locales/de').sort())
  const index = readFileSync('app/locales/index.ts', 'utf8')
  for (const file of list('app/locales/de')) {
    expect(index).toContain(`./de/${file}`)
    expect(index).toContain(`./en/${file}`)
  }
})

test('every literal translation key used in the app and the emails exists in German and English', () => {
  const known = new Set([...keys(de), ...keys(de).map((key) => key.replace(PLURAL, ''))])
  const knownEn = new Set([...keys(en), ...keys(en).map((key) => key.replace(PLURAL, ''))])
  const used = new Set<string>()
  for (const file of [...sourceFiles('app'), ...sourceFiles('emails')]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9_.-]+)'/g)) used.add(match[1]!)
  }
  expect(used.size).toBeGreaterThan(50)
  const missing = [...used].filter((key) => !known.has(key) || !knownEn.has(key))
  expect(missing).toEqual([])
})

test('every validation message a schema can produce is translated', () => {
  const messages = new Set<string>()
  for (const file of sourceFiles('app/domain')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(validation\.[a-z_]+)'/g)) messages.add(match[1]!)
  }
  expect(messages.size).toBeGreaterThan(3)
  const all = new Set(keys(de))
  expect([...messages].filter((key) => !all.has(key))).toEqual([])
})

test('the user setting wins over the cookie, the cookie over Accept-Language, and German is the default', () => {
  const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers })
  expect(resolveLocale(request({ Cookie: 'dn_lang=de', 'Accept-Language': 'de' }), 'en')).toBe('en')
  expect(resolveLocale(request({ Cookie: 'dn_lang=en', 'Accept-Language': 'de-DE' }))).toBe('en')
  expect(resolveLocale(request({ 'Accept-Language': 'fr-FR, en;q=0.8, de;q=0.5' }))).toBe('en')
  expect(resolveLocale(request({ 'Accept-Language': 'tr-TR, ar;q=0.8' }))).toBe('de')
  expect(resolveLocale(request({}))).toBe('de')
})

test('dates are shown in Europe/Berlin whatever the server zone, in the German format', () => {
  // 2026-12-03 17:30 UTC is 18:30 in Berlin (CET, UTC+1).
  const start = Date.UTC(2026, 11, 3, 17, 30)
  const label = formatRange(start, start + 90 * 60_000, 'de')
  expect(label).toContain('3. Dez. 2026')
  expect(label).toContain('18:30')
  expect(label).toContain('20:00')
  expect(formatRange(start, start + 90 * 60_000, 'en')).toContain('18:30')
})
