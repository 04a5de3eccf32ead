import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125113833 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_specification" drop constraint if exists "product_specification_product_id_unique";`);
    this.addSql(`create table if not exists "product_specification" ("id" text not null, "product_id" text not null, "power_rms_w" integer null, "power_peak_w" integer null, "impedance_ohm" real null, "frequency_min_hz" integer null, "frequency_max_hz" integer null, "max_spl_db" integer null, "sensitivity_db" real null, "weight_kg" real null, "warranty_months" integer not null, "connectivity" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_specification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_specification_deleted_at" ON "product_specification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_specification_product_id_unique" ON "product_specification" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_specification_power_rms_w" ON "product_specification" ("power_rms_w") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_specification_impedance_ohm" ON "product_specification" ("impedance_ohm") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_specification" cascade;`);
  }

}
