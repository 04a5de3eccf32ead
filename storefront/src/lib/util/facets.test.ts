import {
  buildSearchRequest,
  clearFilters,
  EMPTY_FILTERS,
  filtersToQuery,
  hasFilters,
  listingHref,
  pageWindow,
  parseFilters,
  readFacets,
  toggleInStock,
  togglePriceBand,
  toggleValue,
  withPage,
  withSort,
} from "./facets"

const brandNames = new Map([["jbl", "JBL"], ["bose", "Bose"]])
const options = { pageSize: 24, defaultSort: "moi-nhat" as const, brandNames }

describe("reading filters from the URL", () => {
  test("reads every filter, the sort and the page", () => {
    const filters = parseFilters(
      new URLSearchParams(
        "thuong-hieu=jbl&thuong-hieu=bose&cong-suat=300-600w&tro-khang=8&ket-noi=C%E1%BB%8Dc+loa&ket-noi=XLR&gia=2-5-trieu&con-hang=1&sap-xep=gia-tang&trang=3"
      )
    )
    expect(filters).toEqual({
      brands: ["jbl", "bose"],
      power: ["300-600w"],
      impedance: [8],
      connectivity: ["Cọc loa", "XLR"],
      priceBand: "2-5-trieu",
      inStock: true,
      sort: "gia-tang",
      page: 3,
    })
  })

  test("reads Next's searchParams object, where a repeated parameter is an array", () => {
    expect(parseFilters({ "thuong-hieu": ["jbl", "bose"], "cong-suat": "duoi-100w" })).toMatchObject({ brands: ["jbl", "bose"], power: ["duoi-100w"] })
  })

  test("drops what it does not understand instead of failing", () => {
    const filters = parseFilters(
      new URLSearchParams("thuong-hieu=<script>&cong-suat=9000w&tro-khang=abc&tro-khang=-4&gia=re&sap-xep=random&trang=0&con-hang=maybe")
    )
    expect(filters).toEqual(EMPTY_FILTERS)
    expect(parseFilters(new URLSearchParams("trang=99999999")).page).toBe(1)
  })

  test("keeps each value once and at most twenty values per filter", () => {
    const many = new URLSearchParams([...Array(30)].map((_, index) => ["ket-noi", `C${index}`]).concat([["ket-noi", "C1"]]))
    expect(parseFilters(many).connectivity).toHaveLength(20)
    expect(parseFilters(new URLSearchParams("thuong-hieu=jbl&thuong-hieu=JBL")).brands).toEqual(["jbl"])
  })

  test("a typed price range accepts dotted thousands and is put in order", () => {
    expect(parseFilters(new URLSearchParams("gia-tu=10.000.000&gia-den=2000000"))).toMatchObject({ priceMin: 2_000_000, priceMax: 10_000_000 })
  })

  test("a price band wins over a typed range", () => {
    const filters = parseFilters(new URLSearchParams("gia=duoi-2-trieu&gia-tu=5000000"))
    expect(filters.priceBand).toBe("duoi-2-trieu")
    expect(filters.priceMin).toBeUndefined()
  })
})

describe("writing filters into links", () => {
  test("a link round-trips to the same filters", () => {
    const filters = parseFilters(new URLSearchParams("ket-noi=Micro+6.35+mm,+TRS&thuong-hieu=jbl&gia-tu=1000000&sap-xep=gia-giam&trang=2"))
    expect(parseFilters(new URLSearchParams(filtersToQuery(filters)))).toEqual(filters)
  })

  test("writes parameters in one canonical order whatever order they were ticked in", () => {
    const a = toggleValue(toggleValue(EMPTY_FILTERS, "brands", "jbl"), "brands", "bose")
    const b = toggleValue(toggleValue(EMPTY_FILTERS, "brands", "bose"), "brands", "jbl")
    expect(filtersToQuery(a)).toBe(filtersToQuery(b))
    expect(filtersToQuery(a)).toBe("thuong-hieu=bose&thuong-hieu=jbl")
  })

  test("no filter gives the bare path; the search query comes first", () => {
    expect(listingHref("/danh-muc/loa", EMPTY_FILTERS)).toBe("/danh-muc/loa")
    expect(listingHref("/tim-kiem", toggleInStock(EMPTY_FILTERS), { q: "loa kéo" })).toBe("/tim-kiem?q=loa+k%C3%A9o&con-hang=1")
  })

  test("changing a filter goes back to page 1; paging keeps the filters", () => {
    const onPage3 = withPage(toggleValue(EMPTY_FILTERS, "power", "tu-600w"), 3)
    expect(filtersToQuery(onPage3)).toBe("cong-suat=tu-600w&trang=3")
    expect(toggleValue(onPage3, "impedance", 8).page).toBe(1)
    expect(togglePriceBand(onPage3, "2-5-trieu").page).toBe(1)
  })

  test("toggling a ticked value unticks it", () => {
    const ticked = toggleValue(EMPTY_FILTERS, "connectivity", "XLR")
    expect(toggleValue(ticked, "connectivity", "XLR").connectivity).toEqual([])
    expect(togglePriceBand(togglePriceBand(EMPTY_FILTERS, "2-5-trieu"), "2-5-trieu").priceBand).toBeUndefined()
  })

  test("the page's default sort is left out of the URL", () => {
    expect(withSort(EMPTY_FILTERS, "moi-nhat", "moi-nhat").sort).toBeUndefined()
    expect(withSort(EMPTY_FILTERS, "gia-tang", "moi-nhat").sort).toBe("gia-tang")
  })

  test("clearing filters keeps the sort", () => {
    const filters = { ...toggleValue(EMPTY_FILTERS, "brands", "jbl"), sort: "gia-tang" as const }
    expect(hasFilters(filters)).toBe(true)
    expect(clearFilters(filters)).toEqual({ ...EMPTY_FILTERS, sort: "gia-tang" })
    expect(hasFilters(clearFilters(filters))).toBe(false)
  })
})

