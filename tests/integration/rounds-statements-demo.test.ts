import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { seedDemoDistrict } from '../../db/seed'
import { networkMemberships, networks } from '../../db/schema'
import { getPublishedStatement, listSignatures, listStatementsForNetwork } from '~/domain/rounds/statements.server'
import { testDb } from '../support/factories'

test('the demo district has a published joint statement of the Runder Tisch, signed by member organisations with directory pages', async () => {
  const db = testDb()
  await seedDemoDistrict(db)
  const network = db.select().from(networks).where(eq(networks.slug, 'runder-tisch-der-religionen')).get()!
  const [statement] = listStatementsForNetwork(network.id, ['published'])
  expect(statement).toBeDefined()
  expect(getPublishedStatement(statement!.id)!.networkSlug).toBe('runder-tisch-der-religionen')
  const signatures = listSignatures(statement!.id)
  expect(signatures.length).toBeGreaterThanOrEqual(3)
  for (const signature of signatures) {
    expect(signature.status, signature.slug).toBe('active')
    expect(signature.signedAt.getTime()).toBeLessThan(statement!.publishedAt!.getTime())
    const member = db
      .select()
      .from(networkMemberships)
      .where(and(eq(networkMemberships.networkId, network.id), eq(networkMemberships.organisationId, signature.organisationId)))
      .get()
    expect(member, signature.slug).toBeDefined()
  }
})
