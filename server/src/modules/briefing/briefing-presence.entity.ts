import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Briefing } from './briefing.entity.js';

/**
 * Who is connected to a briefing room, one row a subscription (as `SessionPresence`):
 * shared by every process through the database, refreshed by a heartbeat, so rows of a
 * process that died fall out after the hub's TTL.
 */
@Entity()
@Index({ properties: ['briefing', 'seenAt'] })
export class BriefingPresence {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Briefing, { deleteRule: 'cascade' })
  briefing!: Rel<Briefing>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  seenAt!: Date;
}
