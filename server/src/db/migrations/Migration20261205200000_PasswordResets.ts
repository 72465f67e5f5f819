import { Migration } from '@mikro-orm/migrations';

/** Password-reset links (hashed tokens) and "sign out everywhere" (tokens before a second refused). */
export class Migration20261205200000_PasswordResets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "tokens_valid_after" timestamptz null;`);
    this.addSql(`create table "password_reset" (
      "id" uuid not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "user_id" uuid not null,
      "token_hash" varchar(64) not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "password_reset_pkey" primary key ("id"),
      constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade
    );`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`alter table "app_user" drop column "tokens_valid_after";`);
  }
}
