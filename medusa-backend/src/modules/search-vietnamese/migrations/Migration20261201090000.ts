import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `medusa_search_vietnamese`: words kept whole (`simple`: no stemming, no stop words, so
 * "số", "bé", "đó" stay searchable) and folded by `unaccent`, whose rules map every
 * precomposed Vietnamese letter and đ → d — "loa keo" and "Loa kéo" give the same lexemes.
 * The extensions are created here too, since provider migrations run in no fixed order.
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword
            WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
    // pg_trgm declares word similarity as cheap as an equality (cost 1), so with a few hundred
    // matches in 10,000 rows the planner scans every row and computes it each time (≈90 ms)
    // instead of asking the trigram index (≈15 ms). Its real cost is closer to 100 operators.
    // Soft-fails where the app role does not own the extension: searches are then only slower.
    this.addSql(`
      DO $$
      BEGIN
        ALTER FUNCTION word_similarity_op(text, text) COST 100;
        ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'search-vietnamese: could not raise the cost of pg_trgm word similarity (%).', SQLERRM;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
