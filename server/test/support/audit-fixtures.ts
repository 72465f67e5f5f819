import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { ContentType } from '../../src/modules/case/case.enums.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Policy } from '../../src/modules/policy/policy.entity.js';
import { PolicyArea, PolicyVersionStatus } from '../../src/modules/policy/policy.enums.js';
import { PolicyVersion } from '../../src/modules/policy/policy-version.entity.js';
import { LABELS } from './calibration-fixtures.js';

export { LABELS };

/** A published policy version with the four ordered `LABELS`. */
export async function auditPolicy(em: EntityManager) {
  const suffix = randomUUID().slice(0, 8);
  const policy = em.create(Policy, {
    key: `audit-${suffix}`,
    title: `Audited policy ${suffix}`,
    area: PolicyArea.BULLYING,
    description: '',
  });
  const version = em.create(PolicyVersion, {
    policy,
    number: 1,
    status: PolicyVersionStatus.PUBLISHED,
    effectiveDate: '2025-01-01',
    body: '# Audited',
    labels: LABELS,
    publishedAt: new Date(),
  });
  await em.flush();
  return { policy, version };
}

/**
 * Cases decided on `day` (UTC) in a queue of their own, so a plan scoped to it sees only
 * these. `decisions` lists how many of each label, in `LABELS` order; moderators take
 * turns (each case gets the moderator's team and market).
 */
export async function casesOnDay(
  em: EntityManager,
  options: { day: string; queue: string; moderatorEmails: string[]; decisions: number[]; version?: PolicyVersion },
) {
  const { version } = options.version ? { version: options.version } : await auditPolicy(em);
  const moderators = await em.find(
    User,
    { email: { $in: options.moderatorEmails } },
    { populate: ['team', 'market'], orderBy: { email: 'asc' } },
  );
  if (moderators.length !== options.moderatorEmails.length) throw new Error('unknown moderator email');
  const start = Date.parse(`${options.day}T00:00:00Z`);
  const cases: Case[] = [];
  let i = 0;
  options.decisions.forEach((count, label) => {
    for (let k = 0; k < count; k++, i++) {
      const moderator = moderators[i % moderators.length]!;
      cases.push(
        em.create(Case, {
          source: 'audit-test',
          externalId: `${options.queue}-${options.day}-${i}`,
          market: moderator.market,
          queue: options.queue,
          contentType: ContentType.TEXT,
          text: `Audited comment ${i}`,
          policyVersion: version,
          policy: version.policy,
          decision: LABELS[label]!.key,
          moderator,
          team: moderator.team!,
          // Spread over the day, last one a second before midnight: all on `day`.
          decidedAt: new Date(start + Math.floor((i * 86_399_000) / Math.max(1, sum(options.decisions) - 1))),
        }),
      );
    }
  });
  await em.flush();
  return { version, cases };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const uniqueQueue = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;
