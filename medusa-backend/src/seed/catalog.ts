import { readFileSync } from "node:fs"
import path from "node:path"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductSpecificationsWorkflow } from "../workflows/product-specification/create-product-specifications"
import { brands, categories, products as shopProducts, type CategorySeed, type ProductSeed } from "./data"
import { countCreated, findAll, type SeedContext } from "./context"
import type { StockLocationRefs } from "./locations"
import type { ShopRefs } from "./shop"

const IMAGES_DIR = path.join(__dirname, "images")
const SINGLE_OPTION = { title: "Phiên bản", value: "Tiêu chuẩn" }
/** Products created per workflow run: big enough to be quick, small enough to show progress. */
const BATCH_SIZE = 10
/** Specifications and stock levels written per workflow run. */
const WRITE_BATCH_SIZE = 1000

async function seedCategories(context: SeedContext): Promise<Map<string, string>> {
  const existing = await findAll(context, "product_category", ["id", "handle"])
  const idByHandle = new Map<string, string>(existing.map((category) => [category.handle, category.id]))

  const createLevel = async (level: CategorySeed[], parentId?: string) => {
    const missing = level.filter((category) => !idByHandle.has(category.handle))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(context.container).run({
        input: {
          product_categories: missing.map((category, rank) => ({
            name: category.name,
            handle: category.handle,
            description: category.description,
            is_active: true,
            is_internal: false,
            parent_category_id: parentId ?? null,
            rank,
          })),
        },
      })
      result.forEach((category) => idByHandle.set(category.handle, category.id))
      countCreated(context, "categories", result.length)
    }
    for (const category of level) {
      if (category.children?.length) await createLevel(category.children, idByHandle.get(category.handle))
    }
  }
  await createLevel(categories)
  return idByHandle
}

async function seedBrands(context: SeedContext): Promise<Map<string, string>> {
  const existing = await findAll(context, "product_collection", ["id", "handle"])
  const idByHandle = new Map<string, string>(existing.map((collection) => [collection.handle, collection.id]))
  const missing = brands.filter((brand) => !idByHandle.has(brand.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(context.container).run({
      input: {
        collections: missing.map((brand) => ({ title: brand.title, handle: brand.handle, metadata: { kind: "brand", country: brand.country } })),
      },
    })
    result.forEach((collection) => idByHandle.set(collection.handle, collection.id))
    countCreated(context, "brands", result.length)
  }
  return idByHandle
}

async function seedTags(context: SeedContext, products: ProductSeed[]): Promise<Map<string, string>> {
  const wanted = [...new Set(products.flatMap((product) => product.tags ?? []))]
  const existing = await findAll(context, "product_tag", ["id", "value"], { value: wanted })
  const idByValue = new Map<string, string>(existing.map((tag) => [tag.value, tag.id]))
  const missing = wanted.filter((value) => !idByValue.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(context.container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    result.forEach((tag) => idByValue.set(tag.value, tag.id))
    countCreated(context, "tags", result.length)
  }
  return idByValue
}

/** Uploads each drawing once per run, through the configured file provider (local disk or S3). */
function pictureUploader(context: SeedContext) {
  const urls = new Map<string, Promise<string>>()
  return (picture: ProductSeed["picture"]) => {
    if (!urls.has(picture)) {
      const upload = uploadFilesWorkflow(context.container)
        .run({
          input: {
            files: [
              {
                filename: `${picture}.svg`,
                mimeType: "image/svg+xml",
                content: readFileSync(path.join(IMAGES_DIR, `${picture}.svg`)).toString("base64"),
                access: "public",
              },
            ],
          },
        })
        .then(({ result }) => result[0].url)
      urls.set(picture, upload)
    }
    return urls.get(picture)!
  }
}

function toProductInput(
  product: ProductSeed,
  refs: { shop: ShopRefs; shippingProfileId: string; categoryIds: Map<string, string>; brandIds: Map<string, string>; tagIds: Map<string, string>; imageUrl: string }
) {
  const options = product.options ?? [{ title: SINGLE_OPTION.title, values: [SINGLE_OPTION.value] }]
  return {
    title: product.title,
    subtitle: product.subtitle,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    collection_id: refs.brandIds.get(product.brand),
    category_ids: product.categories.map((handle) => refs.categoryIds.get(handle)!),
    tag_ids: (product.tags ?? []).map((value) => refs.tagIds.get(value)!),
    origin_country: product.origin_country,
    weight: product.specification.weight_kg ? Math.round(product.specification.weight_kg * 1000) : undefined,
    thumbnail: refs.imageUrl,
    images: [{ url: refs.imageUrl }],
    options,
    shipping_profile_id: refs.shippingProfileId,
    sales_channels: [{ id: refs.shop.salesChannelId }],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      options: variant.options ?? { [SINGLE_OPTION.title]: SINGLE_OPTION.value },
      prices: [{ currency_code: "vnd", amount: variant.price }],
    })),
  }
}

