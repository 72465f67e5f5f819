import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { BriefingQuestion } from './briefing-question.entity.js';

/** A reply under a question; plain text like the question. Never anonymous. */
@ObjectType({ description: 'A reply in a question’s thread.' })
@Entity()
@Index({ properties: ['question', 'createdAt'] })
export class BriefingReply extends BaseEntity {
  @ManyToOne(() => BriefingQuestion, { deleteRule: 'cascade' })
  question!: Rel<BriefingQuestion>;

  @ManyToOne(() => User)
  author!: Rel<User>;

  @ManyToOne(() => Market)
  authorMarket!: Rel<Market>;

  @Field({ description: 'Plain text, 1 to 2000 characters: display it as text, never as HTML.' })
  @Property({ type: 'text' })
  text!: string;
}
