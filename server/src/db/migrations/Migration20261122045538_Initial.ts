import { Migration } from '@mikro-orm/migrations';

export class Migration20261122045538_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "team_kind" as enum ('INTERNAL', 'VENDOR');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'POLICY_OWNER', 'QA_MANAGER', 'QA_SPECIALIST', 'MODERATOR');`);
    this.addSql(`create table "market" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(35) not null, "name" varchar(100) not null, constraint "market_pkey" primary key ("id"));`);
    this.addSql(`alter table "market" add constraint "market_code_unique" unique ("code");`);

    this.addSql(`create table "vendor" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`alter table "vendor" add constraint "vendor_name_unique" unique ("name");`);

    this.addSql(`create table "team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "kind" "team_kind" not null, "market_id" uuid not null, "vendor_id" uuid null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`alter table "team" add constraint "team_name_market_id_unique" unique ("name", "market_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(320) not null, "name" varchar(200) not null, "role" "role" not null, "market_id" uuid not null, "team_id" uuid null, "password_hash" varchar(200) not null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_team_id_index" on "app_user" ("team_id");`);

    this.addSql(`alter table "team" add constraint "team_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "team" add constraint "team_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user" add constraint "app_user_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "team" drop constraint "team_market_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_market_id_foreign";`);

    this.addSql(`alter table "team" drop constraint "team_vendor_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_team_id_foreign";`);

    this.addSql(`drop table if exists "market" cascade;`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop type "team_kind";`);
    this.addSql(`drop type "role";`);
  }

}
