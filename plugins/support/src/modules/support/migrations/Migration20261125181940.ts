import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125181940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "in_app_notification" drop constraint if exists "in_app_notification_recipient_type_recipient_id_type_resource_id_unique";`);
    this.addSql(`alter table if exists "in_app_notification" add column if not exists "resource_id" text null, add column if not exists "count" integer not null default 1, add column if not exists "notified_at" timestamptz null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_in_app_notification_recipient_type_recipient_id_type_resource_id_unique" ON "in_app_notification" ("recipient_type", "recipient_id", "type", "resource_id") WHERE read_at IS NULL AND deleted_at IS NULL AND resource_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_in_app_notification_recipient_type_recipient_id_type_resource_id_unique";`);
    this.addSql(`alter table if exists "in_app_notification" drop column if exists "resource_id", drop column if exists "count", drop column if exists "notified_at";`);
  }

}
