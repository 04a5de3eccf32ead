"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import { saveAddress, type CheckoutFormState } from "@/lib/actions/checkout"
import { FieldError, invalid } from "./field-error"
import styles from "./checkout.module.css"

type Unit = { code: string; name: string }
export type SavedAddress = { id: string; label: string }
export type AddressDefaults = { provinceCode: string; wardCode: string; street: string }

/**
 * Step 2: province → ward on the 2025 administrative units, then the street. The 34
 * provinces come with the page; a province's wards load from `/api/dia-chi/<code>` when it
 * is chosen (the page already carries the wards of the province on the cart).
 */
export function AddressForm({
  provinces,
  initialWards,
  defaults,
  savedAddresses,
}: {
  provinces: Unit[]
  initialWards: Unit[]
  defaults: AddressDefaults
  savedAddresses: SavedAddress[]
}) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(saveAddress, null)
  const [provinceCode, setProvinceCode] = useState(defaults.provinceCode)
  const [wards, setWards] = useState<Unit[]>(initialWards)
  const [loadedFor, setLoadedFor] = useState(defaults.provinceCode)
  const [loadFailed, setLoadFailed] = useState(false)
  const [savedId, setSavedId] = useState("")

  useEffect(() => {
    if (!provinceCode || provinceCode === loadedFor) return
    const controller = new AbortController()
    setLoadFailed(false)
    fetch(`/api/dia-chi/${provinceCode}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { wards: Unit[] }) => {
        setWards(body.wards)
        setLoadedFor(provinceCode)
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") setLoadFailed(true)
      })
    return () => controller.abort()
  }, [provinceCode, loadedFor])

  const loading = Boolean(provinceCode) && provinceCode !== loadedFor && !loadFailed
  const manual = savedId === ""

  return (
    <form action={action} className={styles.form} noValidate>
      {savedAddresses.length > 0 && (
        <fieldset className={styles.choices}>
          <legend>{t("address.saved")}</legend>
          {savedAddresses.map((address) => (
            <label key={address.id} className={styles.choice}>
              <input type="radio" name="savedAddressId" value={address.id} checked={savedId === address.id} onChange={() => setSavedId(address.id)} />
              <span>{address.label}</span>
            </label>
          ))}
          <label className={styles.choice}>
            <input type="radio" name="savedAddressId" value="" checked={manual} onChange={() => setSavedId("")} />
            <span>{t("address.new")}</span>
          </label>
        </fieldset>
      )}
      <div className={styles.field} hidden={!manual}>
        <label htmlFor="checkout-province">{t("address.province")}</label>
        <select
          id="checkout-province"
          name="province"
          required={manual}
          value={provinceCode}
          onChange={(event) => setProvinceCode(event.target.value)}
          aria-invalid={invalid(state, "province")}
          aria-describedby="checkout-province-error"
        >
          <option value="">{t("address.chooseProvince")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>{province.name}</option>
          ))}
        </select>
        <FieldError state={state} field="province" id="checkout-province-error" />
      </div>
      <div className={styles.field} hidden={!manual}>
        <label htmlFor="checkout-ward">{t("address.ward")}</label>
        <select
          key={loadedFor}
          id="checkout-ward"
          name="ward"
          required={manual}
          defaultValue={loadedFor === defaults.provinceCode ? defaults.wardCode : ""}
          disabled={!provinceCode || loading}
          aria-invalid={invalid(state, "ward")}
          aria-describedby="checkout-ward-status checkout-ward-error"
        >
          <option value="">{loading ? t("address.loadingWards") : t("address.chooseWard")}</option>
          {provinceCode === loadedFor && wards.map((ward) => (
            <option key={ward.code} value={ward.code}>{ward.name}</option>
          ))}
        </select>
        <p id="checkout-ward-status" className="muted" aria-live="polite">
          {loadFailed ? t("address.wardsFailed") : !provinceCode ? t("address.provinceFirst") : null}
        </p>
        <FieldError state={state} field="ward" id="checkout-ward-error" />
      </div>
      <div className={styles.field} hidden={!manual}>
        <label htmlFor="checkout-street">{t("address.street")}</label>
        <input id="checkout-street" name="street" autoComplete="address-line1" required={manual} defaultValue={state?.values?.street ?? defaults.street} placeholder={t("address.streetPlaceholder")} aria-invalid={invalid(state, "street")} aria-describedby="checkout-street-error" />
        <FieldError state={state} field="street" id="checkout-street-error" />
      </div>
      <FieldError state={state} field="form" id="checkout-address-error" />
      <button type="submit" className="button button--primary" disabled={pending}>{t("continue")}</button>
    </form>
  )
}
