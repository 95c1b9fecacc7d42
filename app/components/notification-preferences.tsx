import { useTranslation } from 'react-i18next'

export type PreferenceRow = { networkId: string; name: string; frequency: 'immediate' | 'weekly' | 'monthly' | 'none' }

const FREQUENCIES = ['immediate', 'weekly', 'monthly', 'none'] as const

/** One labelled choice per network; the field names are `network.<id>` (see preferencesFromForm). */
export function NetworkPreferenceFields({ rows }: { rows: PreferenceRow[] }) {
  const { t } = useTranslation()
  return (
    <>
      {rows.map((row) => (
        <div className="field" key={row.networkId}>
          <label htmlFor={`network-${row.networkId}`}>{row.name}</label>
          <select id={`network-${row.networkId}`} name={`network.${row.networkId}`} defaultValue={row.frequency}>
            {FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`mail.frequency.${frequency}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  )
}
