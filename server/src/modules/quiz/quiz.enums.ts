import { registerEnumType } from 'type-graphql';

export enum QuizQuestionSource {
  CALIBRATION_GOLD = 'CALIBRATION_GOLD',
  AUDIT = 'AUDIT',
}
registerEnumType(QuizQuestionSource, {
  name: 'QuizQuestionSource',
  description: "Where a question's expected label comes from: a closed calibration item's gold, or an audit.",
});

export enum QuizAttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(QuizAttemptStatus, {
  name: 'QuizAttemptStatus',
  description: 'in progress → submitted (scored once, on submit).',
});
