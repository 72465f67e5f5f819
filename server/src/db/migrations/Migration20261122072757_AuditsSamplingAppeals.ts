import { Migration } from '@mikro-orm/migrations';

export class Migration20261122072757_AuditsSamplingAppeals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_status" as enum ('PENDING', 'COMPLETED');`);
    this.addSql(`create type "verdict" as enum ('CORRECT', 'INCORRECT');`);
    this.addSql(`create type "error_category" as enum ('MISSED_VIOLATION', 'OVER_ENFORCEMENT', 'WRONG_POLICY', 'WRONG_SEVERITY', 'OTHER');`);
    this.addSql(`create type "appeal_status" as enum ('OPEN', 'UPHELD', 'OVERTURNED');`);
    this.addSql(`create table "sampling_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "queue" varchar(100) null, "market_id" uuid null, "team_id" uuid null, "moderator_id" uuid null, "vendor_id" uuid null, "rate" double precision null, "count_per_day" int null, "stratify_by_decision" boolean not null default false, "seed" int not null, "active" boolean not null default true, "created_by_id" uuid not null, constraint "sampling_plan_pkey" primary key ("id"), constraint sampling_plan_size_check check ((rate is null) <> (count_per_day is null)));`);
    this.addSql(`create index "sampling_plan_created_at_index" on "sampling_plan" ("created_at");`);

    this.addSql(`create table "sampling_run" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "day" date not null, "candidates" int not null, "drawn" int not null, "ran_by_id" uuid null, constraint "sampling_run_pkey" primary key ("id"));`);
    this.addSql(`alter table "sampling_run" add constraint "sampling_run_plan_id_day_unique" unique ("plan_id", "day");`);

    this.addSql(`create table "audit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "run_id" uuid not null, "case_id" uuid not null, "day" date not null, "moderator_id" uuid not null, "team_id" uuid not null, "market_id" uuid not null, "queue" varchar(100) not null, "policy_id" uuid not null, "decided_label" varchar(50) not null, "status" "audit_status" not null default 'PENDING', "assignee_id" uuid null, "auditor_id" uuid null, "verdict" "verdict" null, "expected_label" varchar(50) null, "error_category" "error_category" null, "feedback" text null, "audited_at" timestamptz null, "overturned" boolean not null default false, constraint "audit_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_case_id_index" on "audit" ("case_id");`);
    this.addSql(`create index "audit_status_assignee_id_index" on "audit" ("status", "assignee_id");`);
    this.addSql(`create index "audit_moderator_id_day_index" on "audit" ("moderator_id", "day");`);
    this.addSql(`create index "audit_day_team_id_index" on "audit" ("day", "team_id");`);
    this.addSql(`alter table "audit" add constraint "audit_run_id_case_id_unique" unique ("run_id", "case_id");`);

    this.addSql(`create table "appeal" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "audit_id" uuid not null, "appellant_id" uuid not null, "reason" text not null, "status" "appeal_status" not null default 'OPEN', "decided_by_id" uuid null, "decision_note" text null, "decided_at" timestamptz null, constraint "appeal_pkey" primary key ("id"));`);
    this.addSql(`alter table "appeal" add constraint "appeal_audit_id_unique" unique ("audit_id");`);
    this.addSql(`create index "appeal_status_created_at_index" on "appeal" ("status", "created_at");`);

    this.addSql(`alter table "sampling_plan" add constraint "sampling_plan_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sampling_plan" add constraint "sampling_plan_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sampling_plan" add constraint "sampling_plan_moderator_id_foreign" foreign key ("moderator_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sampling_plan" add constraint "sampling_plan_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sampling_plan" add constraint "sampling_plan_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "sampling_run" add constraint "sampling_run_plan_id_foreign" foreign key ("plan_id") references "sampling_plan" ("id") on update cascade;`);
    this.addSql(`alter table "sampling_run" add constraint "sampling_run_ran_by_id_foreign" foreign key ("ran_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit" add constraint "audit_run_id_foreign" foreign key ("run_id") references "sampling_run" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_case_id_foreign" foreign key ("case_id") references "moderation_case" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_moderator_id_foreign" foreign key ("moderator_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade;`);
    this.addSql(`alter table "audit" add constraint "audit_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit" add constraint "audit_auditor_id_foreign" foreign key ("auditor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appeal" add constraint "appeal_audit_id_foreign" foreign key ("audit_id") references "audit" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_appellant_id_foreign" foreign key ("appellant_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create index "moderation_case_moderator_id_decided_at_index" on "moderation_case" ("moderator_id", "decided_at");`);
    this.addSql(`create index "moderation_case_queue_decided_at_index" on "moderation_case" ("queue", "decided_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sampling_run" drop constraint "sampling_run_plan_id_foreign";`);

    this.addSql(`alter table "audit" drop constraint "audit_run_id_foreign";`);

    this.addSql(`alter table "appeal" drop constraint "appeal_audit_id_foreign";`);

    this.addSql(`drop table if exists "sampling_plan" cascade;`);

    this.addSql(`drop table if exists "sampling_run" cascade;`);

    this.addSql(`drop table if exists "audit" cascade;`);

    this.addSql(`drop table if exists "appeal" cascade;`);

    this.addSql(`drop index "moderation_case_moderator_id_decided_at_index";`);
    this.addSql(`drop index "moderation_case_queue_decided_at_index";`);

    this.addSql(`drop type "audit_status";`);
    this.addSql(`drop type "verdict";`);
    this.addSql(`drop type "error_category";`);
    this.addSql(`drop type "appeal_status";`);
  }

}
