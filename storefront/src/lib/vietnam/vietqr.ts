/**
 * VietQR: the NAPAS profile of the EMVCo merchant-presented QR code that every Vietnamese
 * banking app reads. A payload is a string of TLV fields (two-digit id, two-digit length,
 * value), closed by field 63 holding the CRC-16/CCITT-FALSE of everything before it.
 */

/** NAPAS's application id in field 38.00. */
const NAPAS_GUID = "A000000727"
/** "Transfer to an account" (QRIBFTTC would be to a card number). */
const SERVICE_TRANSFER_TO_ACCOUNT = "QRIBFTTA"
const CURRENCY_VND = "704"
const COUNTRY_VN = "VN"
/** Room left for a transfer note: banks cut or refuse longer ones. */
export const MAX_TRANSFER_NOTE_LENGTH = 25

/** One EMVCo field: id, length in two digits, value. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new Error(`EMVCo field id must be two digits, got "${id}"`)
  if (value.length > 99) throw new Error(`EMVCo field ${id} is ${value.length} characters long; 99 is the most`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection), as four upper-case hex digits. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/**
 * A transfer note every bank accepts: Vietnamese letters without their marks, only letters,
 * digits and spaces, at most 25 characters ("Đơn hàng #1042" → "Don hang 1042").
 */
export function sanitizeTransferNote(note: string): string {
  return note
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_TRANSFER_NOTE_LENGTH)
    .trim()
}

export type VietQrTransfer = {
  /** The bank's six-digit NAPAS BIN (Vietcombank 970436). */
  bankBin: string
  accountNumber: string
  /** Whole đồng; leave out for a static code where the payer types the amount. */
  amount?: number
  /** Transfer note, e.g. the order code. */
  note?: string
}

/** The VietQR payload for a transfer to `accountNumber` at `bankBin`, with the amount and note filled in. */
export function buildVietQrPayload({ bankBin, accountNumber, amount, note }: VietQrTransfer): string {
  if (!/^\d{6}$/.test(bankBin)) throw new Error(`VietQR needs the bank's six-digit BIN, got "${bankBin}"`)
  if (!/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) throw new Error(`VietQR account number must be 1–19 letters or digits, got "${accountNumber}"`)
  if (amount !== undefined && (!Number.isInteger(amount) || amount <= 0)) throw new Error(`VietQR amount must be a positive whole number of đồng, got ${amount}`)
  const dynamic = amount !== undefined
  const beneficiary = tlv("00", bankBin) + tlv("01", accountNumber)
  const merchantAccount = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TRANSFER_TO_ACCOUNT)
  const cleanNote = note ? sanitizeTransferNote(note) : ""
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", merchantAccount) +
    tlv("53", CURRENCY_VND) +
    (dynamic ? tlv("54", String(amount)) : "") +
    tlv("58", COUNTRY_VN) +
    (cleanNote ? tlv("62", tlv("08", cleanNote)) : "") +
    "6304"
  return body + crc16CcittFalse(body)
}

/** The note a customer writes on the transfer for order #1042, so staff match the money to it. */
export const orderTransferNote = (displayId: number | string) => `DH${displayId} AUDIO TAI LOC`
