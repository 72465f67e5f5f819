import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { backfillTeamDrillDowns } from '../../modules/analytics/analytics-aggregates.js';

/**
 * The drill-downs (contested and divergent items, confused label pairs, vendor comparison)
 * answer a team filter: sessions closed before now get their team-level item and
 * label-pair rows. No schema change; the rows are computed from the votes, as at close.
 */
export class Migration20261205090000_TeamDrillDowns extends Migration {
  override async up(): Promise<void> {
    await backfillTeamDrillDowns(this.getEntityManager() as EntityManager);
  }

  override async down(): Promise<void> {
    this.addSql('delete from "analytics_item_stat" where "level" in (6, 7);');
    this.addSql('delete from "analytics_label_pair" where "level" in (6, 7);');
  }
}
