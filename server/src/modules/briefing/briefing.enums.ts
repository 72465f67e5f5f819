import { registerEnumType } from 'type-graphql';

export enum BriefingStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}
registerEnumType(BriefingStatus, {
  name: 'BriefingStatus',
  description:
    'scheduled → live → ended. After the end, questions stay open for written follow-up until the thread is closed.',
});

export enum QuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description: 'A briefing question: open, answered by the presenter, or dismissed (with a reason).',
});

export enum QuestionOrder {
  TOP = 'TOP',
  RECENT = 'RECENT',
}
registerEnumType(QuestionOrder, {
  name: 'QuestionOrder',
  description: 'TOP: pinned first, then most upvoted, then newest. RECENT: newest first.',
});
