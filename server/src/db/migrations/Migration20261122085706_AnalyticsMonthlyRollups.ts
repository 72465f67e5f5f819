import { Migration } from '@mikro-orm/migrations';
import { rollupSql } from '../../modules/analytics/analytics-aggregates.js';

export class Migration20261122085706_AnalyticsMonthlyRollups extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "analytics_label_month" ("id" uuid not null default gen_random_uuid(), "month" timestamptz not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "label" varchar(100) not null, "unit_share" double precision not null, "pairable_votes" int not null, constraint "analytics_label_month_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_label_month_month_policy_version_id_faci_e8b62_index" on "analytics_label_month" ("month", "policy_version_id", "facilitator_id");`);
    this.addSql(`create index "analytics_label_month_level_month_index" on "analytics_label_month" ("level", "month");`);

    this.addSql(`create table "analytics_scope_month" ("id" uuid not null default gen_random_uuid(), "month" timestamptz not null, "level" smallint not null, "market_id" uuid null, "vendor_id" uuid null, "team_id" uuid null, "policy_id" uuid not null, "policy_version_id" uuid not null, "facilitator_id" uuid not null, "sessions" int not null, "units" int not null, "pairable_units" int not null, "votes" int not null, "pairable_votes" int not null, "sum_unit_agreement" double precision not null, "observed_disagreement" double precision not null, "gold_units" int not null, "gold_votes" int not null, "correct_votes" int not null, "majority_matched" int not null, constraint "analytics_scope_month_pkey" primary key ("id"));`);
    this.addSql(`create index "analytics_scope_month_month_policy_version_id_faci_877b6_index" on "analytics_scope_month" ("month", "policy_version_id", "facilitator_id");`);
    this.addSql(`create index "analytics_scope_month_level_month_index" on "analytics_scope_month" ("level", "month");`);

    // Backfill from the sessions already closed (the roll-ups are derived from their rows).
    for (const sql of rollupSql().inserts) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_label_month" cascade;`);

    this.addSql(`drop table if exists "analytics_scope_month" cascade;`);
  }

}
