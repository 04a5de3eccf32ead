/**
 * Listing filters as they live in the URL, and the search request they become.
 *
 * Every filter, the sort and the page are query parameters with Vietnamese names, so a
 * filtered listing is a link a shopper can share, bookmark or open from Google:
 * `/danh-muc/loa/loa-karaoke?thuong-hieu=jbl&thuong-hieu=bose&cong-suat=300-600w&sap-xep=gia-tang`.
 * Multi-valued filters repeat their parameter (values may contain commas). Links always come
 * out in one canonical order, and any change of filter goes back to page 1.
 */

export const PARAMS = {
  brand: "thuong-hieu",
  power: "cong-suat",
  impedance: "tro-khang",
  connectivity: "ket-noi",
  price: "gia",
  priceMin: "gia-tu",
  priceMax: "gia-den",
  inStock: "con-hang",
  sort: "sap-xep",
  page: "trang",
} as const

export const SORT_KEYS = ["lien-quan", "moi-nhat", "gia-tang", "gia-giam"] as const
export type SortKey = (typeof SORT_KEYS)[number]

/**
 * RMS power bands. `value` is what the product index stores (medusa-backend/src/search/power-band.ts
 * writes these exact labels); `key` is what the URL carries.
 */
export const POWER_BANDS = [
  { key: "duoi-100w", value: "Dưới 100 W" },
  { key: "100-300w", value: "100–300 W" },
  { key: "300-600w", value: "300–600 W" },
  { key: "tu-600w", value: "Từ 600 W" },
] as const
export type PowerBandKey = (typeof POWER_BANDS)[number]["key"]

/** Price bands in đồng, `from` included and `to` excluded, the way shoppers in Việt Nam ask ("2–5 triệu"). */
export const PRICE_BANDS = [
  { key: "duoi-2-trieu", to: 2_000_000 },
  { key: "2-5-trieu", from: 2_000_000, to: 5_000_000 },
  { key: "5-10-trieu", from: 5_000_000, to: 10_000_000 },
  { key: "10-20-trieu", from: 10_000_000, to: 20_000_000 },
  { key: "20-50-trieu", from: 20_000_000, to: 50_000_000 },
  { key: "tren-50-trieu", from: 50_000_000 },
] as const satisfies readonly { key: string; from?: number; to?: number }[]
export type PriceBandKey = (typeof PRICE_BANDS)[number]["key"]

export type ListingFilters = {
  /** Brand (Medusa collection) handles. */
  brands: string[]
  power: PowerBandKey[]
  /** Nominal impedance in ohms. */
  impedance: number[]
  /** Connectors as the specification names them ("Bluetooth", "XLR", "Cọc loa"). */
  connectivity: string[]
  /** One preset band, or a range the shopper typed (both ends included). */
  priceBand?: PriceBandKey
  priceMin?: number
  priceMax?: number
  inStock: boolean
  /** Unset: the page's default (relevance for a search, newest for a listing). */
  sort?: SortKey
  page: number
}

export const EMPTY_FILTERS: ListingFilters = { brands: [], power: [], impedance: [], connectivity: [], inStock: false, page: 1 }

export const MAX_VALUES = 20
export const MAX_PAGE = 500
const HANDLE = /^[a-z0-9][a-z0-9_-]{0,99}$/
const MAX_PRICE = 10_000_000_000

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams

function valuesOf(params: RawSearchParams, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name] ?? []].flat()
  return raw.map((value) => value.trim()).filter(Boolean)
}

const unique = <T,>(values: T[]) => [...new Set(values)].slice(0, MAX_VALUES)

function wholeNumber(value: string | undefined, max: number): number | undefined {
  if (!value || !/^\d{1,12}$/.test(value.replace(/[.\s]/g, ""))) return undefined
  const number = Number(value.replace(/[.\s]/g, ""))
  return number <= max ? number : undefined
}

