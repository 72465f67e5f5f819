import { Entity, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
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

  @Field(() => Boolean, {
    description: 'Hidden by the presenter (abusive or off-topic): seen only by the presenter, admins and its author.',
  })
  @Property({ type: 'boolean', default: false })
  hidden: boolean & Opt = false;

  /** Why it was hidden; exposed by the resolver to those who still see the reply. */
  @Property({ type: 'text', nullable: true })
  hiddenReason: string | null = null;
}
