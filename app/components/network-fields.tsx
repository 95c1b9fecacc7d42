import type { FieldMetadata } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextField } from '~/components/form'
import { TextAreaField } from '~/components/organisation-profile-fields'

type Field = FieldMetadata<string | undefined>

export function NetworkFields({ fields }: { fields: Record<'name' | 'scope' | 'description' | 'districtRole', FieldMetadata<unknown>> }) {
  const { t } = useTranslation()
  return (
    <>
      <TextField field={fields.name as Field} label={t('networks.fields.name')} />
      <SelectField field={fields.scope as Field} label={t('networks.scope')}>
        <option value="regional">{t('networks.scopes.regional')}</option>
        <option value="supra-regional">{t('networks.scopes.supra-regional')}</option>
      </SelectField>
      <TextField field={fields.districtRole as Field} label={t('networks.district_role')} />
      <TextAreaField field={fields.description as Field} label={t('networks.fields.description')} />
    </>
  )
}
