import type { InputHTMLAttributes, ReactNode } from "react"
import styles from "./account.module.css"

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  name: string
  label: ReactNode
  hint?: ReactNode
  /** The form's error sentence belongs to this field: mark it invalid and point to the sentence. */
  invalid?: boolean
  errorId?: string
}

/** A labelled input with its hint; the hint and a field's error are read out with it. */
export function Field({ name, label, hint, invalid, errorId, ...input }: FieldProps) {
  const id = `field-${name}`
  const describedBy = [hint ? `${id}-hint` : null, invalid && errorId ? errorId : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
