import { FieldResolver, Resolver, Root } from 'type-graphql';
import { alphaBand, landisKochBand } from '../../stats/index.js';
import { AlphaStat, KappaStat, ScoreBand, StatValue } from './stat-value.types.js';

// Stored results and computed figures are plain objects: the band is read from the value here.
@Resolver(() => KappaStat)
export class KappaStatResolver {
  @FieldResolver(() => ScoreBand, { nullable: true })
  band(@Root() stat: StatValue): ScoreBand | null {
    return landisKochBand(stat.value) as ScoreBand | null;
  }
}

@Resolver(() => AlphaStat)
export class AlphaStatResolver {
  @FieldResolver(() => ScoreBand, { nullable: true })
  band(@Root() stat: StatValue): ScoreBand | null {
    return alphaBand(stat.value) as ScoreBand | null;
  }
}
