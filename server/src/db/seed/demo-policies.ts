import type { EntityManager } from '@mikro-orm/postgresql';
import { PolicyArea, PolicyVersionStatus } from '../../modules/policy/policy.enums.js';
import { Policy } from '../../modules/policy/policy.entity.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { TaxonomyLabel } from '../../modules/policy/taxonomy-label.embeddable.js';
import type { User } from '../../modules/identity/user.entity.js';

type Label = [key: string, name: string, severity: number, description: string];

type DemoVersion = { labels: Label[]; remove: string[]; allow: string[]; changeSummary: string };

export type DemoPolicy = {
  key: string;
  title: string;
  area: PolicyArea;
  description: string;
  v1: DemoVersion;
  v2: DemoVersion;
  /** A third version left as a draft, to show editing. */
  v3?: DemoVersion;
  /** What a v2 decision was called under v1, where the key changed. */
  v1Decision?: Record<string, string>;
};

const none: Label = ['none', 'No violation', 0, 'Allowed: leave it up.'];

/** One policy per area of DESIGN.md, each with two versions whose second changes the taxonomy. */
export const DEMO_POLICIES: DemoPolicy[] = [
  {
    key: 'bullying',
    title: 'Bullying and harassment',
    area: PolicyArea.BULLYING,
    description: 'Content that insults, shames or targets a private person.',
    v1: {
      labels: [
        none,
        ['insult', 'Insult', 1, 'A one-off insult of a person.'],
        ['harassment', 'Harassment', 2, 'Repeated or targeted abuse of a person.'],
      ],
      remove: ['Insults aimed at a private person.', 'Repeated unwanted contact after being asked to stop.'],
      allow: ['Criticism of public figures for their public actions.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['insult', 'Mild insult', 1, 'A one-off insult, no threat, no pile-on.'],
        ['targeted_harassment', 'Targeted harassment', 2, 'Repeated abuse, or a call on others to join in.'],
        ['severe_harassment', 'Severe harassment', 3, 'Threats, doxxing or sexualised abuse of a person.'],
      ],
      remove: [
        'Insults aimed at a private person.',
        'Repeated unwanted contact after being asked to stop.',
        "Sharing a private person's address, phone number or workplace (doxxing).",
      ],
      allow: ['Criticism of public figures for their public actions.', 'Banter between friends that both join in.'],
      changeSummary: 'Splits harassment into targeted and severe; adds doxxing; allows mutual banter.',
    },
    v1Decision: { targeted_harassment: 'harassment', severe_harassment: 'harassment' },
  },
  {
    key: 'hate-speech',
    title: 'Hate speech',
    area: PolicyArea.HATE_SPEECH,
    description: 'Attacks on people for a protected characteristic.',
    v1: {
      labels: [
        none,
        ['stereotype', 'Stereotype', 1, 'A generalisation about a protected group.'],
        ['attack', 'Attack', 2, 'An attack on people for a protected characteristic.'],
      ],
      remove: ['Attacks on people for their ethnicity, religion, gender, sexual orientation or disability.'],
      allow: ['Discussion of hate speech to condemn or report it.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['stereotype', 'Harmful stereotype', 1, 'A generalisation that demeans a protected group.'],
        ['dehumanising', 'Dehumanising speech', 2, 'Comparing a group to animals, disease or filth.'],
        ['attack', 'Call for exclusion or violence', 3, 'Calls to exclude, segregate or harm a group.'],
      ],
      remove: [
        'Attacks on people for their ethnicity, religion, gender, sexual orientation or disability.',
        'Dehumanising comparisons of a protected group.',
      ],
      allow: ['Discussion of hate speech to condemn or report it.', 'Reclaimed terms used by the group itself.'],
      changeSummary: 'Adds a label for dehumanising speech; renames attack; allows reclaimed terms.',
    },
  },
  {
    key: 'child-safety',
    title: 'Child safety',
    area: PolicyArea.CHILD_SAFETY,
    description: "Protects minors' privacy and wellbeing.",
    v1: {
      labels: [
        none,
        ['minor_privacy', "Minor's personal data", 1, "A minor's full name, school or location."],
        ['endangerment', 'Child endangerment', 2, 'Content that puts a child at risk: escalate.'],
      ],
      remove: ['Personal data of a minor, such as their school and full name.'],
      allow: ['Family photos that show no personal data.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['minor_privacy', "Minor's personal data", 1, "A minor's full name, school or location."],
        ['underage_user', 'Underage user', 1, 'The account holder says or shows they are under 13.'],
        ['endangerment', 'Child endangerment', 3, 'Content that puts a child at risk: escalate at once.'],
      ],
      remove: ['Personal data of a minor, such as their school and full name.', 'Accounts of users under 13.'],
      allow: ['Family photos that show no personal data.'],
      changeSummary: 'Adds the underage user label; endangerment is escalated at once.',
    },
  },
  {
    key: 'self-harm',
    title: 'Suicide and self-harm',
    area: PolicyArea.SELF_HARM,
    description: 'Supports people at risk; removes promotion of self-harm.',
    v1: {
      labels: [
        none,
        ['support_seeking', 'Support seeking', 1, 'The person asks for help: send resources.'],
        ['promotion', 'Promotion', 2, 'Encourages or instructs self-harm.'],
      ],
      remove: ['Content that encourages or instructs self-harm.'],
      allow: ['People talking about their own struggles; send them help resources.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['recovery_story', 'Recovery story', 0, 'Someone tells how they got better: allowed.'],
        ['support_seeking', 'Support seeking: send help resources', 1, 'The person asks for help.'],
        ['promotion', 'Promotion or instructions', 2, 'Encourages or instructs self-harm.'],
      ],
      remove: ['Content that encourages or instructs self-harm.'],
      allow: [
        'People talking about their own struggles; send them help resources.',
        'Recovery stories without graphic detail.',
      ],
      changeSummary: 'Adds recovery stories as allowed content.',
    },
  },
  {
    key: 'violence',
    title: 'Violence and incitement',
    area: PolicyArea.VIOLENCE,
    description: 'Threats, incitement and glorification of violence.',
    v1: {
      labels: [
        none,
        ['glorification', 'Glorification', 1, 'Praises a violent act.'],
        ['threat', 'Threat', 2, 'Threatens someone with harm.'],
      ],
      remove: ['Threats of violence against a person or place.'],
      allow: ['News reporting on violent events.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['context', 'Fiction, sport or news context', 0, 'Violent words in an obviously harmless context.'],
        ['glorification', 'Glorification', 1, 'Praises a violent act.'],
        ['threat', 'Credible threat', 2, 'Threatens a person or place with a time, place or means.'],
        ['incitement', 'Incitement', 3, 'Calls on others to commit violence.'],
      ],
      remove: ['Threats of violence against a person or place.', 'Calls on others to commit violence.'],
      allow: ['News reporting on violent events.', 'Sports talk and fiction ("we will destroy them on Sunday").'],
      changeSummary: 'Adds incitement and an explicit label for harmless context.',
    },
  },
  {
    key: 'animal-harm',
    title: 'Animal abuse',
    area: PolicyArea.ANIMAL_HARM,
    description: 'Cruelty to animals.',
    v1: {
      labels: [
        none,
        ['mistreatment', 'Mistreatment', 1, 'Neglect or rough handling.'],
        ['cruelty', 'Cruelty', 2, 'Deliberate harm to an animal.'],
      ],
      remove: ['Content that shows or celebrates deliberate harm to animals.'],
      allow: ['Veterinary and farming content shown in a neutral way.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['rescue_context', 'Rescue or awareness', 0, 'Shows harm to raise awareness or ask for help.'],
        ['mistreatment', 'Mistreatment', 1, 'Neglect or rough handling.'],
        ['cruelty', 'Cruelty', 2, 'Deliberate harm to an animal.'],
      ],
      remove: ['Content that shows or celebrates deliberate harm to animals.'],
      allow: ['Veterinary and farming content shown in a neutral way.', 'Rescue appeals, with a warning screen.'],
      changeSummary: 'Adds rescue and awareness context as allowed behind a warning.',
    },
  },
  {
    key: 'adult-content',
    title: 'Adult nudity and sexual content',
    area: PolicyArea.ADULT_CONTENT,
    description: 'Nudity and sexual content between adults.',
    v1: {
      labels: [
        none,
        ['suggestive', 'Suggestive', 1, 'Sexually suggestive but not explicit.'],
        ['explicit', 'Explicit', 2, 'Explicit nudity or sexual activity.'],
      ],
      remove: ['Explicit nudity or sexual activity.'],
      allow: ['Art, breastfeeding and health education.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['suggestive', 'Suggestive', 1, 'Sexually suggestive but not explicit.'],
        ['partial_nudity', 'Partial nudity', 2, 'Nudity that is not sexual: age-gate it.'],
        ['explicit', 'Explicit', 3, 'Explicit nudity or sexual activity.'],
      ],
      remove: ['Explicit nudity or sexual activity.'],
      allow: ['Art, breastfeeding and health education.', 'Partial nudity, behind an age gate.'],
      changeSummary: 'Adds partial nudity, age-gated rather than removed.',
    },
  },
  {
    key: 'misinformation',
    title: 'Harmful misinformation',
    area: PolicyArea.MISINFORMATION,
    description: 'False claims that can cause real-world harm.',
    v1: {
      labels: [
        none,
        ['misleading', 'Misleading', 1, 'True facts arranged to mislead.'],
        ['harmful_false', 'Harmful false claim', 2, 'A false claim that can cause harm.'],
      ],
      remove: ['False health claims that can cause harm.', 'False claims about how to vote.'],
      allow: ['Opinion and debate.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['satire', 'Satire or opinion', 0, 'Obvious satire, or an opinion rather than a claim of fact.'],
        ['misleading', 'Missing context', 1, 'True facts arranged to mislead: add a label.'],
        ['harmful_false', 'Harmful false claim', 2, 'A false claim that can cause harm: remove.'],
      ],
      remove: ['False health claims that can cause harm.', 'False claims about how to vote.'],
      allow: ['Opinion and debate.', 'Satire that a reasonable reader recognises as such.'],
      changeSummary: 'Adds satire; misleading content gets a context label instead of removal.',
    },
    v3: {
      labels: [
        none,
        ['satire', 'Satire or opinion', 0, 'Obvious satire, or an opinion rather than a claim of fact.'],
        ['misleading', 'Missing context', 1, 'True facts arranged to mislead: add a label.'],
        ['manipulated_media', 'Manipulated media', 2, 'Edited or synthetic media presented as real.'],
        ['harmful_false', 'Harmful false claim', 2, 'A false claim that can cause harm: remove.'],
      ],
      remove: [
        'False health claims that can cause harm.',
        'False claims about how to vote.',
        'Edited or synthetic media presented as real.',
      ],
      allow: ['Opinion and debate.', 'Satire that a reasonable reader recognises as such.'],
      changeSummary: 'Draft: adds manipulated media.',
    },
  },
  {
    key: 'spam',
    title: 'Spam and scams',
    area: PolicyArea.OTHER,
    description: 'Unwanted commercial content, scams and phishing.',
    v1: {
      labels: [
        none,
        ['spam', 'Spam', 1, 'Repetitive or unsolicited commercial content.'],
        ['scam', 'Scam', 2, 'Tries to take money or data by deceit.'],
      ],
      remove: ['Repetitive commercial posts.', 'Phishing links and fake giveaways.'],
      allow: ['A business sharing its own news now and then.'],
      changeSummary: 'First version.',
    },
    v2: {
      labels: [
        none,
        ['self_promotion', 'Excessive self-promotion', 1, 'The same promotion posted again and again.'],
        ['spam', 'Spam', 1, 'Unsolicited commercial content.'],
        ['scam', 'Scam or phishing', 2, 'Tries to take money or data by deceit.'],
      ],
      remove: ['Repetitive commercial posts.', 'Phishing links and fake giveaways.'],
      allow: ['A business sharing its own news now and then.'],
      changeSummary: 'Separates excessive self-promotion from spam.',
    },
    v1Decision: { self_promotion: 'spam' },
  },
];

