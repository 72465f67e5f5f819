import { registerEnumType } from 'type-graphql';

export enum RootCause {
  POLICY_AMBIGUITY = 'POLICY_AMBIGUITY',
  TRAINING_GAP = 'TRAINING_GAP',
  TOOLING = 'TOOLING',
  MARKET_CONTEXT = 'MARKET_CONTEXT',
  PROCESS = 'PROCESS',
}
registerEnumType(RootCause, {
  name: 'RootCause',
  description: 'Why an error trend happens.',
  valuesConfig: {
    POLICY_AMBIGUITY: { description: 'The policy text or taxonomy reads two ways.' },
    TRAINING_GAP: { description: 'Reviewers were not taught, or forgot, how to apply it.' },
    TOOLING: { description: 'The review tool got in the way (layout, defaults, missing context).' },
    MARKET_CONTEXT: { description: 'Market or cultural context changes the reading.' },
    PROCESS: { description: 'Routing, staffing, targets or another process cause.' },
  },
});

export enum RcaState {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}
registerEnumType(RcaState, { name: 'RcaState', description: 'open → in progress → resolved' });

export enum RcaOrigin {
  MANUAL = 'MANUAL',
  ERROR_TREND = 'ERROR_TREND',
}
registerEnumType(RcaOrigin, {
  name: 'RcaOrigin',
  description: 'Filed by hand, or from an error trend (its figures are kept as they were then).',
});

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
