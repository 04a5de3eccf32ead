/**
 * The shop's contact details and showrooms as customers read them. The showrooms mirror the
 * seed's stock locations (medusa-backend/src/seed/locations.ts: name, address, phone; pick-up
 * counters open 8:00–21:00); change both together.
 */
export type Showroom = {
  key: "hcm" | "hn"
  name: { vi: string; en: string }
  address: string
  city: string
  phone: string
  openingHours: string
}

export const SHOWROOMS: Showroom[] = [
  {
    key: "hcm",
    name: { vi: "Showroom TP. Hồ Chí Minh", en: "Ho Chi Minh City showroom" },
    address: "268 Đường 3 Tháng 2, Phường 12, Quận 10",
    city: "TP. Hồ Chí Minh",
    phone: "028 3862 6868",
    openingHours: "8:00–21:00",
  },
  {
    key: "hn",
    name: { vi: "Showroom Hà Nội", en: "Hanoi showroom" },
    address: "86 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng",
    city: "Hà Nội",
    phone: "024 3943 6868",
    openingHours: "8:00–21:00",
  },
]

/**
 * Sales hotline and Zalo link, public by nature (NEXT_PUBLIC_, so the client error page shows
 * them too); `NEXT_PUBLIC_SHOP_HOTLINE` and `NEXT_PUBLIC_SHOP_ZALO_URL` override the defaults.
 */
export const HOTLINE = process.env.NEXT_PUBLIC_SHOP_HOTLINE || SHOWROOMS[0].phone
export const ZALO_URL = process.env.NEXT_PUBLIC_SHOP_ZALO_URL || `https://zalo.me/${HOTLINE.replace(/\D/g, "")}`

/** `tel:` link for a Vietnamese number as written on the site ("028 3862 6868" → "tel:02838626868"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`

export const mapUrl = (showroom: Showroom) =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${showroom.address}, ${showroom.city}`)}`

/** Policy pages at `/chinh-sach/<slug>`; their text comes from the CMS's `pages` collection. */
export const POLICY_SLUGS = ["bao-hanh", "doi-tra", "van-chuyen", "thanh-toan", "bao-mat"] as const
export type PolicySlug = (typeof POLICY_SLUGS)[number]
