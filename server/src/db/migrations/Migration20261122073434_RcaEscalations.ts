import { Migration } from '@mikro-orm/migrations';

export class Migration20261122073434_RcaEscalations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "root_cause" as enum ('POLICY_AMBIGUITY', 'TRAINING_GAP', 'TOOLING', 'MARKET_CONTEXT', 'PROCESS');`);
    this.addSql(`create type "rca_origin" as enum ('MANUAL', 'ERROR_TREND');`);
    this.addSql(`create type "rca_state" as enum ('OPEN', 'IN_PROGRESS', 'RESOLVED');`);
    this.addSql(`create type "action_item_status" as enum ('OPEN', 'DONE', 'DROPPED');`);
    this.addSql(`create table "rca_escalation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(200) not null, "description" text not null default '', "root_cause" "root_cause" not null, "origin" "rca_origin" not null default 'MANUAL', "state" "rca_state" not null default 'OPEN', "error_category" "error_category" null, "market_id" uuid null, "queue" varchar(100) null, "policy_id" uuid null, "team_id" uuid null, "filed_by_id" uuid not null, "owner_id" uuid null, "started_at" timestamptz null, "resolved_at" timestamptz null, "resolution_note" text null, "trend" jsonb null, constraint "rca_escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "rca_escalation_state_created_at_index" on "rca_escalation" ("state", "created_at");`);

    this.addSql(`create table "rca_action_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "escalation_id" uuid not null, "title" varchar(300) not null, "owner_id" uuid not null, "due_date" date not null, "status" "action_item_status" not null default 'OPEN', "closed_at" timestamptz null, constraint "rca_action_item_pkey" primary key ("id"));`);
    this.addSql(`create index "rca_action_item_status_due_date_index" on "rca_action_item" ("status", "due_date");`);

    this.addSql(`create table "rca_escalation_linked_cases" ("rca_escalation_id" uuid not null, "case_id" uuid not null, constraint "rca_escalation_linked_cases_pkey" primary key ("rca_escalation_id", "case_id"));`);

    this.addSql(`create table "rca_escalation_linked_audits" ("rca_escalation_id" uuid not null, "audit_id" uuid not null, constraint "rca_escalation_linked_audits_pkey" primary key ("rca_escalation_id", "audit_id"));`);

    this.addSql(`alter table "rca_escalation" add constraint "rca_escalation_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rca_escalation" add constraint "rca_escalation_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rca_escalation" add constraint "rca_escalation_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rca_escalation" add constraint "rca_escalation_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "rca_escalation" add constraint "rca_escalation_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rca_action_item" add constraint "rca_action_item_escalation_id_foreign" foreign key ("escalation_id") references "rca_escalation" ("id") on update cascade;`);
    this.addSql(`alter table "rca_action_item" add constraint "rca_action_item_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "rca_escalation_linked_cases" add constraint "rca_escalation_linked_cases_rca_escalation_id_foreign" foreign key ("rca_escalation_id") references "rca_escalation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rca_escalation_linked_cases" add constraint "rca_escalation_linked_cases_case_id_foreign" foreign key ("case_id") references "moderation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "rca_escalation_linked_audits" add constraint "rca_escalation_linked_audits_rca_escalation_id_foreign" foreign key ("rca_escalation_id") references "rca_escalation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rca_escalation_linked_audits" add constraint "rca_escalation_linked_audits_audit_id_foreign" foreign key ("audit_id") references "audit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rca_action_item" drop constraint "rca_action_item_escalation_id_foreign";`);

    this.addSql(`alter table "rca_escalation_linked_cases" drop constraint "rca_escalation_linked_cases_rca_escalation_id_foreign";`);

    this.addSql(`alter table "rca_escalation_linked_audits" drop constraint "rca_escalation_linked_audits_rca_escalation_id_foreign";`);

    this.addSql(`drop table if exists "rca_escalation" cascade;`);

    this.addSql(`drop table if exists "rca_action_item" cascade;`);

    this.addSql(`drop table if exists "rca_escalation_linked_cases" cascade;`);

    this.addSql(`drop table if exists "rca_escalation_linked_audits" cascade;`);

    this.addSql(`drop type "root_cause";`);
    this.addSql(`drop type "rca_origin";`);
    this.addSql(`drop type "rca_state";`);
    this.addSql(`drop type "action_item_status";`);
  }

}
