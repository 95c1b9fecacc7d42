/**
 * UI strings, one file per area and language (German is the source language).
 * Each area owns its top-level keys; an area may add `errors.<area>` and `flash.<key>` entries,
 * which are merged deeply. A new area adds one import per language here.
 */
import deAdmin from './de/admin.json'
import deAuth from './de/auth.json'
import deCalendar from './de/calendar.json'
import deCommon from './de/common.json'
import deEmail from './de/email.json'
import deEvents from './de/events.json'
import deHome from './de/home.json'
import deMail from './de/mail.json'
import deNetworks from './de/networks.json'
import deObservances from './de/observances.json'
import deOrganisations from './de/organisations.json'
import deRequests from './de/requests.json'
import deRsvps from './de/rsvps.json'
import deRounds from './de/rounds.json'
import deStatements from './de/statements.json'
import enAdmin from './en/admin.json'
import enAuth from './en/auth.json'
import enCalendar from './en/calendar.json'
import enCommon from './en/common.json'
import enEmail from './en/email.json'
import enEvents from './en/events.json'
import enHome from './en/home.json'
import enMail from './en/mail.json'
import enNetworks from './en/networks.json'
import enObservances from './en/observances.json'
import enOrganisations from './en/organisations.json'
import enRequests from './en/requests.json'
import enRsvps from './en/rsvps.json'
import enRounds from './en/rounds.json'
import enStatements from './en/statements.json'

type Tree = { [key: string]: unknown }

export function mergeDeep(...parts: Tree[]): Tree {
  const result: Tree = {}
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key]
      const bothObjects =
        typeof existing === 'object' && existing !== null && !Array.isArray(existing) && typeof value === 'object' && value !== null && !Array.isArray(value)
      result[key] = bothObjects ? mergeDeep(existing as Tree, value as Tree) : value
    }
  }
  return result
}

export const de = mergeDeep(
  deCommon,
  deHome,
  deAuth,
  deAdmin,
  deEvents,
  deObservances,
  deNetworks,
  deOrganisations,
  deEmail,
  deCalendar,
  deMail,
  deRsvps,
  deRounds,
  deStatements,
  deRequests,
)
export const en = mergeDeep(
  enCommon,
  enHome,
  enAuth,
  enAdmin,
  enEvents,
  enObservances,
  enNetworks,
  enOrganisations,
  enEmail,
  enCalendar,
  enMail,
  enRsvps,
  enRounds,
  enStatements,
  enRequests,
)
