import { Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';

/**
 * A session's agreement statistics, computed once when it closes and never recomputed
 * on read. A changed gold adds a new version; earlier versions are kept.
 */
@Entity()
@Unique({ properties: ['session', 'version'] })
export class SessionResult extends BaseEntity {
  @ManyToOne(() => CalibrationSession)
  session!: Rel<CalibrationSession>;

  @Property({ type: 'integer' })
  version!: number;

  /** The statistics library's STATS_VERSION that computed it. */
  @Property({ length: 20 })
  statsVersion!: string;

  @Property({ length: 200 })
  reason!: string;

  @ManyToOne(() => User, { nullable: true })
  computedBy: Rel<User> | null = null;

  /** The whole result (see calibration-result.ts), as computed. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;
}
