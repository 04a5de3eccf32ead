"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { saveAddress, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import { ProvinceWardFields } from "./province-ward-fields"
import styles from "./account.module.css"

export type AddressFormValues = {
  id?: string
  fullName: string
  phone: string
  province: string
  ward: string
  street: string
  company: string
  isDefault: boolean
}

export function AddressForm({ address, provinces }: { address: AddressFormValues; provinces: { code: string; name: string }[] }) {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(saveAddress, { status: "idle" } as AccountFormState)
  const values = { ...address, ...(state.values ?? {}) }
  const round = JSON.stringify(state.values ?? {})
  const errorId = "address-status"
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {address.id ? <input type="hidden" name="addressId" value={address.id} /> : null}
      <FormStatus state={state} id={errorId} />
      <Field
        key={`name-${round}`}
        name="fullName"
        label={t("fields.fullName")}
        autoComplete="shipping name"
        required
        defaultValue={values.fullName}
        invalid={state.field === "fullName"}
        errorId={errorId}
      />
      <Field
        key={`phone-${round}`}
        name="phone"
        type="tel"
        inputMode="tel"
        label={t("fields.phone")}
        hint={t("fields.phoneHint")}
        autoComplete="shipping tel-national"
        required
        defaultValue={values.phone}
        invalid={state.field === "phone"}
        errorId={errorId}
      />
      <ProvinceWardFields
        key={`area-${round}`}
        provinces={provinces}
        provinceCode={values.province}
        wardCode={values.ward}
        invalidField={state.field}
        errorId={errorId}
      />
      <Field
        key={`street-${round}`}
        name="street"
        label={t("addresses.street")}
        hint={t("addresses.streetHint")}
        autoComplete="shipping address-line1"
        required
        defaultValue={values.street}
        invalid={state.field === "street"}
        errorId={errorId}
      />
      <Field
        key={`company-${round}`}
        name="company"
        label={
          <>
            {t("addresses.company")} <span className={styles.optional}>{t("fields.optional")}</span>
          </>
        }
        autoComplete="shipping organization"
        defaultValue={values.company}
      />
      <label className={styles.checkbox}>
        <input type="checkbox" name="is_default_shipping" defaultChecked={address.isDefault} />
        {t("addresses.makeDefault")}
      </label>
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
          {pending ? t("addresses.saving") : t("addresses.save")}
        </button>
        <Link href="/tai-khoan/dia-chi" className={styles.secondary}>
          {t("addresses.cancel")}
        </Link>
      </div>
    </form>
  )
}
