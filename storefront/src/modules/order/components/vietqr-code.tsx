import QRCode from "qrcode"
import { buildVietQrPayload, type VietQrTransfer } from "@/lib/vietnam/vietqr"
import styles from "./order.module.css"

/**
 * The VietQR code as inline SVG, drawn on the server (no script, no image request). Banking
 * apps fill in the account, amount and note from it.
 */
export async function VietQrCode({ transfer, label }: { transfer: VietQrTransfer; label: string }) {
  const payload = buildVietQrPayload(transfer)
  const svg = await QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } })
  return (
    <figure className={styles.qr} data-testid="vietqr" data-payload={payload}>
      <div role="img" aria-label={label} className={styles.qrImage} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{label}</figcaption>
    </figure>
  )
}
