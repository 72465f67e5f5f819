import { Migration } from '@mikro-orm/migrations';

export class Migration20261122152121_BriefingReplyHidden extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "briefing_reply" add column "hidden" boolean not null default false, add column "hidden_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "briefing_reply" drop column "hidden", drop column "hidden_reason";`);
  }

}
