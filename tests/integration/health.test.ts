import { afterAll, beforeAll, expect, test } from 'vitest'
import { TestClient } from '../support/client'
import { testDb } from '../support/factories'
import { startServer, type RunningServer } from '../support/server'

let server: RunningServer

beforeAll(async () => {
  testDb()
  server = await startServer()
})

afterAll(() => server?.stop())

test('/healthz answers 200 with the database readable', async () => {
  const response = await fetch(`${server.url}/healthz`)
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
})

test('the start page is German by default and shows the networks and the language switch', async () => {
  const html = await (await new TestClient(server.url, { language: '' }).get('/')).text()
  expect(html).toContain('<html lang="de" dir="ltr">')
  expect(html).toContain('Dialognetz im Landkreis Osnabrück')
  expect(html).toContain('>Deutsch</button>')
  expect(html).toContain('>English</button>')
  expect(html).toContain('href="#main"')
})

test('/healthz answers 503 when the database cannot be read', async () => {
  testDb().$client.exec('PRAGMA foreign_keys = OFF; DROP TABLE municipalities')
  const response = await fetch(`${server.url}/healthz`)
  expect(response.status).toBe(503)
  expect((await response.json()).db).not.toBe('ok')
})
