/**
 * Types of the intercultural calendar (religious observances, public and
 * school holidays) of the Landkreis Osnabrück.
 *
 * Pure domain module: no React, no I/O, no dependence on the server's time zone.
 */
import { RELIGIOUS_TRADITIONS } from '../../../db/schema/values'

/** Every tradition the calendar knows, in the order used for sorting. */
export const TRADITIONS = [...RELIGIOUS_TRADITIONS, 'public-holiday', 'school-holiday'] as const

export type Tradition = (typeof TRADITIONS)[number]

export const IMPORTANCES = ['high', 'medium', 'low'] as const
export type Importance = (typeof IMPORTANCES)[number]

/** A calendar date written as `YYYY-MM-DD` (no time, no time zone). */
export type IsoDate = string

/** A wall-clock time written as `HH:MM` (Europe/Berlin). */
export type ClockTime = string

export interface LocalizedText {
  de: string
  en: string
}

export interface Observance {
  /** Stable id, e.g. `jewish-yom-kippur-2026`. */
  id: string
  tradition: Tradition
  /** The kind of observance, e.g. `yom-kippur`; the same every year. */
  key: string
  name: LocalizedText
  /** First day, `YYYY-MM-DD`. */
  start: IsoDate
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: IsoDate
  /** The day begins at sunset of the previous day (Jewish, Islamic, Bahá'í …). */
  beginsPreviousEvening: boolean
  /** How many days the real date may differ (moon sighting, differing calendars). */
  uncertaintyDays: number
  /** high: release from work or school is customary; medium: relevant; low: good to know. */
  importance: Importance
  /** One line on what the observance means for planning. */
  note: LocalizedText
  /** Only for observances bound to a time of day (Friday prayer). */
  timeOfDay?: { start: ClockTime; end: ClockTime }
}

export function isTradition(value: unknown): value is Tradition {
  return typeof value === 'string' && (TRADITIONS as readonly string[]).includes(value)
}

export function traditionRank(tradition: Tradition): number {
  return TRADITIONS.indexOf(tradition)
}

export function importanceRank(importance: Importance): number {
  return IMPORTANCES.indexOf(importance)
}
