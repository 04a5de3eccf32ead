/**
 * NAPAS BINs of the banks a shop in Việt Nam is likely to hold its account with, looked up
 * by the bank name the payment provider is configured with (BANK_TRANSFER_BANK_NAME).
 * Source: NAPAS's VietQR member list.
 */
const BANK_BINS: Record<string, string> = {
  vietcombank: "970436",
  vcb: "970436",
  vietinbank: "970415",
  bidv: "970418",
  agribank: "970405",
  techcombank: "970407",
  mbbank: "970422",
  mb: "970422",
  acb: "970416",
  vpbank: "970432",
  tpbank: "970423",
  sacombank: "970403",
  hdbank: "970437",
  vib: "970441",
  shb: "970443",
  seabank: "970440",
  ocb: "970448",
  msb: "970426",
  eximbank: "970431",
}

/** "Vietcombank", "MB Bank", "Ngân hàng VietinBank" → the BIN; undefined when unknown (no QR then, the account still shows). */
export function bankBinOf(bankName: string | undefined | null): string | undefined {
  if (!bankName) return undefined
  const words = bankName.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
  const compact = words.replace(/[^a-z0-9]/g, "")
  if (BANK_BINS[compact]) return BANK_BINS[compact]
  const named = Object.keys(BANK_BINS)
    .filter((key) => key.length > 2)
    .find((key) => compact.includes(key))
  if (named) return BANK_BINS[named]
  return words.split(/[^a-z0-9]+/).map((word) => BANK_BINS[word]).find(Boolean)
}
