import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * One choice of a version's decision taxonomy. Stored inside the version as an ordered
 * JSONB array: the labels are always read together with their version, never queried
 * on their own, and are frozen with it on publishing.
 */
@ObjectType({ description: 'A label a reviewer may choose under a policy version.' })
@Embeddable()
export class TaxonomyLabel {
  @Field({ description: 'Stable identifier within the version, e.g. `violating`; what decisions and votes store.' })
  @Property({ type: 'string' })
  key!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'When to choose it; may be empty.' })
  @Property({ type: 'string' })
  description: string = '';

  @Field(() => Int, {
    nullable: true,
    description: 'Ordinal severity (higher is more severe); set on every label of a version or on none.',
  })
  @Property({ type: 'integer', nullable: true })
  severity: number | null = null;
}
