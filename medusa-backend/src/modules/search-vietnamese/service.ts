// The stock provider's class is not exported from the package root; the version is pinned
// (2.21.2) and its protected members are documented for extension.
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { toWhereClause, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { foldVietnamese } from "./fold"

type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
/** The stock provider's catalog row (its type is not exported). */
type StoredIndex = {
  name: string
  table_name: string
  schema_hash: string
  plan: IndexPlan
  document_count: number
  created_at: Date | string
  updated_at: Date | string
}
type KeywordInput = { query: SearchTypes.ProviderSearchQuery; catalog: StoredIndex }
type KeywordFragments = {
  q?: string
  needsBm25Limit: boolean
  rankSql: (params: unknown[]) => string
  matchSql?: (params: unknown[]) => string
}

export type VietnameseSearchOptions = {
  /**
   * The index field holding a short folded text (title, brand, categories without
   * diacritics) that misspelt queries are matched against. Without it, words match exactly
   * (diacritics and case aside).
   */
  typo_field?: string
}

/** Hits found only through a typo rank below any exact word match (ts_rank_cd ≥ ~0.1). */
const TYPO_RANK_FACTOR = 0.1

/**
 * The PostgreSQL search provider for Vietnamese: the `medusa_search_vietnamese` text-search
 * configuration (`simple` + `unaccent`, created by this module's migration), and typo
 * tolerance that an index can serve.
 *
 * The stock provider matches typos with `word_similarity(q, search_text) > 0.3`, which no
 * index can answer, so every search reads every row (≈240–470 ms at 10,000 products). Here
 * a misspelt query matches through `folded q <% typo_field` instead: pg_trgm's GIN index on
 * that short folded text narrows the rows first, with `pg_trgm.word_similarity_threshold`
 * (0.6 by default) as the bar — 0.3 lets "karaoke" match almost any word with a "k" — and
 * only when the words as typed find nothing (see `search`).
 */
export class VietnameseSearchService extends PostgresSearchService {
  static identifier = "search-vietnamese"

  protected readonly typoField_?: string

  constructor(dependencies: { manager: DbManager; logger?: Logger }, options: VietnameseSearchOptions = {}) {
    super(dependencies, { language: "vietnamese", engine: "native" })
    if (options.typo_field !== undefined && !/^[a-z0-9_]+$/i.test(options.typo_field)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `search-vietnamese: typo_field must be a top-level field name (got "${options.typo_field}")`
      )
    }
    this.typoField_ = options.typo_field
  }

  private typoTextSql() {
    return `("indexed"->>'${this.typoField_}')`
  }

  protected override async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager) {
    await super.createDocumentTable(table, plan, manager)
    if (this.typoField_ && plan.fields.has(this.typoField_)) {
      await manager.execute(
        `CREATE INDEX IF NOT EXISTS "${table}_typo_idx" ON "${table}" USING GIN (${this.typoTextSql()} gin_trgm_ops)`
      )
    }
  }

  /**
   * Typos are looked for only when the words as typed find nothing: a query that matches
   * exactly is answered from the full-text index alone (fast, and "loa keo" does not drag in
   * every "loa karaoke" as a near miss); a misspelt one ("loa keoo") matches through trigrams.
   * Typo tolerance is on unless the query or the index turns it off: shoppers misspell.
   */
  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    const typosAllowed =
      options.typo_tolerance !== false && (input.index.settings.typo_tolerance?.enabled ?? true)
    if (!input.q?.trim() || !typosAllowed || !this.typoField_) {
      return await super.search({ ...input, search_options: { ...options, typo_tolerance: false } })
    }
    const exactMatch = await this.hasExactMatch(input)
    return await super.search({ ...input, search_options: { ...options, typo_tolerance: !exactMatch } })
  }

  /** One unranked row is enough to know: ranking every match here would double the cost. */
  private async hasExactMatch(input: SearchTypes.ProviderSearchQuery): Promise<boolean> {
    const catalog = (await this.retrieve(input.index.physical_name)) as StoredIndex
    const query = { ...input, search_options: { ...input.search_options, typo_tolerance: false } }
    const { matchSql } = super.keywordFragments({ query, catalog })
    const params: unknown[] = []
    const conditions = [matchSql!(params)]
    const filters = toWhereClause(input.filters, catalog.plan)
    if (filters?.sql) {
      conditions.push(`(${filters.sql})`)
      params.push(...filters.params)
    }
    const rows = await this.manager_.execute(
      `SELECT 1 FROM "${catalog.table_name}" WHERE ${conditions.join(" AND ")} LIMIT 1`,
      params
    )
    return rows.length > 0
  }

  protected override keywordFragments(input: KeywordInput): KeywordFragments {
    const { query, catalog } = input
    const options = query.search_options ?? {}
    const typos = options.typo_tolerance === true
    const exact: KeywordFragments = super.keywordFragments({
      ...input,
      query: { ...query, search_options: { ...options, typo_tolerance: false } },
    })
    const searchOn = options.attributes_to_search_on
    const field = this.typoField_
    if (
      !exact.q ||
      !exact.matchSql ||
      !typos ||
      !field ||
      !catalog.plan.fields.has(field) ||
      (searchOn && !searchOn.includes(field))
    ) {
      return exact
    }
    const folded = foldVietnamese(exact.q)
    const typoText = this.typoTextSql()
    const exactMatch = exact.matchSql
    return {
      ...exact,
      matchSql: (params) => {
        const sql = exactMatch(params)
        params.push(folded)
        return `(${sql} OR ? <% ${typoText})`
      },
      rankSql: (params) => {
        const sql = exact.rankSql(params)
        params.push(folded)
        return `(${sql} + ${TYPO_RANK_FACTOR} * word_similarity(?, ${typoText}))`
      },
    }
  }
}