describe("the search request", () => {
  test("scopes to the category tree and turns each filter into the index's condition", () => {
    const filters = parseFilters(
      new URLSearchParams("thuong-hieu=jbl&cong-suat=300-600w&cong-suat=duoi-100w&tro-khang=8&ket-noi=XLR&gia=2-5-trieu&con-hang=1")
    )
    const request = buildSearchRequest(filters, { categoryHandles: ["loa", "loa-karaoke"] }, options)
    expect(request.filters).toEqual({
      category_handles: { $in: ["loa", "loa-karaoke"] },
      brand: { $in: ["JBL"] },
      power_band: { $in: ["Dưới 100 W", "300–600 W"] },
      impedance_ohm: { $in: [8] },
      connectivity: { $overlaps: ["XLR"] },
      price: { $gte: 2_000_000, $lt: 5_000_000 },
      in_stock: true,
    })
    expect(request.search_options.disjunctive_facets).toBe(true)
  })

  test("a typed range includes both ends", () => {
    const request = buildSearchRequest({ ...EMPTY_FILTERS, priceMin: 1_000_000, priceMax: 3_000_000 }, {}, options)
    expect(request.filters.price).toEqual({ $gte: 1_000_000, $lte: 3_000_000 })
  })

  test("sorts by price in the index and pages there, never over one page", () => {
    const request = buildSearchRequest({ ...EMPTY_FILTERS, sort: "gia-giam", page: 3 }, {}, options)
    expect(request.pagination).toEqual({ skip: 48, take: 24, order: { price: "DESC" } })
  })

  test("a listing defaults to newest; a search to relevance (no order)", () => {
    expect(buildSearchRequest(EMPTY_FILTERS, {}, options).pagination.order).toEqual({ created_at: "DESC" })
    expect(buildSearchRequest(EMPTY_FILTERS, { q: "loa keo" }, { ...options, defaultSort: "lien-quan" }).pagination.order).toBeUndefined()
  })

  test("a brand page neither filters nor facets by brand name", () => {
    const request = buildSearchRequest(EMPTY_FILTERS, { brandHandle: "jbl" }, options)
    expect(request.filters).toEqual({ brand_handle: "jbl" })
    expect(JSON.stringify(request.search_options.facets)).not.toContain('"brand"')
  })
})

describe("reading facet counts", () => {
  test("orders power bands and impedances, fills missing price bands with 0", () => {
    const counts = readFacets({
      power_band: { values: [{ value: "Từ 600 W", count: 10 }, { value: "100–300 W", count: 9 }] },
      impedance_ohm: { values: [{ value: "8", count: 11 }, { value: "4", count: 4 }, { value: "150", count: 2 }] },
      in_stock: { values: [{ value: "true", count: 40 }, { value: "false", count: 7 }] },
      price: { ranges: [{ key: "2-5-trieu", count: 3 }] },
    })
    expect(counts.power).toEqual([{ key: "100-300w", count: 9 }, { key: "tu-600w", count: 10 }])
    expect(counts.impedance.map((entry) => entry.ohm)).toEqual([4, 8, 150])
    expect(counts.inStock).toBe(40)
    expect(counts.price.find((band) => band.key === "2-5-trieu")?.count).toBe(3)
    expect(counts.price.find((band) => band.key === "duoi-2-trieu")?.count).toBe(0)
  })

  test("no facets at all reads as empty counts", () => {
    expect(readFacets(undefined).brands).toEqual([])
  })
})

describe("page numbers", () => {
  test("shows the first, the last and the neighbours of the current page", () => {
    expect(pageWindow(5, 12)).toEqual([1, null, 4, 5, 6, null, 12])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(1, 1)).toEqual([1])
  })
})
