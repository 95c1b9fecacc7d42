import { stringify } from 'csv-stringify/sync'
import { getT, type Locale } from '~/utils/i18n'
import { listDirectoryForExport } from './queries.server'

/** The public directory as CSV, UTF-8 with BOM so spreadsheet programs show umlauts. */
export function directoryCsv(locale: Locale): string {
  const t = getT(locale)
  const header = [
    'name', 'kind', 'tradition', 'street', 'postal_code', 'city', 'municipality', 'languages', 'accessibility',
    'contact_name', 'contact_email', 'contact_phone', 'website', 'networks', 'last_confirmed', 'url',
  ].map((key) => t(`organisations.csv.${key}`))
  const rows = listDirectoryForExport().map((o) => [
    o.name,
    t(`organisations.kinds.${o.kind}`),
    o.tradition ? t(`traditions.${o.tradition}`) : '',
    o.street ?? '',
    o.postalCode ?? '',
    o.city ?? '',
    o.municipalityName ?? '',
    o.languages.join(', '),
    o.accessibility.map((feature) => t(`organisations.accessibility.${feature}`)).join(', '),
    o.contactName ?? '',
    o.contactEmail ?? '',
    o.contactPhone ?? '',
    o.website ?? '',
    o.networkNames.join('; '),
    o.lastConfirmedAt ? new Date(o.lastConfirmedAt).toISOString().slice(0, 10) : '',
    `/organisations/${o.slug}`,
  ])
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' })
}
