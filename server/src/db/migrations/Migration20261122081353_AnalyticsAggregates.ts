import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081353_AnalyticsAggregates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "analytics_item_stat" ("id" uuid not null default gen_random_uuid(), "session_id" uuid not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "closed_at" timestamptz not null, "item_id" uuid not null, "case_id" uuid not null, "position" int not null, "gold" varchar(100) null, "votes" int not null, "correct_votes" int not null, "agreement" double precision null, "majority" varchar(100) null, "majority_share" double precision not null, "distribution" jsonb not null, "markets" jsonb null, "divergence" double precision null, constraint "analytics_item_stat_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_item_stat_session_id_index" on "analytics_item_stat" ("session_id");`);
    this.addSql(`create index "analytics_item_stat_level_divergence_index" on "analytics_item_stat" ("level", "divergence");`);
    this.addSql(`create index "analytics_item_stat_level_agreement_index" on "analytics_item_stat" ("level", "agreement");`);

    this.addSql(`create table "analytics_label_pair" ("id" uuid not null default gen_random_uuid(), "session_id" uuid not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "closed_at" timestamptz not null, "label_a" varchar(100) not null, "label_b" varchar(100) not null, "disagreements" int not null, "gold_a_chose_b" int not null, "gold_b_chose_a" int not null, constraint "analytics_label_pair_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_label_pair_session_id_index" on "analytics_label_pair" ("session_id");`);
    this.addSql(`create index "analytics_label_pair_level_closed_at_index" on "analytics_label_pair" ("level", "closed_at");`);

    this.addSql(`create table "analytics_label_stat" ("id" uuid not null default gen_random_uuid(), "session_id" uuid not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "closed_at" timestamptz not null, "label" varchar(100) not null, "unit_share" double precision not null, "pairable_votes" int not null, constraint "analytics_label_stat_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_label_stat_session_id_index" on "analytics_label_stat" ("session_id");`);
    this.addSql(`create index "analytics_label_stat_level_closed_at_index" on "analytics_label_stat" ("level", "closed_at");`);

    this.addSql(`create table "analytics_participant_stat" ("id" uuid not null default gen_random_uuid(), "session_id" uuid not null, "user_id" uuid not null, "market_id" uuid not null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "closed_at" timestamptz not null, "votes" int not null, "gold_votes" int not null, "correct_votes" int not null, constraint "analytics_participant_stat_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_participant_stat_session_id_index" on "analytics_participant_stat" ("session_id");`);
    this.addSql(`create index "analytics_participant_stat_closed_at_index" on "analytics_participant_stat" ("closed_at");`);

    this.addSql(`create table "analytics_scope_stat" ("id" uuid not null default gen_random_uuid(), "session_id" uuid not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "closed_at" timestamptz not null, "units" int not null, "pairable_units" int not null, "votes" int not null, "pairable_votes" int not null, "sum_unit_agreement" double precision not null, "observed_disagreement" double precision not null, "gold_units" int not null, "gold_votes" int not null, "correct_votes" int not null, "majority_matched" int not null, constraint "analytics_scope_stat_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_scope_stat_session_id_index" on "analytics_scope_stat" ("session_id");`);
    this.addSql(`create index "analytics_scope_stat_level_closed_at_index" on "analytics_scope_stat" ("level", "closed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_item_stat" cascade;`);

    this.addSql(`drop table if exists "analytics_label_pair" cascade;`);

    this.addSql(`drop table if exists "analytics_label_stat" cascade;`);

    this.addSql(`drop table if exists "analytics_participant_stat" cascade;`);

    this.addSql(`drop table if exists "analytics_scope_stat" cascade;`);
  }

}
