import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125125507 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "in_app_notification" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'user')) not null, "recipient_id" text not null, "type" text not null, "title" text not null, "body" text null, "link" text null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "in_app_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_in_app_notification_deleted_at" ON "in_app_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_in_app_notification_recipient_type_recipient_id_read_at" ON "in_app_notification" ("recipient_type", "recipient_id", "read_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_conversation" ("id" text not null, "kind" text check ("kind" in ('chat', 'ticket')) not null, "customer_id" text null, "guest_id" text null, "guest_name" text null, "guest_email" text null, "subject" text not null, "status" text check ("status" in ('open', 'pending', 'resolved', 'closed')) not null default 'open', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "assignee_id" text null, "order_id" text null, "last_message_at" timestamptz null, "last_message_by" text check ("last_message_by" in ('customer', 'staff')) null, "customer_read_at" timestamptz null, "staff_read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_conversation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_conversation_deleted_at" ON "support_conversation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_conversation_customer_id_last_message_at" ON "support_conversation" ("customer_id", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_conversation_guest_id" ON "support_conversation" ("guest_id") WHERE deleted_at IS NULL AND guest_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_conversation_status_assignee_id_last_message_at" ON "support_conversation" ("status", "assignee_id", "last_message_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'guest', 'staff', 'system')) not null, "author_id" text null, "body" text not null, "is_internal" boolean not null default false, "attachments" jsonb null, "conversation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_conversation_id" ON "support_message" ("conversation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_deleted_at" ON "support_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_conversation_id_id" ON "support_message" ("conversation_id", "id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "support_message" add constraint "support_message_conversation_id_foreign" foreign key ("conversation_id") references "support_conversation" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_message" drop constraint if exists "support_message_conversation_id_foreign";`);

    this.addSql(`drop table if exists "in_app_notification" cascade;`);

    this.addSql(`drop table if exists "support_conversation" cascade;`);

    this.addSql(`drop table if exists "support_message" cascade;`);
  }

}
