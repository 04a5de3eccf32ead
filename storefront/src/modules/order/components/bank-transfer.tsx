import { getTranslations } from "next-intl/server"
import { formatPrice } from "@/lib/util/money"
import { bankBinOf } from "@/lib/vietnam/banks"
import { orderTransferNote, sanitizeTransferNote } from "@/lib/vietnam/vietqr"
import { VietQrCode } from "./vietqr-code"
import styles from "./order.module.css"

export type BankAccount = { bank_name: string; account_number: string; account_holder: string; branch?: string }

/** The shop's account from a bank-transfer payment session's `data` (medusa-backend offline-payment provider). */
export function bankAccountOf(data: Record<string, unknown> | null | undefined): BankAccount | undefined {
  const account = data?.bank_account as Partial<BankAccount> | undefined
  return account?.bank_name && account.account_number && account.account_holder ? (account as BankAccount) : undefined
}

/**
 * The shop's account and, once the order exists, the amount, the transfer note (the order
 * code) and a VietQR code carrying all three.
 */
export async function BankTransfer({
  account,
  amount,
  currencyCode,
  displayId,
}: {
  account: BankAccount
  amount: number
  currencyCode: string
  displayId?: number
}) {
  const t = await getTranslations("order.bank")
  const note = displayId !== undefined ? sanitizeTransferNote(orderTransferNote(displayId)) : undefined
  const bankBin = bankBinOf(account.bank_name)
  return (
    <div className={styles.bankTransfer} data-testid="bank-transfer">
      <dl className={styles.bank}>
        <dt>{t("bank")}</dt>
        <dd>{account.bank_name}{account.branch ? ` – ${account.branch}` : ""}</dd>
        <dt>{t("accountNumber")}</dt>
        <dd>{account.account_number}</dd>
        <dt>{t("accountHolder")}</dt>
        <dd>{account.account_holder}</dd>
        <dt>{t("amount")}</dt>
        <dd>{formatPrice(amount, currencyCode)}</dd>
        {note && (
          <>
            <dt>{t("note")}</dt>
            <dd data-testid="transfer-note">{note}</dd>
          </>
        )}
      </dl>
      {note && bankBin ? (
        <VietQrCode transfer={{ bankBin, accountNumber: account.account_number, amount: Math.round(amount), note }} label={t("qrLabel")} />
      ) : (
        !note && <p className="muted">{t("qrAfterOrder")}</p>
      )}
    </div>
  )
}
