import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125194646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "support_canned_reply" ("id" text not null, "title" text not null, "body" text not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_canned_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_canned_reply_deleted_at" ON "support_canned_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_canned_reply_title" ON "support_canned_reply" ("title") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_canned_reply" cascade;`);
  }

}
