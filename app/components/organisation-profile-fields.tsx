import { getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { FieldErrors, SelectField, TextField } from '~/components/form'
import { ACCESSIBILITY_FEATURES } from '~/domain/organisations/schema'
import { ORGANISATION_KINDS, ORGANISATION_TRADITIONS } from '../../db/schema/values'

type Field = FieldMetadata<string | undefined>
type ProfileFields = Record<
  | 'name'
  | 'kind'
  | 'tradition'
  | 'municipalityId'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'website'
  | 'languages'
  | 'accessibility'
  | 'accessibilityNotes'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'description',
  FieldMetadata<unknown>
>

export function TextAreaField({ field, label, rows = 5 }: { field: Field; label: string; rows?: number }) {
  const { key, ...props } = getTextareaProps(field)
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <textarea key={key} {...props} rows={rows} aria-describedby={field.errors?.length ? field.errorId : undefined} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

/** The public profile of an organisation, shared by the edit page and the application form. */
export function OrganisationProfileFields({
  fields,
  municipalities,
}: {
  fields: ProfileFields
  municipalities: { id: string; name: string; kind: string }[]
}) {
  const { t } = useTranslation()
  const f = (name: keyof ProfileFields) => fields[name] as Field
  const initial = fields.accessibility.initialValue
  const checked = new Set(Array.isArray(initial) ? initial : initial ? [initial] : [])
  return (
    <>
      <TextField field={f('name')} label={t('organisations.fields.name')} />
      <SelectField field={f('kind')} label={t('organisations.fields.kind')}>
        {ORGANISATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`organisations.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField field={f('tradition')} label={t('organisations.fields.tradition')}>
        <option value="">{t('organisations.no_tradition')}</option>
        {ORGANISATION_TRADITIONS.map((tradition) => (
          <option key={tradition} value={tradition}>
            {t(`traditions.${tradition}`)}
          </option>
        ))}
      </SelectField>
      <TextField field={f('street')} label={t('organisations.fields.street')} autoComplete="street-address" />
      <TextField field={f('postalCode')} label={t('organisations.fields.postal_code')} autoComplete="postal-code" />
      <TextField field={f('city')} label={t('organisations.fields.city')} autoComplete="address-level2" />
      <SelectField field={f('municipalityId')} label={t('organisations.fields.municipality')}>
        <option value="">{t('organisations.no_municipality')}</option>
        {municipalities
          .filter((place) => place.kind !== 'samtgemeinde')
          .map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
      </SelectField>
      <TextField field={f('languages')} label={t('organisations.fields.languages')} hint={t('organisations.languages_hint')} />
      <fieldset className="field">
        <legend>{t('organisations.fields.accessibility')}</legend>
        {ACCESSIBILITY_FEATURES.map((feature) => (
          <label key={feature} className="checkbox">
            <input type="checkbox" name={fields.accessibility.name} value={feature} defaultChecked={checked.has(feature)} />{' '}
            {t(`organisations.accessibility.${feature}`)}
          </label>
        ))}
        <FieldErrors id={fields.accessibility.errorId} errors={fields.accessibility.errors} />
      </fieldset>
      <TextAreaField field={f('accessibilityNotes')} label={t('organisations.fields.accessibility_notes')} rows={2} />
      <TextField field={f('contactName')} label={t('organisations.fields.contact_name')} />
      <TextField field={f('contactEmail')} label={t('organisations.fields.contact_email')} type="email" />
      <TextField field={f('contactPhone')} label={t('organisations.fields.contact_phone')} type="tel" />
      <TextField field={f('website')} label={t('organisations.fields.website')} type="url" hint={t('organisations.website_hint')} />
      <TextAreaField field={f('description')} label={t('organisations.fields.description')} />
    </>
  )
}
