import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125115900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_offering" drop constraint if exists "service_offering_handle_unique";`);
    this.addSql(`create table if not exists "service_offering" ("id" text not null, "handle" text not null, "name" text not null, "description" text not null default '', "duration_minutes" integer not null, "price" numeric not null, "currency_code" text not null default 'vnd', "deposit_amount" numeric null, "required_skills" text[] not null default '{}', "requires_address" boolean not null default true, "buffer_before_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 0, "product_variant_id" text null, "is_active" boolean not null default true, "raw_price" jsonb not null, "raw_deposit_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_offering_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_offering_handle_unique" ON "service_offering" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_offering_deleted_at" ON "service_offering" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician" ("id" text not null, "user_id" text null, "name" text not null, "phone" text null, "email" text null, "skills" text[] not null default '{}', "service_provinces" text[] not null default '{}', "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_deleted_at" ON "technician" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking" ("id" text not null, "customer_id" text null, "order_id" text null, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "status" text check ("status" in ('requested', 'confirmed', 'in_progress', 'completed', 'cancelled', 'no_show')) not null default 'requested', "address" jsonb null, "province_code" text null, "notes" text null, "cancellation_reason" text null, "cancelled_at" timestamptz null, "reminder_sent_at" timestamptz null, "service_id" text not null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_pkey" primary key ("id"), constraint booking_times_ordered check (starts_at < ends_at AND blocked_from <= starts_at AND blocked_until >= ends_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_service_id" ON "booking" ("service_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_technician_id" ON "booking" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_deleted_at" ON "booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_technician_id_starts_at" ON "booking" ("technician_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_customer_id_starts_at" ON "booking" ("customer_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_status_starts_at" ON "booking" ("status", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_order_id" ON "booking" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`create table if not exists "booking_history" ("id" text not null, "action" text check ("action" in ('created', 'rescheduled', 'reassigned', 'status_changed', 'cancelled', 'attached_to_order')) not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'system')) not null, "actor_id" text null, "from_status" text null, "to_status" text null, "changes" jsonb null, "booking_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_history_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_history_booking_id" ON "booking_history" ("booking_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_history_deleted_at" ON "booking_history" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_history_booking_id_created_at" ON "booking_history" ("booking_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_time_off" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_time_off_pkey" primary key ("id"), constraint time_off_ends_after_start check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_time_off_technician_id" ON "technician_time_off" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_time_off_deleted_at" ON "technician_time_off" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_working_hours" ("id" text not null, "weekday" integer not null, "start_minute" integer not null, "end_minute" integer not null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_working_hours_pkey" primary key ("id"), constraint working_hours_weekday_range check (weekday BETWEEN 0 AND 6), constraint working_hours_shift_range check (start_minute >= 0 AND start_minute < 1440 AND end_minute > start_minute AND end_minute <= start_minute + 1440));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_working_hours_technician_id" ON "technician_working_hours" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_working_hours_deleted_at" ON "technician_working_hours" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booking" add constraint "booking_service_id_foreign" foreign key ("service_id") references "service_offering" ("id") on update cascade;`);
    this.addSql(`alter table if exists "booking" add constraint "booking_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade;`);

    this.addSql(`alter table if exists "booking_history" add constraint "booking_history_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade;`);

    this.addSql(`alter table if exists "technician_time_off" add constraint "technician_time_off_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "technician_working_hours" add constraint "technician_working_hours_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_service_id_foreign";`);

    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_technician_id_foreign";`);

    this.addSql(`alter table if exists "technician_time_off" drop constraint if exists "technician_time_off_technician_id_foreign";`);

    this.addSql(`alter table if exists "technician_working_hours" drop constraint if exists "technician_working_hours_technician_id_foreign";`);

    this.addSql(`alter table if exists "booking_history" drop constraint if exists "booking_history_booking_id_foreign";`);

    this.addSql(`drop table if exists "service_offering" cascade;`);

    this.addSql(`drop table if exists "technician" cascade;`);

    this.addSql(`drop table if exists "booking" cascade;`);

    this.addSql(`drop table if exists "booking_history" cascade;`);

    this.addSql(`drop table if exists "technician_time_off" cascade;`);

    this.addSql(`drop table if exists "technician_working_hours" cascade;`);
  }

}
