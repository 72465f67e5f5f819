import { registerEnumType } from 'type-graphql';

/** The five roles of DESIGN.md. */
export enum Role {
  ADMIN = 'ADMIN',
  POLICY_OWNER = 'POLICY_OWNER',
  QA_MANAGER = 'QA_MANAGER',
  QA_SPECIALIST = 'QA_SPECIALIST',
  MODERATOR = 'MODERATOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do; see DESIGN.md.',
  valuesConfig: {
    ADMIN: { description: 'Manages markets, teams and users.' },
    POLICY_OWNER: { description: 'Writes policy versions and taxonomies, sets gold answers, presents briefings.' },
    QA_MANAGER: { description: 'Leads QA; reads agreement and quality across markets; owns RCA escalations.' },
    QA_SPECIALIST: { description: 'Audits, facilitates calibration sessions, gives feedback.' },
    MODERATOR: { description: 'A labeler, often at a vendor: votes, asks questions, appeals verdicts.' },
  },
});

export enum TeamKind {
  INTERNAL = 'INTERNAL',
  VENDOR = 'VENDOR',
}

registerEnumType(TeamKind, {
  name: 'TeamKind',
  description: 'An internal team of the platform, or a team at a BPO vendor.',
});
