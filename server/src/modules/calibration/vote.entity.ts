import { Entity, Index, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';

/**
 * One participant's vote on one item: a label key, or an abstention (label null), which
 * the statistics treat as a missing value. Written by `CalibrationService.castVote` with
 * one upsert; `seq` comes from a sequence on every write, so the highest `seq` of an
 * item's votes is a tally version that only grows.
 */
@Entity()
@Unique({ properties: ['item', 'user'] })
@Index({ properties: ['session'] })
export class Vote extends BaseEntity {
  @ManyToOne(() => CalibrationItem)
  item!: Rel<CalibrationItem>;

  @ManyToOne(() => CalibrationSession)
  session!: Rel<CalibrationSession>;

  @ManyToOne(() => User)
  user!: Rel<User>;

  @Property({ length: 100, nullable: true })
  label: string | null = null;

  @Property({ type: 'text', nullable: true })
  rationale: string | null = null;

  // Its default, nextval('vote_seq'), is set in the migration: MikroORM reads a nextval()
  // default as auto-increment and wants no default declared here.
  @Property({ columnType: 'bigint', type: 'string', autoincrement: true })
  seq!: string & Opt;
}
