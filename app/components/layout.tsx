import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Locale } from '~/utils/i18n'

type HeaderUser = { id: string; name: string; role: 'admin' | 'member' } | null

const LANGUAGES: { code: Locale; label: string }[] = [
  { code: 'de', label: 'Deutsch' },
  { code: 'en', label: 'English' },
]

export function SiteHeader({ user, locale }: { user: HeaderUser; locale: Locale }) {
  const { t } = useTranslation()
  const location = useLocation()
  const here = location.pathname + location.search
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="container header-row">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-owner">{t('app.owner')}</span>
        </Link>
        <Form method="post" action="/language" reloadDocument className="language-switch" aria-label={t('nav.language')}>
          <input type="hidden" name="redirectTo" value={here} />
          {LANGUAGES.map((language) => (
            <button
              key={language.code}
              type="submit"
              name="locale"
              value={language.code}
              lang={language.code}
              aria-pressed={language.code === locale}
              className="link-button"
            >
              {language.label}
            </button>
          ))}
        </Form>
      </div>
      <nav aria-label={t('nav.main')} className="main-nav">
        <ul className="container">
          <li>
            <NavLink to="/events">{t('nav.events')}</NavLink>
          </li>
          <li>
            <NavLink to="/networks">{t('nav.networks')}</NavLink>
          </li>
          <li>
            <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
          </li>
          <li>
            <NavLink to="/observances">{t('nav.observances')}</NavLink>
          </li>
          {user ? (
            <li>
              <NavLink to="/account">{t('nav.account')}</NavLink>
            </li>
          ) : (
            <li>
              <NavLink to="/login">{t('nav.sign_in')}</NavLink>
            </li>
          )}
          {user?.role === 'admin' ? (
            <li>
              <NavLink to="/admin">{t('nav.admin')}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  )
}

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="container footer-row">
        <p>{t('footer.about')}</p>
        <nav aria-label={t('footer.legal')}>
          <ul>
            <li>
              <Link to="/impressum">{t('legal.imprint.title')}</Link>
            </li>
            <li>
              <Link to="/datenschutz">{t('legal.privacy.title')}</Link>
            </li>
            <li>
              <Link to="/barrierefreiheit">{t('legal.accessibility.title')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