/** A policy text in Markdown, from a version's rules. */
function bodyOf(policy: DemoPolicy, version: DemoVersion): string {
  return [
    `# ${policy.title}`,
    '',
    policy.description,
    '',
    '## We remove',
    '',
    ...version.remove.map((rule) => `- ${rule}`),
    '',
    '## We allow',
    '',
    ...version.allow.map((rule) => `- ${rule}`),
    '',
    '## How to decide',
    '',
    'Choose the **most severe** label that applies. When unsure, choose the lower one and leave a note.',
    '',
    ...version.labels.map(([key, name, , description]) => `- \`${key}\` — **${name}**: ${description}`),
    '',
  ].join('\n');
}

const labelsOf = (version: DemoVersion) =>
  version.labels.map(([key, name, severity, description]) =>
    Object.assign(new TaxonomyLabel(), { key, name, severity, description }),
  );

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo policies: version 1 retired, version 2 published and in force, and for
 * misinformation a third version as a draft. Effective dates are relative to `now`.
 */
export function seedDemoPolicies(em: EntityManager, owner: User, now = new Date()) {
  const created = new Map<string, { policy: Policy; v1: PolicyVersion; v2: PolicyVersion }>();
  for (const spec of DEMO_POLICIES) {
    const policy = em.create(Policy, {
      key: spec.key,
      title: spec.title,
      area: spec.area,
      description: spec.description,
    });
    const version = (number: number, content: DemoVersion, status: PolicyVersionStatus, effective: string | null) =>
      em.create(PolicyVersion, {
        policy,
        number,
        status,
        effectiveDate: effective,
        body: bodyOf(spec, content),
        changeSummary: content.changeSummary,
        labels: labelsOf(content),
        createdBy: owner,
        publishedBy: status === PolicyVersionStatus.DRAFT ? null : owner,
        publishedAt: status === PolicyVersionStatus.DRAFT ? null : new Date(`${effective}T09:00:00Z`),
        retiredAt: status === PolicyVersionStatus.RETIRED ? new Date(`${daysAgo(now, 90)}T09:00:00Z`) : null,
      });
    const v1 = version(1, spec.v1, PolicyVersionStatus.RETIRED, daysAgo(now, 400));
    const v2 = version(2, spec.v2, PolicyVersionStatus.PUBLISHED, daysAgo(now, 90));
    if (spec.v3) version(3, spec.v3, PolicyVersionStatus.DRAFT, null);
    created.set(spec.key, { policy, v1, v2 });
  }
  return created;
}
