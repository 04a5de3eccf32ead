import { amplifiers } from "./amplifiers"
import { microphones } from "./microphones"
import { mixers } from "./mixers"
import { accessories, karaokeSets } from "./sets-and-accessories"
import { speakers } from "./speakers"
import type { ProductSeed } from "./types"

export { brands, categories } from "./categories"
export type { BrandSeed, CategorySeed, ProductSeed, VariantSeed } from "./types"

export const products: ProductSeed[] = [...speakers, ...amplifiers, ...mixers, ...microphones, ...karaokeSets, ...accessories]
