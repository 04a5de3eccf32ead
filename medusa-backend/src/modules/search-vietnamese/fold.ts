/**
 * Vietnamese text as a shopper types it on a phone: no diacritics, lower case, single
 * spaces ("Loa kéo  JBL" → "loa keo jbl"). `đ` is a letter of its own in Unicode, not
 * d + a mark, so NFD alone keeps it.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
