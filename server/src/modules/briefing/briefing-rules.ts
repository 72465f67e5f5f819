import { QuestionStatus } from './briefing.enums.js';
import { briefingError } from './briefing.errors.js';
import type { Briefing } from './briefing.entity.js';
import type { BriefingQuestion } from './briefing-question.entity.js';
import type { BriefingReply } from './briefing-reply.entity.js';

// Rules of the thread shared by attendees' writes and the presenter's moderation.

const EMPTY = { question: 'EMPTY_QUESTION', reply: 'EMPTY_REPLY', reason: 'EMPTY_REASON' } as const;

export function assertText(text: string, what: keyof typeof EMPTY) {
  if (text.trim() === '') {
    throw briefingError('BAD_USER_INPUT', EMPTY[what], `Write a ${what}: it cannot be empty or only spaces.`);
  }
}

export function assertThreadOpen(briefing: Briefing, verb: string) {
  if (briefing.threadClosedAt) {
    throw briefingError(
      'CONFLICT',
      'THREAD_CLOSED',
      `The presenter has closed this briefing's thread: you can no longer ${verb} here.`,
    );
  }
}

export function markAnswered(question: BriefingQuestion, official: BriefingReply | null) {
  if (official) question.officialAnswer = official;
  if (question.status !== QuestionStatus.ANSWERED) {
    question.status = QuestionStatus.ANSWERED;
    question.answeredAt = new Date();
  }
}
