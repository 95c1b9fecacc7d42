import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * axe-core with the WCAG 2.1 A and AA rules: no violations allowed.
 * Legacy mode runs axe inside the page itself; the default mode opens a helper tab,
 * which Debian's headless Chromium refuses in a second browser context.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** The demo accounts seeded by db/seed.ts. */
export { demoUsers } from '../../db/data/demo-district'
