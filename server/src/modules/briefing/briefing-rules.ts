import { badInput, conflict } from '../shared/errors.js';
import { QuestionStatus } from './briefing.enums.js';
import type { Briefing } from './briefing.entity.js';
import type { BriefingQuestion } from './briefing-question.entity.js';
import type { BriefingReply } from './briefing-reply.entity.js';

// Rules of the thread shared by attendees' writes and the presenter's moderation.

export function assertText(text: string, what: 'question' | 'reply' | 'reason') {
  if (text.trim() === '') throw badInput(`Write a ${what}: it cannot be empty or only spaces.`);
}

export function assertThreadOpen(briefing: Briefing, verb: string) {
  if (briefing.threadClosedAt) {
    throw conflict(`The presenter has closed this briefing's thread: you can no longer ${verb} here.`);
  }
}

export function markAnswered(question: BriefingQuestion, official: BriefingReply | null) {
  if (official) question.officialAnswer = official;
  if (question.status !== QuestionStatus.ANSWERED) {
    question.status = QuestionStatus.ANSWERED;
    question.answeredAt = new Date();
  }
}
