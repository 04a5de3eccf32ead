/**
 * Product search latency as the storefront asks for it: one `query.search` per sample
 * (published products of the shop's sales channel, 20 hits, exact count, facets on brand,
 * category and price), for plain, diacritic-free and misspelt queries — over the seeded
 * catalog, then with SEARCH_BENCH_PRODUCTS generated products (default 10,000) added.
 * The generated products (seed/data/generated.ts, what `npm run seed:catalog` creates) are
 * written to the index as documents: creating 10,000 real products through workflows takes
 * the better part of an hour on a shared 2-core machine, and what is measured here is the
 * index, not the product module.
 * For comparison it also times the stock provider's typo predicate (word_similarity > 0.3,
 * row by row) on the same table. Run through `npm run bench`, on a scratch database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { performance } from "node:perf_hooks"
import { foldVietnamese } from "../../medusa-backend/src/modules/search-vietnamese/fold"
import { seedShop } from "../../medusa-backend/src/seed"
import { brands, categories } from "../../medusa-backend/src/seed/data"
import { generatedProduct } from "../../medusa-backend/src/seed/data/generated"
import { searchAlias } from "../../medusa-backend/src/search/alias"
import { powerBand } from "../../medusa-backend/src/search/power-band"

const ROUNDS = 5
const QUERIES = {
  plain: ["Loa kéo", "Amply karaoke", "Micro không dây", "Vang số", "Dàn karaoke gia đình", "Loa sub điện", "Cục đẩy công suất", "Bàn mixer Yamaha", "Loa bluetooth JBL", "Dây loa"],
  "no diacritics": ["loa keo", "amply karaoke", "micro khong day", "vang so", "dan karaoke gia dinh", "loa sub dien", "cuc day cong suat", "ban mixer yamaha", "loa bluetooth jbl", "day loa"],
  typo: ["loa keoo", "amply karaoek", "micro khong dai", "vang soo", "dan karaoke gia dinhh", "loa subb dien", "cuc day cong suatt", "ban mixr yamaha", "loa blutooth jbl", "day loaa"],
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const summary = (samples: number[]) =>
  `p50 ${percentile(samples, 50).toFixed(1)} ms · p95 ${percentile(samples, 95).toFixed(1)} ms · max ${Math.max(...samples).toFixed(1)} ms (${samples.length} samples)`

export default async function benchSearch({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const log = (message: string) => console.log(`[bench] ${message}`)
  const target = Number(process.env.SEARCH_BENCH_PRODUCTS ?? 10_000)

  const searchModule = container.resolve(Modules.SEARCH)
  // Activates an index version first, so the seed's product events land in it.
  await searchModule.reindex({ index: "product" })
  await seedShop(container)
  await searchModule.reindex({ index: "product" })
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Website Audio Tài Lộc" } })
  const scope = { status: ProductStatus.PUBLISHED, sales_channel_ids: channels.map((channel: { id: string }) => channel.id) }

  const storefrontSearch = (q: string) =>
    query.search({
      entity: "product",
      fields: ["id", "title", "handle", "price"],
      filters: { q, ...scope },
      pagination: { take: 20 },
      search_options: {
        count: "exact",
        facets: [{ field: "brand" }, { field: "categories" }, { field: "price", type: "stats" }],
      },
    })

  /** The stock provider's typo predicate, on the same rows, for the README's comparison. */
  const stockTypoCount = async (q: string) => {
    const manager = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await manager.raw(`SELECT table_name FROM search_postgres_index WHERE name LIKE 'product%' ORDER BY updated_at DESC LIMIT 1`)
    const started = performance.now()
    await manager.raw(
      `SELECT count(*) FROM "${rows[0].table_name}" WHERE indexed->>'status' = 'published' AND (search_vector @@ plainto_tsquery('medusa_search_vietnamese', ?) OR word_similarity(?, search_text) > 0.3)`,
      [q, q]
    )
    return performance.now() - started
  }

  const measure = async (label: string) => {
    for (const [kind, queries] of Object.entries(QUERIES)) {
      for (const q of queries) await storefrontSearch(q) // warm the caches once
      const samples: number[] = []
      const counts: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const q of queries) {
          const started = performance.now()
          const { search_result } = await storefrontSearch(q)
          samples.push(performance.now() - started)
          counts.push(search_result.metadata.count ?? 0)
        }
      }
      log(`${label}, ${kind} (count + 3 facets, median ${percentile(counts, 50)} hits): ${summary(samples)}`)
    }
    const stock: number[] = []
    for (const q of QUERIES.typo) stock.push(await stockTypoCount(foldVietnamese(q)))
    log(`${label}, stock typo predicate word_similarity > 0.3 (count only, row by row): ${summary(stock)}`)
  }
  const productCount = async () => (await query.graph({ entity: "product", fields: ["id"] })).data.length

  await measure(`seeded catalog (${await productCount()} products)`)

  const brandTitle = new Map(brands.map((brand) => [brand.handle, brand.title]))
  const categoryName = new Map(categories.flatMap((top) => [top, ...(top.children ?? [])]).map((c) => [c.handle, c.name]))
  const startedAt = performance.now()
  for (let start = 1; start <= target; start += 500) {
    const documents = Array.from({ length: Math.min(500, target - start + 1) }, (_, offset) => {
      const product = generatedProduct(start + offset)
      const names = product.categories.map((handle) => categoryName.get(handle)!)
      const prices = product.variants.map((variant) => variant.price)
      return {
        id: `prod_bench_${start + offset}`,
        title: product.title,
        handle: product.handle,
        status: ProductStatus.PUBLISHED,
        sales_channel_ids: scope.sales_channel_ids,
        brand: brandTitle.get(product.brand)!,
        brand_handle: product.brand,
        categories: names,
        category_handles: product.categories,
        tags: product.tags ?? [],
        codes: product.variants.map((variant) => variant.sku),
        option_values: (product.options ?? []).flatMap((option) => option.values),
        search_alias: searchAlias([product.title, brandTitle.get(product.brand), ...names]),
        price: Math.min(...prices),
        original_price: Math.min(...prices),
        on_sale: false,
        in_stock: product.variants.some((variant) => variant.stock[0] + variant.stock[1] > 0),
        power_rms_w: product.specification.power_rms_w ?? null,
        power_band: powerBand(product.specification.power_rms_w),
        impedance_ohm: product.specification.impedance_ohm ?? null,
        connectivity: product.specification.connectivity ?? [],
        created_at: new Date().toISOString(),
      }
    })
    await searchModule.upsertDocuments({ index: "product", documents })
  }
  log(`indexed ${target} generated products in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
  const manager = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await manager.raw(`ANALYZE`)
  await measure(`${(await productCount()) + target} products`)
}
