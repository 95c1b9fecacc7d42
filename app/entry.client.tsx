import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { registerResources } from './utils/i18n'

declare global {
  interface Window {
    __remixManifest?: { version?: string }
  }
}

/** Only the page's language is downloaded (and cached per build) before React takes over the server-rendered page. */
async function loadStrings() {
  const locale = document.documentElement.lang || 'de'
  const version = window.__remixManifest?.version ?? 'dev'
  const response = await fetch(`/locales/${locale}.json?v=${version}`)
  if (response.ok) registerResources(locale, await response.json())
}

loadStrings()
  .catch((error) => console.error('Could not load the interface strings', error))
  .finally(() => {
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <RemixBrowser />
        </StrictMode>,
      )
    })
  })
