import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { formatAddressLine } from "@/lib/vietnam/address"
import { joinVietnameseName } from "@/lib/util/vietnamese-name"
import { StatusBadge } from "./status-badge"
import styles from "./account.module.css"

/** A saved address as the courier reads it: name, phone, street, ward, province. */
export async function AddressCard({ address, children }: { address: HttpTypes.StoreCustomerAddress; children?: React.ReactNode }) {
  const t = await getTranslations("account.addresses")
  return (
    <div className={styles.card} data-testid="address-card">
      <p className={styles.cardTitle}>
        {joinVietnameseName(address)}
        {address.is_default_shipping ? <StatusBadge tone="success">{t("default")}</StatusBadge> : null}
      </p>
      {address.phone ? <p>{address.phone}</p> : null}
      {address.company ? <p>{address.company}</p> : null}
      <p>{formatAddressLine(address)}</p>
      {children}
    </div>
  )
}
