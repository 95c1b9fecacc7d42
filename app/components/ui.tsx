import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useRootData } from '~/root'

/** The confirmation of the last action, read once from the flash cookie. */
export function FlashMessage() {
  const { t } = useTranslation()
  const root = useRootData()
  if (!root?.flash) return null
  return (
    <div className="notice success" role="status">
      {t(`flash.${root.flash}`)}
    </div>
  )
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  )
}

/** Page links that keep the other query parameters. */
export function Pagination({ page, pageCount, search }: { page: number; pageCount: number; search: string }) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  const href = (target: number) => {
    const params = new URLSearchParams(search)
    params.set('page', String(target))
    return `?${params.toString()}`
  }
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('pagination.status', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

export function PageHeader({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
    </div>
  )
}

/** A choice in a GET filter form (no conform, no errors): its label, "all" first, then the options. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  allLabel,
  options,
}: {
  id: string
  name: string
  label: string
  value?: string
  allLabel: string
  options: readonly { value: string; label: string }[]
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * A plain data table: scroll wrapper, optional caption and one header row of column headers
 * (scope="col"). `children` are the body rows. Tables with row headers in the head or
 * colspans write their own markup.
 */
export function DataTable({ caption, columns, children }: { caption?: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, index) =>
              column == null || column === false ? null : (
                <th key={index} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
