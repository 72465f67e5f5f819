import { Migration } from '@mikro-orm/migrations';

/**
 * A market's language and time zone, and the languages a person reads and the other markets
 * they work in. Existing markets take the language of their code and the time zone of the
 * demo's three markets (UTC for any other: an admin sets it).
 */
export class Migration20261205210000_MarketsLanguages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "market" add column "language" varchar(35) not null default 'en',
      add column "time_zone" varchar(64) not null default 'UTC';`);
    this.addSql(`update "market" set "language" = split_part("code", '-', 1),
      "time_zone" = case "code" when 'it-IT' then 'Europe/Rome' when 'de-DE' then 'Europe/Berlin'
        when 'ko-KR' then 'Asia/Seoul' else 'UTC' end;`);
    // A new market names its language (the entity takes its code's unless told).
    this.addSql(`alter table "market" alter column "language" drop default;`);
    this.addSql(`alter table "app_user" add column "languages" text[] not null default '{}';`);
    this.addSql(`update "app_user" u set "languages" = array[m."language"] from "market" m where m."id" = u."market_id";`);
    this.addSql(`create table "user_other_markets" (
      "user_id" uuid not null,
      "market_id" uuid not null,
      constraint "user_other_markets_pkey" primary key ("user_id", "market_id"),
      constraint "user_other_markets_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade,
      constraint "user_other_markets_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_other_markets" cascade;`);
    this.addSql(`alter table "app_user" drop column "languages";`);
    this.addSql(`alter table "market" drop column "language", drop column "time_zone";`);
  }
}
