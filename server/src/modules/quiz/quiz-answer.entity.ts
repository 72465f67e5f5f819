import { Entity, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';

@ObjectType({ description: 'The label a taker chose for one question, and whether it was the expected one.' })
@Entity()
@Unique({ properties: ['attempt', 'question'] })
export class QuizAnswer extends BaseEntity {
  @ManyToOne(() => QuizAttempt)
  attempt!: Rel<QuizAttempt>;

  @Field(() => QuizQuestion)
  @ManyToOne(() => QuizQuestion)
  question!: Rel<QuizQuestion>;

  @Field()
  @Property({ length: 100 })
  label!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  correct!: boolean;
}
