import { Migration } from '@mikro-orm/migrations';

/**
 * Single sign-on (modules/sso): password sign-in per vendor, the sign-ins under way (state,
 * nonce and PKCE verifier, each used once), and each person's link to their IdP subject.
 */
export class Migration20261205230000_SingleSignOn extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "vendor" add column "password_sign_in" boolean not null default true;`);
    this.addSql(`create table "sso_attempt" (
      "id" uuid not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "state_hash" varchar(64) not null,
      "nonce" text not null,
      "code_verifier" text not null,
      "next" text not null,
      "expires_at" timestamptz not null,
      constraint "sso_attempt_pkey" primary key ("id")
    );`);
    this.addSql(`alter table "sso_attempt" add constraint "sso_attempt_state_hash_unique" unique ("state_hash");`);
    this.addSql(`create table "sso_link" (
      "id" uuid not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "user_id" uuid not null,
      "issuer" text not null,
      "subject" text not null,
      constraint "sso_link_pkey" primary key ("id"),
      constraint "sso_link_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade
    );`);
    this.addSql(`alter table "sso_link" add constraint "sso_link_user_id_unique" unique ("user_id");`);
    this.addSql(
      `alter table "sso_link" add constraint "sso_link_issuer_subject_unique" unique ("issuer", "subject");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sso_link" cascade;`);
    this.addSql(`drop table if exists "sso_attempt" cascade;`);
    this.addSql(`alter table "vendor" drop column "password_sign_in";`);
  }
}
