import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log, append-only by the database itself: a row trigger refuses UPDATE and
 * DELETE and a statement trigger TRUNCATE, whoever asks (Concord, a console, a bug). Only
 * dropping the table (a migration down, `demo reset`) removes entries.
 */
export class Migration20261205180000_AuditLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_log_entry" (
      "id" uuid not null,
      "at" timestamptz not null default now(),
      "action" text not null,
      "actor_id" uuid null,
      "vendor_id" uuid null,
      "target_type" text null,
      "target_id" text null,
      "target_label" text null,
      "ip" text null,
      "before" jsonb null,
      "after" jsonb null,
      constraint "audit_log_entry_pkey" primary key ("id"),
      constraint "audit_log_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict,
      constraint "audit_log_entry_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete restrict
    );`);
    this.addSql(`create index "audit_log_entry_at_id_index" on "audit_log_entry" ("at", "id");`);
    this.addSql(`create index "audit_log_entry_vendor_id_at_index" on "audit_log_entry" ("vendor_id", "at");`);
    this.addSql(`create index "audit_log_entry_actor_id_index" on "audit_log_entry" ("actor_id");`);
    this.addSql(`create index "audit_log_entry_target_id_index" on "audit_log_entry" ("target_id");`);
    this.addSql(`create function "audit_log_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_log_entry_no_change" before update or delete on "audit_log_entry"
      for each row execute function "audit_log_append_only"();`);
    this.addSql(`create trigger "audit_log_entry_no_truncate" before truncate on "audit_log_entry"
      for each statement execute function "audit_log_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log_entry" cascade;`);
    this.addSql(`drop function if exists "audit_log_append_only"();`);
  }
}
