import { Migration } from '@mikro-orm/migrations';

/** The first admin is invited from the command line, by nobody. */
export class Migration20261205220000_CommandLineInvitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "invitation" alter column "invited_by_id" drop not null;`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id")
      references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "invitation" where "invited_by_id" is null;`);
    this.addSql(`alter table "invitation" alter column "invited_by_id" set not null;`);
  }
}
