import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';

/**
 * Who is connected to a session's live room, one row a subscription. Shared by every
 * server process through the database; each process refreshes its own rows' `seenAt`, so
 * rows of a process that died fall out of the presence after `PRESENCE_TTL_MS`.
 */
@Entity()
@Index({ properties: ['session', 'seenAt'] })
export class SessionPresence {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => CalibrationSession, { deleteRule: 'cascade' })
  session!: Rel<CalibrationSession>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  seenAt!: Date;
}
