/** A Vietnamese phone number once spaces, dots and dashes are gone: 0 or +84, then 9 digits (10 for old landlines). */
export const VIETNAMESE_PHONE = /^(?:\+?84|0)(?:[35789]\d{8}|2\d{9})$/

export const normalizePhone = (value: string) => value.replace(/[\s.-]/g, "")

export const isVietnamesePhone = (value: string) => VIETNAMESE_PHONE.test(normalizePhone(value))
