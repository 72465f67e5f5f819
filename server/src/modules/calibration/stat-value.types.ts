import { Field, Int, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { ScoreBand as Band } from '../../stats/index.js';

// The verbal reading of a figure (STATS.md "Reading the figures") is the server's to give:
// clients translate the enum and colour by it, and never place a value in a band themselves.

@ObjectType({ description: 'A statistic: a number, or null with the reason it is undefined (STATS.md).' })
export class StatValue {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType()
export class CountedStat extends StatValue {
  @Field(() => Int, { nullable: true }) correct?: number;
  @Field(() => Int, { nullable: true }) total?: number;
  @Field(() => Int, { nullable: true }) matched?: number;
  @Field(() => Int, { nullable: true }) items?: number;
  @Field(() => Int, { nullable: true }) compared?: number;
  @Field(() => Int, { nullable: true }) agreed?: number;
}

export enum ScoreBand {
  POOR = 'POOR',
  SLIGHT = 'SLIGHT',
  FAIR = 'FAIR',
  MODERATE = 'MODERATE',
  SUBSTANTIAL = 'SUBSTANTIAL',
  ALMOST_PERFECT = 'ALMOST_PERFECT',
  RELIABLE = 'RELIABLE',
  TENTATIVE = 'TENTATIVE',
  UNRELIABLE = 'UNRELIABLE',
}

// Every band of stats/bands.ts is a value of the enum, and nothing else is (a type error if not).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameBands: Same<`${ScoreBand}`, Band> = true;
void sameBands;

registerEnumType(ScoreBand, {
  name: 'ScoreBand',
  description:
    "The reading of a figure: POOR to ALMOST_PERFECT for a kappa-type coefficient (Landis & Koch 1977, by the value at two decimals), RELIABLE, TENTATIVE (conclusions only) or UNRELIABLE for Krippendorff's alpha (Krippendorff 2004).",
});

@ObjectType({
  description: "A kappa-type coefficient (Fleiss' or Cohen's kappa, Gwet's AC1) and its Landis & Koch reading.",
})
export class KappaStat extends StatValue {
  @Field(() => ScoreBand, { nullable: true, description: 'Null when the value is.' })
  band?: ScoreBand | null;
}

@ObjectType({ description: "Krippendorff's alpha and its reading." })
export class AlphaStat extends StatValue {
  @Field(() => ScoreBand, { nullable: true, description: 'Null when the value is.' })
  band?: ScoreBand | null;
}
