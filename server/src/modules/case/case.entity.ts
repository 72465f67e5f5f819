import { ArrayType, Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { ContentType } from './case.enums.js';

/**
 * One content item and the moderator's decision on it. `team` and `policy` copy the
 * moderator's team and the version's policy when the case is written, so scoping and
 * the list filters are plain indexed columns. Lists are ordered by (decidedAt, id),
 * and each scope or filter column leads an index with that order.
 */
@ObjectType({ description: 'A content item under review and the moderator decision on it.' })
@Entity({ tableName: 'moderation_case' })
@Unique({ properties: ['source', 'externalId'] })
@Index({ properties: ['decidedAt', 'id'] })
@Index({ properties: ['team', 'decidedAt', 'id'] })
@Index({ properties: ['market', 'decidedAt', 'id'] })
@Index({ properties: ['policy', 'decidedAt', 'id'] })
@Index({ properties: ['queue'] })
// Audit sampling draws a day's cases of one queue or one moderator.
@Index({ properties: ['queue', 'decidedAt'] })
@Index({ properties: ['moderator', 'decidedAt'] })
@Index({ properties: ['decision'] })
@Index({ properties: ['policyVersion'] })
@Index({ properties: ['moderator'] })
// Substring search (`ILIKE '%term%'`) in any language, backed by trigrams (pg_trgm).
@Index({
  name: 'moderation_case_text_trgm_index',
  expression: 'create index "moderation_case_text_trgm_index" on "moderation_case" using gin ("text" gin_trgm_ops)',
})
// `decision`, `moderator`, `text` and `mediaUrl` reach GraphQL through CaseResolver, which hides them
// from a voter on a blind calibration item.
export class Case extends BaseEntity {
  @Field({ description: 'The system the case came from, e.g. `review-tool`.' })
  @Property({ length: 100 })
  source!: string;

  @Field({ description: 'The id of the case in its source; unique per source.' })
  @Property({ length: 200 })
  externalId!: string;

  @Field(() => Market)
  @ManyToOne(() => Market)
  market!: Rel<Market>;

  @Field({ description: 'The review queue it was routed to, e.g. `hate-speech-it`.' })
  @Property({ length: 100 })
  queue!: string;

  @Field(() => ContentType)
  @Enum({ items: () => ContentType, nativeEnumName: 'content_type' })
  contentType!: ContentType;

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  @Property({ length: 2048, nullable: true })
  mediaUrl: string | null = null;

  @Field(() => [String], {
    description: 'E.g. `graphic`, `minor`: media with any tag is shown blurred until revealed.',
  })
  @Property({ type: ArrayType, default: '{}' })
  sensitivityTags: string[] & Opt = [];

  @Field(() => PolicyVersion, { description: 'The policy version the decision was made under.' })
  @ManyToOne(() => PolicyVersion)
  policyVersion!: Rel<PolicyVersion>;

  @Field(() => Policy)
  @ManyToOne(() => Policy)
  policy!: Rel<Policy>;

  @Property({ length: 50 })
  decision!: string;

  @ManyToOne(() => User)
  moderator!: Rel<User>;

  @Field(() => Team, { description: "The moderator's team when the case was decided." })
  @ManyToOne(() => Team)
  team!: Rel<Team>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  decidedAt!: Date;
}
