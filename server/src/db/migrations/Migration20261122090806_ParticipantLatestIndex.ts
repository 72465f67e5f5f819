import { Migration } from '@mikro-orm/migrations';

export class Migration20261122090806_ParticipantLatestIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "analytics_participant_stat_user_id_closed_at_index" on "analytics_participant_stat" ("user_id", "closed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "analytics_participant_stat_user_id_closed_at_index";`);
  }

}
