import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Generated for the idempotency key and the service's "customer may choose technician" flag;
 * the exclusion constraint at the end is written by hand (MikroORM's snapshot has no
 * exclusion constraints, as in Migration20261125120000): one customer may not hold two live
 * bookings whose appointments overlap, checked inside the inserting transaction so that a
 * double click or a retrying client cannot book the same time twice with two technicians.
 * Existing overlapping live bookings of one customer would have to be resolved first.
 */
export class Migration20261125182121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_customer_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "service_offering" add column if not exists "customer_may_choose_technician" boolean not null default false;`);

    this.addSql(`alter table if exists "booking" add column if not exists "idempotency_key" text null, add column if not exists "idempotency_fingerprint" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_customer_id_idempotency_key_unique" ON "booking" ("customer_id", "idempotency_key") WHERE deleted_at IS NULL AND idempotency_key IS NOT NULL;`);

    this.addSql(`
      ALTER TABLE "booking" ADD CONSTRAINT "booking_customer_no_overlap"
      EXCLUDE USING gist ("customer_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
      WHERE ("deleted_at" IS NULL AND "customer_id" IS NOT NULL AND "status" IN ('requested', 'confirmed', 'in_progress'));
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "booking" DROP CONSTRAINT IF EXISTS "booking_customer_no_overlap";`);
    this.addSql(`alter table if exists "service_offering" drop column if exists "customer_may_choose_technician";`);

    this.addSql(`drop index if exists "IDX_booking_customer_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "booking" drop column if exists "idempotency_key", drop column if exists "idempotency_fingerprint";`);
  }

}
