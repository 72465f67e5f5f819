import { registerEnumType } from 'type-graphql';

export enum SessionMode {
  BLIND = 'BLIND',
  OPEN = 'OPEN',
}
registerEnumType(SessionMode, {
  name: 'SessionMode',
  description:
    'BLIND: nobody sees the distribution or the gold until an item is revealed. OPEN: the distribution shows as votes come in.',
});

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'scheduled → live → closed' });

export enum ItemState {
  PENDING = 'PENDING',
  VOTING = 'VOTING',
  REVEALED = 'REVEALED',
}
registerEnumType(ItemState, { name: 'ItemState', description: 'pending → voting → revealed' });

export enum SamplingRule {
  RANDOM = 'RANDOM',
  STRATIFIED_BY_MARKET = 'STRATIFIED_BY_MARKET',
  STRATIFIED_BY_DECISION = 'STRATIFIED_BY_DECISION',
  STRATIFIED_BY_QUEUE = 'STRATIFIED_BY_QUEUE',
}
registerEnumType(SamplingRule, {
  name: 'SamplingRule',
  description: 'How items are drawn from cases: at random, or in equal shares per stratum (reproducible from a seed).',
});

export enum ChallengeStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
}
registerEnumType(ChallengeStatus, {
  name: 'ChallengeStatus',
  description: 'A gold challenge: open, upheld (gold stays) or changed (gold replaced).',
});
