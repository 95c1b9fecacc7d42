import type { MetaFunction } from '@remix-run/node'
import { useMatches } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { pageTitle } from '~/utils/meta'

const PAGES = {
  'legal-imprint': 'imprint',
  'legal-privacy': 'privacy',
  'legal-accessibility': 'accessibility',
} as const

export const meta: MetaFunction = ({ matches }) => {
  const id = matches[matches.length - 1]?.id as keyof typeof PAGES
  return pageTitle(matches, `legal.${PAGES[id] ?? 'imprint'}.title`)
}

/** Impressum, Datenschutz and Erklärung zur Barrierefreiheit: the district fills in what the text names. */
export default function LegalPage() {
  const { t } = useTranslation()
  const matches = useMatches()
  const page = PAGES[matches[matches.length - 1]?.id as keyof typeof PAGES] ?? 'imprint'
  const paragraphs = t(`legal.${page}.body`, { returnObjects: true }) as string[]
  return (
    <div className="container narrow prose">
      <h1>{t(`legal.${page}.title`)}</h1>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  )
}
