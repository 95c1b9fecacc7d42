/**
 * The value lists of the schema's enumerations, without drizzle: forms, filters and pages in the browser import
 * them from here, so the client bundle carries no table definitions (db/schema/<area>.ts re-export them).
 */

export const EVENT_KINDS = [
  'dialogue-round',
  'open-house',
  'interreligious-prayer',
  'talk',
  'shared-meal',
  'network-meeting',
  'festival',
  'excursion',
  'other',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export const EVENT_VISIBILITIES = ['public', 'network', 'invited'] as const
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number]
export const EVENT_STATUSES = ['draft', 'submitted', 'published', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]
export const FOOD_OPTIONS = ['halal', 'kosher', 'vegetarian', 'vegan', 'alcohol-free'] as const
export type FoodOption = (typeof FOOD_OPTIONS)[number]
export const ACCESSIBILITY_OPTIONS = [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
  'easy-language',
  'quiet-room',
  'childcare',
] as const
export type AccessibilityOption = (typeof ACCESSIBILITY_OPTIONS)[number]

export const ORGANISATION_KINDS = [
  'faith-community',
  'migrant-organisation',
  'welfare-association',
  'public-body',
  'education',
  'initiative',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]
/** The religious traditions, in the order used for sorting; the observance calendar adds public and school holidays. */
export const RELIGIOUS_TRADITIONS = [
  'jewish',
  'islamic',
  'christian-western',
  'christian-orthodox',
  'alevi',
  'yazidi',
  'bahai',
  'hindu',
  'buddhist',
  'sikh',
] as const
/** Traditions use the observance calendar's vocabulary, so conflicts can name who is affected. */
export const ORGANISATION_TRADITIONS = [...RELIGIOUS_TRADITIONS, 'interreligious'] as const
export type OrganisationTradition = (typeof ORGANISATION_TRADITIONS)[number]

export const NETWORK_SCOPES = ['regional', 'supra-regional'] as const
export type NetworkScope = (typeof NETWORK_SCOPES)[number]
export const NETWORK_MEMBERSHIP_ROLES = ['member', 'coordinating', 'observer'] as const
