import { Collection, Entity, Index, ManyToMany, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';

/**
 * A knowledge quiz: cases with expected labels, assigned to markets and/or teams. Its
 * takers are the moderators of those markets and teams; QA staff build it and read
 * its results. Questions are fixed when it is created.
 */
@ObjectType({ description: 'A knowledge quiz built from cases with expected labels.' })
@Entity()
@Index({ properties: ['createdAt'] })
export class Quiz extends BaseEntity {
  @Field()
  @Property({ length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => User)
  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Date, { nullable: true, description: 'Shown to takers; attempts are still accepted after it.' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => [Market], { description: 'Every moderator of these markets takes it.' })
  @ManyToMany(() => Market)
  assignedMarkets = new Collection<Market>(this);

  @ManyToMany(() => Team)
  assignedTeams = new Collection<Team>(this);

  @OneToMany(() => QuizQuestion, (q) => q.quiz, { orderBy: { position: 'asc' } })
  questions = new Collection<QuizQuestion>(this);

  /** How it was built, to show and to reproduce (e.g. the contested-items rule and window). */
  @Property({ type: 'json', nullable: true })
  build: Record<string, unknown> | null = null;
}
