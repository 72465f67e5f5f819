import { Migration } from '@mikro-orm/migrations';

export class Migration20261122072539_Quizzes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "quiz_attempt_status" as enum ('IN_PROGRESS', 'SUBMITTED');`);
    this.addSql(`create type "quiz_question_source" as enum ('CALIBRATION_GOLD', 'AUDIT');`);
    this.addSql(`create table "quiz" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" varchar(200) not null, "description" text not null default '', "created_by_id" uuid not null, "due_at" timestamptz null, "build" jsonb null, constraint "quiz_pkey" primary key ("id"));`);
    this.addSql(`create index "quiz_created_at_index" on "quiz" ("created_at");`);

    this.addSql(`create table "quiz_assigned_markets" ("quiz_id" uuid not null, "market_id" uuid not null, constraint "quiz_assigned_markets_pkey" primary key ("quiz_id", "market_id"));`);

    this.addSql(`create table "quiz_attempt" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "quiz_id" uuid not null, "user_id" uuid not null, "market_id" uuid not null, "team_id" uuid null, "number" int not null, "status" "quiz_attempt_status" not null default 'IN_PROGRESS', "submitted_at" timestamptz null, "correct" int null, "total" int not null, "reopened_at" timestamptz null, "reopened_by_id" uuid null, constraint "quiz_attempt_pkey" primary key ("id"));`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_quiz_id_user_id_number_unique" unique ("quiz_id", "user_id", "number");`);

    this.addSql(`create table "quiz_assigned_teams" ("quiz_id" uuid not null, "team_id" uuid not null, constraint "quiz_assigned_teams_pkey" primary key ("quiz_id", "team_id"));`);

    this.addSql(`create table "quiz_question" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "quiz_id" uuid not null, "position" int not null, "case_id" uuid not null, "policy_version_id" uuid not null, "source" "quiz_question_source" not null, "calibration_item_id" uuid null, "audit_id" uuid null, "expected_label" varchar(100) not null, "majority_share" double precision null, "entropy" double precision null, constraint "quiz_question_pkey" primary key ("id"));`);
    this.addSql(`alter table "quiz_question" add constraint "quiz_question_quiz_id_position_unique" unique ("quiz_id", "position");`);

    this.addSql(`create table "quiz_answer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "attempt_id" uuid not null, "question_id" uuid not null, "label" varchar(100) not null, "correct" boolean not null, constraint "quiz_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_attempt_id_question_id_unique" unique ("attempt_id", "question_id");`);

    this.addSql(`alter table "quiz" add constraint "quiz_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "quiz_assigned_markets" add constraint "quiz_assigned_markets_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_assigned_markets" add constraint "quiz_assigned_markets_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "quiz_attempt" add constraint "quiz_attempt_reopened_by_id_foreign" foreign key ("reopened_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quiz_assigned_teams" add constraint "quiz_assigned_teams_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quiz_assigned_teams" add constraint "quiz_assigned_teams_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quiz_question" add constraint "quiz_question_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_question" add constraint "quiz_question_case_id_foreign" foreign key ("case_id") references "moderation_case" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_question" add constraint "quiz_question_policy_version_id_foreign" foreign key ("policy_version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_question" add constraint "quiz_question_calibration_item_id_foreign" foreign key ("calibration_item_id") references "calibration_item" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_attempt_id_foreign" foreign key ("attempt_id") references "quiz_attempt" ("id") on update cascade;`);
    this.addSql(`alter table "quiz_answer" add constraint "quiz_answer_question_id_foreign" foreign key ("question_id") references "quiz_question" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quiz_assigned_markets" drop constraint "quiz_assigned_markets_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_attempt" drop constraint "quiz_attempt_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_assigned_teams" drop constraint "quiz_assigned_teams_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_question" drop constraint "quiz_question_quiz_id_foreign";`);

    this.addSql(`alter table "quiz_answer" drop constraint "quiz_answer_attempt_id_foreign";`);

    this.addSql(`alter table "quiz_answer" drop constraint "quiz_answer_question_id_foreign";`);

    this.addSql(`drop table if exists "quiz" cascade;`);

    this.addSql(`drop table if exists "quiz_assigned_markets" cascade;`);

    this.addSql(`drop table if exists "quiz_attempt" cascade;`);

    this.addSql(`drop table if exists "quiz_assigned_teams" cascade;`);

    this.addSql(`drop table if exists "quiz_question" cascade;`);

    this.addSql(`drop table if exists "quiz_answer" cascade;`);

    this.addSql(`drop type "quiz_attempt_status";`);
    this.addSql(`drop type "quiz_question_source";`);
  }

}