/** Reads the filters from a page's search params; anything malformed is dropped, never an error. */
export function parseFilters(params: RawSearchParams): ListingFilters {
  const powerKeys = new Set<string>(POWER_BANDS.map((band) => band.key))
  const priceBand = PRICE_BANDS.find((band) => band.key === valuesOf(params, PARAMS.price)[0])?.key
  let priceMin = priceBand ? undefined : wholeNumber(valuesOf(params, PARAMS.priceMin)[0], MAX_PRICE)
  let priceMax = priceBand ? undefined : wholeNumber(valuesOf(params, PARAMS.priceMax)[0], MAX_PRICE)
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  const sort = valuesOf(params, PARAMS.sort)[0]
  const page = wholeNumber(valuesOf(params, PARAMS.page)[0], MAX_PAGE)
  return {
    brands: unique(valuesOf(params, PARAMS.brand).map((value) => value.toLowerCase()).filter((value) => HANDLE.test(value))),
    power: unique(valuesOf(params, PARAMS.power).filter((value): value is PowerBandKey => powerKeys.has(value))),
    impedance: unique(
      valuesOf(params, PARAMS.impedance)
        .map(Number)
        .filter((value) => Number.isFinite(value) && value > 0 && value <= 1000)
    ),
    connectivity: unique(valuesOf(params, PARAMS.connectivity).filter((value) => value.length <= 40)),
    ...(priceBand ? { priceBand } : {}),
    ...(priceMin !== undefined && priceMin > 0 ? { priceMin } : {}),
    ...(priceMax !== undefined ? { priceMax } : {}),
    inStock: ["1", "true"].includes(valuesOf(params, PARAMS.inStock)[0] ?? ""),
    ...(SORT_KEYS.includes(sort as SortKey) ? { sort: sort as SortKey } : {}),
    page: page && page >= 1 ? page : 1,
  }
}

/** The canonical query string (no leading `?`; empty when nothing is set). */
export function filtersToQuery(filters: ListingFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(extra)) if (value) params.append(name, value)
  for (const brand of [...filters.brands].sort()) params.append(PARAMS.brand, brand)
  for (const band of POWER_BANDS) if (filters.power.includes(band.key)) params.append(PARAMS.power, band.key)
  for (const ohm of [...filters.impedance].sort((a, b) => a - b)) params.append(PARAMS.impedance, String(ohm))
  for (const connector of [...filters.connectivity].sort()) params.append(PARAMS.connectivity, connector)
  if (filters.priceBand) params.append(PARAMS.price, filters.priceBand)
  else {
    if (filters.priceMin !== undefined) params.append(PARAMS.priceMin, String(filters.priceMin))
    if (filters.priceMax !== undefined) params.append(PARAMS.priceMax, String(filters.priceMax))
  }
  if (filters.inStock) params.append(PARAMS.inStock, "1")
  if (filters.sort) params.append(PARAMS.sort, filters.sort)
  if (filters.page > 1) params.append(PARAMS.page, String(filters.page))
  return params.toString()
}

/** `pathname?query`, or the bare pathname when no filter is set. */
export function listingHref(pathname: string, filters: ListingFilters, extra: Record<string, string | undefined> = {}) {
  const query = filtersToQuery(filters, extra)
  return query ? `${pathname}?${query}` : pathname
}

type MultiKey = "brands" | "power" | "impedance" | "connectivity"
type ValueOf<K extends MultiKey> = ListingFilters[K][number]

/** Adds the value when absent, removes it when present; back to page 1. */
export function toggleValue<K extends MultiKey>(filters: ListingFilters, key: K, value: ValueOf<K>): ListingFilters {
  const current = filters[key] as ValueOf<K>[]
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value]
  return { ...filters, [key]: next, page: 1 }
}

/** Selects a price band, or clears it when it is the one selected. */
export function togglePriceBand(filters: ListingFilters, band: PriceBandKey): ListingFilters {
  const { priceBand, priceMin: _min, priceMax: _max, ...rest } = filters
  return { ...rest, ...(priceBand === band ? {} : { priceBand: band }), page: 1 }
}

