import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * No double booking, guaranteed by PostgreSQL: two live bookings of one technician may not
 * have overlapping blocked ranges (the appointment widened by its buffers). Checked inside
 * the inserting transaction, so two concurrent requests for the last slot cannot both win.
 * btree_gist lets the GiST index compare technician ids with "=".
 */
export class Migration20261125120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`)
    this.addSql(`
      ALTER TABLE "booking" ADD CONSTRAINT "booking_technician_no_overlap"
      EXCLUDE USING gist ("technician_id" WITH =, tstzrange("blocked_from", "blocked_until", '[)') WITH &&)
      WHERE ("deleted_at" IS NULL AND "status" IN ('requested', 'confirmed', 'in_progress'));
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "booking" DROP CONSTRAINT IF EXISTS "booking_technician_no_overlap";`)
  }
}
