import { Migration } from '@mikro-orm/migrations';

export class Migration20261122123213_TeamLead extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "team" add column "lead_id" uuid null;`);
    this.addSql(`alter table "team" add constraint "team_lead_id_foreign" foreign key ("lead_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "team" drop constraint "team_lead_id_foreign";`);

    this.addSql(`alter table "team" drop column "lead_id";`);
  }

}