export function withoutPrice(filters: ListingFilters): ListingFilters {
  const { priceBand: _band, priceMin: _min, priceMax: _max, ...rest } = filters
  return { ...rest, page: 1 }
}

export const toggleInStock = (filters: ListingFilters): ListingFilters => ({ ...filters, inStock: !filters.inStock, page: 1 })

/** A new sort starts at page 1; the page's default sort is left out of the URL. */
export function withSort(filters: ListingFilters, sort: SortKey, defaultSort: SortKey): ListingFilters {
  const { sort: _sort, ...rest } = filters
  return { ...rest, ...(sort === defaultSort ? {} : { sort }), page: 1 }
}

export const withPage = (filters: ListingFilters, page: number): ListingFilters => ({ ...filters, page: Math.max(1, Math.min(MAX_PAGE, page)) })

/** Every filter off; the sort stays, since it is not a filter. */
export const clearFilters = (filters: ListingFilters): ListingFilters => ({ ...EMPTY_FILTERS, ...(filters.sort ? { sort: filters.sort } : {}) })

export const hasFilters = (filters: ListingFilters) =>
  filters.brands.length + filters.power.length + filters.impedance.length + filters.connectivity.length > 0 ||
  filters.inStock ||
  filters.priceBand !== undefined ||
  filters.priceMin !== undefined ||
  filters.priceMax !== undefined

/** Pages 1 … last around the current one, with gaps as null: [1, null, 4, 5, 6, null, 12]. */
export function pageWindow(current: number, last: number, around = 1): (number | null)[] {
  const pages: (number | null)[] = []
  for (let page = 1; page <= last; page++) {
    if (page === 1 || page === last || Math.abs(page - current) <= around) pages.push(page)
    else if (pages[pages.length - 1] !== null) pages.push(null)
  }
  return pages
}

// ---------------------------------------------------------------------------------------
// The request to the shop's search API (`POST /store/search`, medusa-backend/src/search/product.ts)

/** What the listing is narrowed to before the shopper's filters: a category tree, a brand, a query. */
export type ListingScope = { q?: string; categoryHandles?: string[]; brandHandle?: string }

export const SEARCH_FIELDS = ["id", "handle", "title", "thumbnail", "brand", "brand_handle", "price", "original_price", "in_stock"] as const

export const FACET_FIELDS = { brand: "brand", power: "power_band", impedance: "impedance_ohm", connectivity: "connectivity", inStock: "in_stock", price: "price" } as const

export type SearchRequest = {
  entity: "product"
  fields: string[]
  filters: Record<string, unknown>
  pagination: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
  search_options: { disjunctive_facets: boolean; facets: unknown[]; match_strategy?: "all" | "any" | "last" }
}

const ORDER: Record<SortKey, Record<string, "ASC" | "DESC"> | undefined> = {
  "lien-quan": undefined,
  "moi-nhat": { created_at: "DESC" },
  "gia-tang": { price: "ASC" },
  "gia-giam": { price: "DESC" },
}

/**
 * The search body for a listing page. Brands filter by name because the index facets by
 * name, and disjunctive facets then count every brand as if its own filter were off (the
 * "JBL (12) · Bose (2)" a shopper expects while JBL is ticked). `brandNames` maps handles
 * to those names. The index sorts and pages, so a price sort is over the whole result,
 * never over one page in memory.
 */
