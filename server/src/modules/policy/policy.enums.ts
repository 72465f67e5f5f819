import { registerEnumType } from 'type-graphql';

/** The policy areas of DESIGN.md. */
export enum PolicyArea {
  BULLYING = 'BULLYING',
  HATE_SPEECH = 'HATE_SPEECH',
  CHILD_SAFETY = 'CHILD_SAFETY',
  SELF_HARM = 'SELF_HARM',
  VIOLENCE = 'VIOLENCE',
  ANIMAL_HARM = 'ANIMAL_HARM',
  ADULT_CONTENT = 'ADULT_CONTENT',
  MISINFORMATION = 'MISINFORMATION',
  OTHER = 'OTHER',
}

registerEnumType(PolicyArea, { name: 'PolicyArea', description: 'The harm a policy is about.' });

/** A version's life: written as a draft, published (then immutable), retired. */
export enum PolicyVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

registerEnumType(PolicyVersionStatus, {
  name: 'PolicyVersionStatus',
  description: 'A draft can be edited; a published version is immutable; a retired one is kept for history.',
  valuesConfig: {
    DRAFT: { description: 'Being written; visible to internal staff only; editable by policy owners.' },
    PUBLISHED: { description: 'In force and immutable: cases, votes and audits are judged against it.' },
    RETIRED: { description: 'No longer in force; kept so past decisions can still be read against it.' },
  },
});
