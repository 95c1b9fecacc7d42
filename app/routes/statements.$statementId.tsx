import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SafeMarkdown } from '~/components/safe-markdown'
import { PageHeader } from '~/components/ui'
import { getPublishedStatement, listSignatures } from '~/domain/rounds/statements.server'
import { ensureFound } from '~/utils/http.server'
import { formatDate, type Locale } from '~/utils/i18n'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.statement.title ?? ''} · Dialognetz` }]

/** The public page of a published joint statement: no sign-in needed; anything unpublished is a 404. */
export function loader({ params }: LoaderFunctionArgs) {
  const statement = ensureFound(getPublishedStatement(params.statementId!))
  return {
    statement,
    // organisations that left the directory are still named, but only active ones are linked
    signatures: listSignatures(statement.id),
  }
}

export default function PublicStatementPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const { statement, signatures } = useLoaderData<typeof loader>()
  return (
    <div className="container">
      <p className="eyebrow">{t('statements.eyebrow')}</p>
      <PageHeader title={statement.title} />
      <dl className="facts">
        <dt>{t('statements.network')}</dt>
        <dd>
          <Link to={`/networks/${statement.networkSlug}`}>{statement.networkName}</Link>
        </dd>
        <dt>{t('statements.adopted')}</dt>
        <dd>{statement.publishedAt ? formatDate(statement.publishedAt, locale) : '–'}</dd>
      </dl>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="visually-hidden">
          {t('statements.text_heading')}
        </h2>
        <SafeMarkdown source={statement.body} />
      </section>
      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">{t('statements.signatories_heading_count', { count: signatures.length })}</h2>
        <ul className="stack plain">
          {signatures.map((s) => (
            <li key={s.organisationId}>
              {s.status === 'active' ? <Link to={`/organisations/${s.slug}`}>{s.name}</Link> : s.name} ·{' '}
              {t('statements.signed_on', { date: formatDate(s.signedAt, locale) })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