async function seedProducts(context: SeedContext, shop: ShopRefs, products: ProductSeed[], batchSize: number) {
  const [categoryIds, brandIds, tagIds] = [await seedCategories(context), await seedBrands(context), await seedTags(context, products)]
  const [shippingProfile] = await findAll(context, "shipping_profile", ["id"], { type: "default" })

  const existing = await findAll(context, "product", ["id", "handle"], { handle: products.map((product) => product.handle) })
  const existingHandles = new Set(existing.map((product) => product.handle))
  const missing = products.filter((product) => !existingHandles.has(product.handle))
  const pictureUrl = pictureUploader(context)

  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize)
    const inputs = await Promise.all(
      batch.map(async (product) =>
        toProductInput(product, {
          shop,
          shippingProfileId: shippingProfile.id,
          categoryIds,
          brandIds,
          tagIds,
          imageUrl: await pictureUrl(product.picture),
        })
      )
    )
    await createProductsWorkflow(context.container).run({ input: { products: inputs } })
    countCreated(context, "products", batch.length)
    context.logger.info(`[seed] products ${Math.min(start + batchSize, missing.length)}/${missing.length}`)
  }
}

async function seedSpecifications(context: SeedContext, products: ProductSeed[]) {
  const catalog = await findAll(context, "product", ["id", "handle"], { handle: products.map((product) => product.handle) })
  const specified = await findAll(context, "product_specification", ["product_id"], { product_id: catalog.map((product) => product.id) })
  const specifiedIds = new Set(specified.map((specification) => specification.product_id))
  const seedByHandle = new Map(products.map((product) => [product.handle, product]))
  const missing = catalog
    .filter((product) => !specifiedIds.has(product.id))
    .map((product) => ({ ...seedByHandle.get(product.handle)!.specification, product_id: product.id }))
  for (let start = 0; start < missing.length; start += WRITE_BATCH_SIZE) {
    const specifications = missing.slice(start, start + WRITE_BATCH_SIZE)
    await createProductSpecificationsWorkflow(context.container).run({ input: { specifications } })
    countCreated(context, "specifications", specifications.length)
  }
}

/** Puts each variant's seeded quantity on the shelves of both showrooms, where it has none yet. */
async function seedInventory(context: SeedContext, locations: StockLocationRefs, products: ProductSeed[]) {
  const stockBySku = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock] as const)))
  const items = await findAll(context, "inventory_item", ["id", "sku", "location_levels.location_id"], { sku: [...stockBySku.keys()] })
  const levels = items.flatMap((item) => {
    const [hcm, hn] = stockBySku.get(item.sku)!
    const stocked = new Set((item.location_levels ?? []).map((level: any) => level.location_id))
    return [
      { location_id: locations.hcm, stocked_quantity: hcm },
      { location_id: locations.hn, stocked_quantity: hn },
    ]
      .filter((level) => !stocked.has(level.location_id))
      .map((level) => ({ ...level, inventory_item_id: item.id }))
  })
  for (let start = 0; start < levels.length; start += WRITE_BATCH_SIZE) {
    const batch = levels.slice(start, start + WRITE_BATCH_SIZE)
    await createInventoryLevelsWorkflow(context.container).run({ input: { inventory_levels: batch } })
    countCreated(context, "inventory levels", batch.length)
  }
}

/** The shop's own catalog by default; the generated one (seed/generated-catalog.ts) in larger batches. */
export async function seedCatalog(
  context: SeedContext,
  shop: ShopRefs,
  locations: StockLocationRefs,
  { products = shopProducts, batchSize = BATCH_SIZE }: { products?: ProductSeed[]; batchSize?: number } = {}
) {
  await seedProducts(context, shop, products, batchSize)
  await seedSpecifications(context, products)
  await seedInventory(context, locations, products)
}
