import { Migration } from '@mikro-orm/migrations';

/** Invitations (a hashed one-time token a person joins with), and when each person joined. */
export class Migration20261205190000_Invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "joined_at" timestamptz null;`);
    this.addSql(`update "app_user" set "joined_at" = "created_at";`);
    this.addSql(`create table "invitation" (
      "id" uuid not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "user_id" uuid not null,
      "invited_by_id" uuid not null,
      "token_hash" varchar(64) not null,
      "expires_at" timestamptz not null,
      "accepted_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "invitation_pkey" primary key ("id"),
      constraint "invitation_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade,
      constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade
    );`);
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`alter table "app_user" drop column "joined_at";`);
  }
}
