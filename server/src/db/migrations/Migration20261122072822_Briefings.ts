import { Migration } from '@mikro-orm/migrations';

export class Migration20261122072822_Briefings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "briefing_status" as enum ('SCHEDULED', 'LIVE', 'ENDED');`);
    this.addSql(`create type "question_status" as enum ('OPEN', 'ANSWERED', 'DISMISSED');`);
    this.addSql(`create table "briefing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(200) not null, "policy_version_id" uuid not null, "presenter_id" uuid not null, "scheduled_at" timestamptz not null, "status" "briefing_status" not null default 'SCHEDULED', "notes" text not null default '', "started_at" timestamptz null, "ended_at" timestamptz null, "thread_closed_at" timestamptz null, constraint "briefing_pkey" primary key ("id"));`);
    this.addSql(`create index "briefing_status_scheduled_at_index" on "briefing" ("status", "scheduled_at");`);

    this.addSql(`create table "briefing_question" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "briefing_id" uuid not null, "author_id" uuid not null, "author_market_id" uuid not null, "text" text not null, "anonymous" boolean not null default false, "upvote_count" int not null default 0, "status" "question_status" not null default 'OPEN', "dismissal_reason" text null, "pinned" boolean not null default false, "hidden" boolean not null default false, "answered_at" timestamptz null, "official_answer_id" uuid null, "faq_entry_id" uuid null, constraint "briefing_question_pkey" primary key ("id"));`);
    this.addSql(`create index "briefing_question_briefing_id_created_at_index" on "briefing_question" ("briefing_id", "created_at");`);

    this.addSql(`create table "briefing_upvote" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "question_id" uuid not null, "user_id" uuid not null, constraint "briefing_upvote_pkey" primary key ("id"));`);
    this.addSql(`alter table "briefing_upvote" add constraint "briefing_upvote_question_id_user_id_unique" unique ("question_id", "user_id");`);

    this.addSql(`create table "briefing_reply" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "question_id" uuid not null, "author_id" uuid not null, "author_market_id" uuid not null, "text" text not null, constraint "briefing_reply_pkey" primary key ("id"));`);
    this.addSql(`create index "briefing_reply_question_id_created_at_index" on "briefing_reply" ("question_id", "created_at");`);

    this.addSql(`create table "briefing_presence" ("id" uuid not null, "briefing_id" uuid not null, "user_id" uuid not null, "seen_at" timestamptz not null, constraint "briefing_presence_pkey" primary key ("id"));`);
    this.addSql(`create index "briefing_presence_briefing_id_seen_at_index" on "briefing_presence" ("briefing_id", "seen_at");`);

    this.addSql(`create table "briefing_audience_markets" ("briefing_id" uuid not null, "market_id" uuid not null, constraint "briefing_audience_markets_pkey" primary key ("briefing_id", "market_id"));`);

    this.addSql(`alter table "briefing" add constraint "briefing_policy_version_id_foreign" foreign key ("policy_version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "briefing" add constraint "briefing_presenter_id_foreign" foreign key ("presenter_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "briefing_question" add constraint "briefing_question_briefing_id_foreign" foreign key ("briefing_id") references "briefing" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefing_question" add constraint "briefing_question_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "briefing_question" add constraint "briefing_question_author_market_id_foreign" foreign key ("author_market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "briefing_question" add constraint "briefing_question_official_answer_id_foreign" foreign key ("official_answer_id") references "briefing_reply" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "briefing_question" add constraint "briefing_question_faq_entry_id_foreign" foreign key ("faq_entry_id") references "faq_entry" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "briefing_upvote" add constraint "briefing_upvote_question_id_foreign" foreign key ("question_id") references "briefing_question" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefing_upvote" add constraint "briefing_upvote_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "briefing_reply" add constraint "briefing_reply_question_id_foreign" foreign key ("question_id") references "briefing_question" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefing_reply" add constraint "briefing_reply_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "briefing_reply" add constraint "briefing_reply_author_market_id_foreign" foreign key ("author_market_id") references "market" ("id") on update cascade;`);

    this.addSql(`alter table "briefing_presence" add constraint "briefing_presence_briefing_id_foreign" foreign key ("briefing_id") references "briefing" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefing_presence" add constraint "briefing_presence_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "briefing_audience_markets" add constraint "briefing_audience_markets_briefing_id_foreign" foreign key ("briefing_id") references "briefing" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefing_audience_markets" add constraint "briefing_audience_markets_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "briefing_question" drop constraint "briefing_question_briefing_id_foreign";`);

    this.addSql(`alter table "briefing_presence" drop constraint "briefing_presence_briefing_id_foreign";`);

    this.addSql(`alter table "briefing_audience_markets" drop constraint "briefing_audience_markets_briefing_id_foreign";`);

    this.addSql(`alter table "briefing_upvote" drop constraint "briefing_upvote_question_id_foreign";`);

    this.addSql(`alter table "briefing_reply" drop constraint "briefing_reply_question_id_foreign";`);

    this.addSql(`alter table "briefing_question" drop constraint "briefing_question_official_answer_id_foreign";`);

    this.addSql(`drop table if exists "briefing" cascade;`);

    this.addSql(`drop table if exists "briefing_question" cascade;`);

    this.addSql(`drop table if exists "briefing_upvote" cascade;`);

    this.addSql(`drop table if exists "briefing_reply" cascade;`);

    this.addSql(`drop table if exists "briefing_presence" cascade;`);

    this.addSql(`drop table if exists "briefing_audience_markets" cascade;`);

    this.addSql(`drop type "briefing_status";`);
    this.addSql(`drop type "question_status";`);
  }

}
