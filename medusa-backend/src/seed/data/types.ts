import type { SpecificationInput } from "../../modules/product-specification/service"

/** What the seed knows about one product; the catalog files are lists of these. */
export type ProductSeed = {
  handle: string
  title: string
  subtitle?: string
  description: string
  brand: string
  categories: string[]
  tags?: string[]
  /** Drawing used for the product's picture, see seed/images. */
  picture: "speaker" | "karaoke-speaker" | "subwoofer" | "portable" | "amplifier" | "receiver" | "mixer" | "microphone" | "wireless-microphone" | "karaoke-set" | "cable" | "stand"
  origin_country?: string
  specification: Omit<SpecificationInput, "product_id">
  /** Omitted for a product sold in one version only. */
  options?: { title: string; values: string[] }[]
  variants: VariantSeed[]
}

export type VariantSeed = {
  sku: string
  title: string
  price: number
  options?: Record<string, string>
  /** Units in the Hồ Chí Minh and Hà Nội showrooms. */
  stock: [number, number]
}

export type CategorySeed = {
  handle: string
  name: string
  description: string
  children?: CategorySeed[]
}

export type BrandSeed = { handle: string; title: string; country: string }
