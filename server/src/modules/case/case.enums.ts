import { registerEnumType } from 'type-graphql';

export enum ContentType {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
}

registerEnumType(ContentType, {
  name: 'ContentType',
  description: 'What kind of content a case is: text has `text`; images and videos have `mediaUrl`.',
});

export enum CaseSort {
  DECIDED_AT_DESC = 'DECIDED_AT_DESC',
  DECIDED_AT_ASC = 'DECIDED_AT_ASC',
}

registerEnumType(CaseSort, { name: 'CaseSort', description: 'Order of a case list (ties broken by id).' });

export enum CaseFileFormat {
  CSV = 'CSV',
  JSONL = 'JSONL',
}

registerEnumType(CaseFileFormat, {
  name: 'CaseFileFormat',
  description: 'CSV with a header row, or JSON Lines (one JSON object a line).',
});
