import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051412_PoliciesCasesCalibration extends Migration {

  override async up(): Promise<void> {
    // Written by hand: MikroORM's diff does not manage extensions or sequences.
    // pg_trgm backs the case text search index; vote_seq numbers every vote write, so an
    // item's highest seq is a tally version that only grows.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create sequence if not exists "vote_seq";`);
    this.addSql(`create type "policy_area" as enum ('BULLYING', 'HATE_SPEECH', 'CHILD_SAFETY', 'SELF_HARM', 'VIOLENCE', 'ANIMAL_HARM', 'ADULT_CONTENT', 'MISINFORMATION', 'OTHER');`);
    this.addSql(`create type "policy_version_status" as enum ('DRAFT', 'PUBLISHED', 'RETIRED');`);
    this.addSql(`create type "session_mode" as enum ('BLIND', 'OPEN');`);
    this.addSql(`create type "session_status" as enum ('SCHEDULED', 'LIVE', 'CLOSED');`);
    this.addSql(`create type "content_type" as enum ('TEXT', 'IMAGE', 'VIDEO');`);
    this.addSql(`create type "item_state" as enum ('PENDING', 'VOTING', 'REVEALED');`);
    this.addSql(`create type "challenge_status" as enum ('OPEN', 'UPHELD', 'CHANGED');`);
    this.addSql(`create table "policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" varchar(64) not null, "title" varchar(200) not null, "area" "policy_area" not null, "description" text not null default '', constraint "policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy" add constraint "policy_key_unique" unique ("key");`);

    this.addSql(`create table "policy_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "policy_id" uuid not null, "number" int not null, "status" "policy_version_status" not null default 'DRAFT', "effective_date" date null, "body" text not null default '', "change_summary" text not null default '', "labels" jsonb not null, "published_at" timestamptz null, "retired_at" timestamptz null, "created_by_id" uuid null, "published_by_id" uuid null, constraint "policy_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy_version" add constraint "policy_version_policy_id_number_unique" unique ("policy_id", "number");`);

    this.addSql(`create table "faq_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version_id" uuid not null, "position" int not null, "question" text not null, "answer" text not null, "created_by_id" uuid null, constraint "faq_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "faq_entry_version_id_position_index" on "faq_entry" ("version_id", "position");`);

    this.addSql(`create table "calibration_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(200) not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "mode" "session_mode" not null, "status" "session_status" not null default 'SCHEDULED', "scheduled_at" timestamptz not null, "started_at" timestamptz null, "closed_at" timestamptz null, "sampling" jsonb null, constraint "calibration_session_pkey" primary key ("id"));`);
    this.addSql(`create index "calibration_session_status_scheduled_at_index" on "calibration_session" ("status", "scheduled_at");`);

    this.addSql(`create table "session_result" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "version" int not null, "stats_version" varchar(20) not null, "reason" varchar(200) not null, "computed_by_id" uuid null, "payload" jsonb not null, constraint "session_result_pkey" primary key ("id"));`);
    this.addSql(`alter table "session_result" add constraint "session_result_session_id_version_unique" unique ("session_id", "version");`);

    this.addSql(`create table "session_presence" ("id" uuid not null, "session_id" uuid not null, "user_id" uuid not null, "seen_at" timestamptz not null, constraint "session_presence_pkey" primary key ("id"));`);
    this.addSql(`create index "session_presence_session_id_seen_at_index" on "session_presence" ("session_id", "seen_at");`);

    this.addSql(`create table "calibration_session_invited_markets" ("calibration_session_id" uuid not null, "market_id" uuid not null, constraint "calibration_session_invited_markets_pkey" primary key ("calibration_session_id", "market_id"));`);

    this.addSql(`create table "calibration_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "user_id" uuid not null, "market_id" uuid not null, "last_seen_at" timestamptz null, constraint "calibration_participant_pkey" primary key ("id"));`);
    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_session_id_user_id_unique" unique ("session_id", "user_id");`);

    this.addSql(`create table "policy_acknowledgement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version_id" uuid not null, "user_id" uuid not null, constraint "policy_acknowledgement_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy_acknowledgement" add constraint "policy_acknowledgement_version_id_user_id_unique" unique ("version_id", "user_id");`);

    this.addSql(`create table "moderation_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "source" varchar(100) not null, "external_id" varchar(200) not null, "market_id" uuid not null, "queue" varchar(100) not null, "content_type" "content_type" not null, "text" text null, "media_url" varchar(2048) null, "sensitivity_tags" text[] not null default '{}', "policy_version_id" uuid not null, "policy_id" uuid not null, "decision" varchar(50) not null, "moderator_id" uuid not null, "team_id" uuid not null, "decided_at" timestamptz not null, constraint "moderation_case_pkey" primary key ("id"));`);
    this.addSql(`create index "moderation_case_text_trgm_index" on "moderation_case" using gin ("text" gin_trgm_ops);`);
    this.addSql(`create index "moderation_case_moderator_id_index" on "moderation_case" ("moderator_id");`);
    this.addSql(`create index "moderation_case_policy_version_id_index" on "moderation_case" ("policy_version_id");`);
    this.addSql(`create index "moderation_case_decision_index" on "moderation_case" ("decision");`);
    this.addSql(`create index "moderation_case_queue_index" on "moderation_case" ("queue");`);
    this.addSql(`create index "moderation_case_policy_id_decided_at_id_index" on "moderation_case" ("policy_id", "decided_at", "id");`);
    this.addSql(`create index "moderation_case_market_id_decided_at_id_index" on "moderation_case" ("market_id", "decided_at", "id");`);
    this.addSql(`create index "moderation_case_team_id_decided_at_id_index" on "moderation_case" ("team_id", "decided_at", "id");`);
    this.addSql(`create index "moderation_case_decided_at_id_index" on "moderation_case" ("decided_at", "id");`);
    this.addSql(`alter table "moderation_case" add constraint "moderation_case_source_external_id_unique" unique ("source", "external_id");`);

    this.addSql(`create table "calibration_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "session_id" uuid not null, "case_id" uuid not null, "position" int not null, "state" "item_state" not null default 'PENDING', "gold_label" varchar(100) null, "gold_set_by_id" uuid null, "discussion_notes" text null, "opened_at" timestamptz null, "revealed_at" timestamptz null, constraint "calibration_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "calibration_item" add constraint "calibration_item_session_id_position_unique" unique ("session_id", "position");`);

    this.addSql(`create table "gold_challenge" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "raised_by_id" uuid not null, "reason" text not null, "gold_at_challenge" varchar(100) not null, "status" "challenge_status" not null default 'OPEN', "resolved_by_id" uuid null, "new_gold" varchar(100) null, "resolution_note" text null, "resolved_at" timestamptz null, constraint "gold_challenge_pkey" primary key ("id"));`);

    this.addSql(`create table "vote" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "session_id" uuid not null, "user_id" uuid not null, "label" varchar(100) null, "rationale" text null, "seq" bigint not null default nextval('vote_seq'), constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`create index "vote_session_id_index" on "vote" ("session_id");`);
    this.addSql(`alter table "vote" add constraint "vote_item_id_user_id_unique" unique ("item_id", "user_id");`);

    this.addSql(`alter table "policy_version" add constraint "policy_version_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade;`);
    this.addSql(`alter table "policy_version" add constraint "policy_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "policy_version" add constraint "policy_version_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "faq_entry" add constraint "faq_entry_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "faq_entry" add constraint "faq_entry_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "calibration_session" add constraint "calibration_session_policy_version_id_foreign" foreign key ("policy_version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_session" add constraint "calibration_session_facilitator_id_foreign" foreign key ("facilitator_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "session_result" add constraint "session_result_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "session_result" add constraint "session_result_computed_by_id_foreign" foreign key ("computed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session_presence" add constraint "session_presence_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_presence" add constraint "session_presence_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "calibration_session_invited_markets" add constraint "calibration_session_invited_markets_calibration__d2f84_foreign" foreign key ("calibration_session_id") references "calibration_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calibration_session_invited_markets" add constraint "calibration_session_invited_markets_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);

    this.addSql(`alter table "policy_acknowledgement" add constraint "policy_acknowledgement_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "policy_acknowledgement" add constraint "policy_acknowledgement_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "moderation_case" add constraint "moderation_case_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "moderation_case" add constraint "moderation_case_policy_version_id_foreign" foreign key ("policy_version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "moderation_case" add constraint "moderation_case_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade;`);
    this.addSql(`alter table "moderation_case" add constraint "moderation_case_moderator_id_foreign" foreign key ("moderator_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "moderation_case" add constraint "moderation_case_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);

    this.addSql(`alter table "calibration_item" add constraint "calibration_item_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_item" add constraint "calibration_item_case_id_foreign" foreign key ("case_id") references "moderation_case" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_item" add constraint "calibration_item_gold_set_by_id_foreign" foreign key ("gold_set_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "gold_challenge" add constraint "gold_challenge_item_id_foreign" foreign key ("item_id") references "calibration_item" ("id") on update cascade;`);
    this.addSql(`alter table "gold_challenge" add constraint "gold_challenge_raised_by_id_foreign" foreign key ("raised_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "gold_challenge" add constraint "gold_challenge_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "vote" add constraint "vote_item_id_foreign" foreign key ("item_id") references "calibration_item" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "vote_seq" cascade;`);
    this.addSql(`alter table "policy_version" drop constraint "policy_version_policy_id_foreign";`);

    this.addSql(`alter table "moderation_case" drop constraint "moderation_case_policy_id_foreign";`);

    this.addSql(`alter table "faq_entry" drop constraint "faq_entry_version_id_foreign";`);

    this.addSql(`alter table "calibration_session" drop constraint "calibration_session_policy_version_id_foreign";`);

    this.addSql(`alter table "policy_acknowledgement" drop constraint "policy_acknowledgement_version_id_foreign";`);

    this.addSql(`alter table "moderation_case" drop constraint "moderation_case_policy_version_id_foreign";`);

    this.addSql(`alter table "session_result" drop constraint "session_result_session_id_foreign";`);

    this.addSql(`alter table "session_presence" drop constraint "session_presence_session_id_foreign";`);

    this.addSql(`alter table "calibration_session_invited_markets" drop constraint "calibration_session_invited_markets_calibration__d2f84_foreign";`);

    this.addSql(`alter table "calibration_participant" drop constraint "calibration_participant_session_id_foreign";`);

    this.addSql(`alter table "calibration_item" drop constraint "calibration_item_session_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_session_id_foreign";`);

    this.addSql(`alter table "calibration_item" drop constraint "calibration_item_case_id_foreign";`);

    this.addSql(`alter table "gold_challenge" drop constraint "gold_challenge_item_id_foreign";`);

    this.addSql(`alter table "vote" drop constraint "vote_item_id_foreign";`);

    this.addSql(`drop table if exists "policy" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);

    this.addSql(`drop table if exists "faq_entry" cascade;`);

    this.addSql(`drop table if exists "calibration_session" cascade;`);

    this.addSql(`drop table if exists "session_result" cascade;`);

    this.addSql(`drop table if exists "session_presence" cascade;`);

    this.addSql(`drop table if exists "calibration_session_invited_markets" cascade;`);

    this.addSql(`drop table if exists "calibration_participant" cascade;`);

    this.addSql(`drop table if exists "policy_acknowledgement" cascade;`);

    this.addSql(`drop table if exists "moderation_case" cascade;`);

    this.addSql(`drop table if exists "calibration_item" cascade;`);

    this.addSql(`drop table if exists "gold_challenge" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop type "policy_area";`);
    this.addSql(`drop type "policy_version_status";`);
    this.addSql(`drop type "session_mode";`);
    this.addSql(`drop type "session_status";`);
    this.addSql(`drop type "content_type";`);
    this.addSql(`drop type "item_state";`);
    this.addSql(`drop type "challenge_status";`);
  }

}