export function buildSearchRequest(
  filters: ListingFilters,
  scope: ListingScope,
  options: { pageSize: number; defaultSort: SortKey; brandNames: Map<string, string> }
): SearchRequest {
  const where: Record<string, unknown> = {}
  if (scope.q) where.q = scope.q
  if (scope.categoryHandles?.length) where.category_handles = { $in: scope.categoryHandles }
  if (scope.brandHandle) where.brand_handle = scope.brandHandle
  if (filters.brands.length) {
    where.brand = { $in: filters.brands.map((handle) => options.brandNames.get(handle) ?? handle) }
  }
  if (filters.power.length) {
    where.power_band = { $in: POWER_BANDS.filter((band) => filters.power.includes(band.key)).map((band) => band.value) }
  }
  if (filters.impedance.length) where.impedance_ohm = { $in: filters.impedance }
  if (filters.connectivity.length) where.connectivity = { $overlaps: filters.connectivity }
  const price = priceCondition(filters)
  if (price) where.price = price
  if (filters.inStock) where.in_stock = true

  const sort = filters.sort ?? options.defaultSort
  const order = ORDER[sort === "lien-quan" && !scope.q ? "moi-nhat" : sort]
  return {
    entity: "product",
    fields: [...SEARCH_FIELDS],
    filters: where,
    pagination: { skip: (filters.page - 1) * options.pageSize, take: options.pageSize, ...(order ? { order } : {}) },
    search_options: {
      disjunctive_facets: true,
      facets: [
        ...(scope.brandHandle ? [] : [{ field: FACET_FIELDS.brand, limit: 30 }]),
        FACET_FIELDS.power,
        { field: FACET_FIELDS.impedance, limit: 20 },
        { field: FACET_FIELDS.connectivity, limit: 30 },
        FACET_FIELDS.inStock,
        {
          field: FACET_FIELDS.price,
          type: "range",
          ranges: PRICE_BANDS.map((band) => ({ key: band.key, ...("from" in band ? { from: band.from } : {}), ...("to" in band ? { to: band.to } : {}) })),
        },
      ],
    },
  }
}

function priceCondition(filters: ListingFilters): Record<string, number> | undefined {
  if (filters.priceBand) {
    const band: { from?: number; to?: number } = PRICE_BANDS.find((candidate) => candidate.key === filters.priceBand)!
    return { ...(band.from !== undefined ? { $gte: band.from } : {}), ...(band.to !== undefined ? { $lt: band.to } : {}) }
  }
  if (filters.priceMin === undefined && filters.priceMax === undefined) return undefined
  return { ...(filters.priceMin !== undefined ? { $gte: filters.priceMin } : {}), ...(filters.priceMax !== undefined ? { $lte: filters.priceMax } : {}) }
}

// ---------------------------------------------------------------------------------------
// Facet counts as the page shows them

type RawFacet = { type?: string; values?: { value: string; count: number }[]; ranges?: { key?: string; count: number }[] }

export type FacetCounts = {
  brands: { name: string; count: number }[]
  power: { key: PowerBandKey; count: number }[]
  impedance: { ohm: number; count: number }[]
  connectivity: { value: string; count: number }[]
  inStock: number
  price: { key: PriceBandKey; count: number }[]
}

/** Turns the engine's facets into the page's: power bands in ascending order, impedance by number, price bands by key. */
export function readFacets(facets: Record<string, RawFacet> | undefined): FacetCounts {
  const values = (field: string) => facets?.[field]?.values ?? []
  const power = new Map(values(FACET_FIELDS.power).map(({ value, count }) => [value, count]))
  const price = new Map((facets?.[FACET_FIELDS.price]?.ranges ?? []).map(({ key, count }) => [key, count]))
  return {
    brands: values(FACET_FIELDS.brand).map(({ value, count }) => ({ name: value, count })),
    power: POWER_BANDS.filter((band) => power.has(band.value)).map((band) => ({ key: band.key, count: power.get(band.value)! })),
    impedance: values(FACET_FIELDS.impedance)
      .map(({ value, count }) => ({ ohm: Number(value), count }))
      .filter(({ ohm }) => Number.isFinite(ohm))
      .sort((a, b) => a.ohm - b.ohm),
    connectivity: values(FACET_FIELDS.connectivity).map(({ value, count }) => ({ value, count })),
    inStock: values(FACET_FIELDS.inStock).find(({ value }) => value === "true")?.count ?? 0,
    price: PRICE_BANDS.map((band) => ({ key: band.key, count: price.get(band.key) ?? 0 })),
  }
}
