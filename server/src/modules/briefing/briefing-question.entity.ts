import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { FaqEntry } from '../policy/faq-entry.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { QuestionStatus } from './briefing.enums.js';
import { Briefing } from './briefing.entity.js';
import type { BriefingReply } from './briefing-reply.entity.js';

/**
 * A question asked in a briefing. The text is plain text, stored as given and never
 * rendered as HTML. The author is exposed through field resolvers that apply anonymity
 * and vendor scoping per viewer, never as a plain field. `upvoteCount` is kept in step
 * with the `BriefingUpvote` rows in the same transaction.
 */
@ObjectType({ description: 'A question in a briefing’s Q&A thread.' })
@Entity()
@Index({ properties: ['briefing', 'createdAt'] })
export class BriefingQuestion extends BaseEntity {
  @ManyToOne(() => Briefing, { deleteRule: 'cascade' })
  briefing!: Rel<Briefing>;

  @ManyToOne(() => User)
  author!: Rel<User>;

  /** The author's market when they asked: shown where their name may not be. */
  @ManyToOne(() => Market)
  authorMarket!: Rel<Market>;

  @Field({ description: 'Plain text, 1 to 1000 characters, exactly as asked: display it as text, never as HTML.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Boolean, { description: 'Anonymous to other attendees; the presenter and admins still see the author.' })
  @Property({ type: 'boolean', default: false })
  anonymous: boolean & Opt = false;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  upvoteCount: number & Opt = 0;

  @Field(() => QuestionStatus)
  @Enum({ items: () => QuestionStatus, nativeEnumName: 'question_status', default: QuestionStatus.OPEN })
  status: QuestionStatus & Opt = QuestionStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed.' })
  @Property({ type: 'text', nullable: true })
  dismissalReason: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  pinned: boolean & Opt = false;

  @Field(() => Boolean, {
    description: 'Hidden from attendees (abusive, off-topic); only the presenter, admins and the author see it.',
  })
  @Property({ type: 'boolean', default: false })
  hidden: boolean & Opt = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @ManyToOne(() => 'BriefingReply', { nullable: true, deleteRule: 'set null' })
  officialAnswer: Rel<BriefingReply> | null = null;

  @ManyToOne(() => FaqEntry, { nullable: true, deleteRule: 'set null' })
  faqEntry: Rel<FaqEntry> | null = null;
}
