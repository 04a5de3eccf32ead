import { absoluteUrl, alternates, breadcrumbJsonLd, jsonLd, localizedPath, pageMetadata, productJsonLd, snippet } from "./seo"

const SITE = "https://audiotailoc.vn"

describe("addresses per language", () => {
  test("Vietnamese has no prefix, English lives under /en", () => {
    expect(localizedPath("/san-pham/jbl-charge-5", "vi")).toBe("/san-pham/jbl-charge-5")
    expect(localizedPath("/san-pham/jbl-charge-5", "en")).toBe("/en/san-pham/jbl-charge-5")
    expect(localizedPath("/", "vi")).toBe("/")
    expect(localizedPath("/", "en")).toBe("/en")
    expect(absoluteUrl("blog", "en", SITE)).toBe("https://audiotailoc.vn/en/blog")
  })

  test("alternates give the canonical of this language and hreflang for both, x-default Vietnamese", () => {
    expect(alternates("/danh-muc/loa", "en", "", SITE)).toEqual({
      canonical: "https://audiotailoc.vn/en/danh-muc/loa",
      languages: {
        vi: "https://audiotailoc.vn/danh-muc/loa",
        en: "https://audiotailoc.vn/en/danh-muc/loa",
        "x-default": "https://audiotailoc.vn/danh-muc/loa",
      },
    })
    expect(alternates("/danh-muc/loa", "vi", "trang=2", SITE).canonical).toBe("https://audiotailoc.vn/danh-muc/loa?trang=2")
  })

  test("page metadata carries alternates, Open Graph in the page's language and noindex on request", () => {
    const metadata = pageMetadata({ path: "/tim-kiem", locale: "vi", title: "Tìm kiếm", noindex: true })
    expect(metadata.openGraph).toMatchObject({ locale: "vi_VN", alternateLocale: ["en_US"], title: "Tìm kiếm" })
    expect(metadata.robots).toEqual({ index: false, follow: true })
    expect(metadata.alternates?.languages).toHaveProperty("en")
  })
})

describe("structured data", () => {
  test("a product with two variants is an AggregateOffer in VND with availability", () => {
    const data = productJsonLd({
      name: "Loa JBL Charge 5",
      images: ["https://cdn/charge5.jpg"],
      brand: "JBL",
      url: "https://audiotailoc.vn/san-pham/jbl-charge-5",
      offers: [
        { sku: "CHARGE5-BLUE", name: "Xanh dương", price: 3_990_000, currencyCode: "vnd", inStock: true, url: "u1" },
        { sku: "CHARGE5-RED", name: "Đỏ", price: 4_190_000, currencyCode: "vnd", inStock: false, url: "u2" },
      ],
    })
    expect(data).toMatchObject({
      "@type": "Product",
      brand: { "@type": "Brand", name: "JBL" },
      offers: { "@type": "AggregateOffer", priceCurrency: "VND", lowPrice: "3990000", highPrice: "4190000", availability: "https://schema.org/InStock" },
    })
    const aggregate = (data as { offers?: { offers: { availability: string }[] } }).offers
    expect(aggregate?.offers[1].availability).toBe("https://schema.org/OutOfStock")
  })

  test("a single-variant product has one Offer", () => {
    const data = productJsonLd({ name: "Micro", images: [], url: "u", offers: [{ name: "Tiêu chuẩn", price: 2_500_000, currencyCode: "vnd", inStock: true, url: "u" }] })
    expect((data as { offers?: unknown }).offers).toMatchObject({ "@type": "Offer", price: "2500000", priceCurrency: "VND" })
  })

  test("breadcrumbs are numbered from 1 with absolute addresses in the page's language", () => {
    const data = breadcrumbJsonLd([{ name: "Home", path: "/" }, { name: "Speakers", path: "/danh-muc/loa" }], "en", SITE)
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://audiotailoc.vn/en" },
      { "@type": "ListItem", position: 2, name: "Speakers", item: "https://audiotailoc.vn/en/danh-muc/loa" },
    ])
  })

  test("JSON-LD cannot close its script element", () => {
    expect(jsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>")
  })
})

test("snippets stop at a word under the limit", () => {
  expect(snippet("Loa   kéo\nJBL", 160)).toBe("Loa kéo JBL")
  const long = snippet("từ ".repeat(100), 40)!
  expect(long.length).toBeLessThanOrEqual(40)
  expect(long.endsWith("…")).toBe(true)
  expect(snippet("")).toBeUndefined()
})
