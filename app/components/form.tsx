import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Translates the first error of a field; zod messages are translation keys. */
/** A field's errors, translated, under the field (referenced by its aria-describedby). */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <p id={id} className="field-error">
      {errors.map((error) => t(error)).join(' ')}
    </p>
  )
}

type Field = FieldMetadata<string | undefined>

export function TextField({
  field,
  label,
  type = 'text',
  hint,
  autoComplete,
}: {
  field: Field
  label: string
  type?: 'text' | 'email' | 'password' | 'url' | 'tel'
  hint?: string
  autoComplete?: string
}) {
  const hintId = hint ? `${field.id}-hint` : undefined
  const describedBy = [hintId, field.errors?.length ? field.errorId : undefined].filter(Boolean).join(' ') || undefined
  const { key, ...props } = getInputProps(field, { type })
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input key={key} {...props} autoComplete={autoComplete} aria-describedby={describedBy} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

/** A multi-line text field with its label, an optional hint and the translated errors next to it. */
export function TextAreaField({ field, label, hint, rows = 4 }: { field: Field; label: string; hint?: string; rows?: number }) {
  const hintId = hint ? `${field.id}-hint` : undefined
  const describedBy = [hintId, field.errors?.length ? field.errorId : undefined].filter(Boolean).join(' ') || undefined
  const { key, ...props } = getTextareaProps(field)
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea key={key} {...props} rows={rows} aria-describedby={describedBy} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

export function SelectField({ field, label, children }: { field: Field; label: string; children: ReactNode }) {
  const { key, ...props } = getSelectProps(field)
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select key={key} {...props} aria-describedby={field.errors?.length ? field.errorId : undefined}>
        {children}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  )
}

/** A form-level message (wrong password, too many attempts …). */
export function FormError({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <div id={id} className="notice error" role="alert">
      {errors.map((error) => t(error)).join(' ')}
    </div>
  )
}
