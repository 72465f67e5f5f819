import { Entity, ManyToOne, type Rel, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { BriefingQuestion } from './briefing-question.entity.js';

/** One user's upvote of one question: the unique row is what makes upvoting twice a CONFLICT. */
@Entity()
@Unique({ properties: ['question', 'user'] })
export class BriefingUpvote extends BaseEntity {
  @ManyToOne(() => BriefingQuestion, { deleteRule: 'cascade' })
  question!: Rel<BriefingQuestion>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;
}
