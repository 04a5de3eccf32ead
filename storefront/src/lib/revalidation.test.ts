import { revalidationTargets } from "./revalidation"

describe("revalidation requests from Medusa and Payload", () => {
  test("purge Medusa's catalog tags and Payload's content tags", () => {
    const body = { tags: ["products", "product-jbl-charge-5", "categories", "collections", "posts", "posts:chon-loa-karaoke"], paths: [] }
    expect(revalidationTargets(body).tags).toEqual(body.tags)
  })

  test("purge a page in both languages", () => {
    expect(revalidationTargets({ paths: ["/blog/chon-loa", "/"] }).paths).toEqual(["/vi/blog/chon-loa", "/en/blog/chon-loa", "/vi", "/en"])
  })

  test("never touch a visitor's cart or account, nor addresses outside the storefront", () => {
    const result = revalidationTargets({ tags: ["cart-cart_01ABC", "customer-cus_1", 42], paths: ["https://evil.example/", "//evil.example"] })
    expect(result.tags).toEqual([])
    expect(result.paths).toEqual([])
    expect(result.ignored).toEqual(["cart-cart_01ABC", "customer-cus_1", "https://evil.example/", "//evil.example"])
  })

  test("treat a body without lists as nothing to do", () => {
    expect(revalidationTargets({})).toEqual({ tags: [], paths: [], ignored: [] })
  })
})
