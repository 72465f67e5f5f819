import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { escapeLike } from '../shared/sql.js';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { notFound, unauthenticated } from '../shared/errors.js';
import { loadItems } from '../shared/load.js';
import { canSeeDrafts, policyVersionScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { User } from '../identity/user.entity.js';
import { Acknowledgement } from './acknowledgement.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import type {
  AddFaqEntryInput,
  CreatePolicyInput,
  CreatePolicyVersionInput,
  PoliciesFilter,
  UpdatePolicyInput,
  UpdatePolicyVersionInput,
} from './policy.inputs.js';
import { PolicyVersionStatus } from './policy.enums.js';
import { policyError } from './policy.errors.js';
import { Policy } from './policy.entity.js';
import type { AcknowledgementReport, PolicyVersionDiff } from './policy.types.js';
import { PolicyVersion } from './policy-version.entity.js';
import { draftTaxonomyProblems, normaliseLabels, publishProblems } from './taxonomy.js';
import { acknowledgementReport } from './acknowledgement-report.js';
import { toLabel, versionDiff } from './policy-diff.js';

const describe = (version: PolicyVersion) => `Version ${version.number} of policy "${version.policy.key}"`;
/** What `describe` names, as an error's values. */
const named = (version: PolicyVersion) => ({ policyKey: version.policy.key, versionNumber: version.number });

/** `YYYY-MM-DD` of today in UTC, comparable with effective dates. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Policies, their versions and taxonomies, acknowledgements and FAQ. A published
 * version's text and taxonomy never change (every mutation on it is a CONFLICT); its FAQ
 * and acknowledgements grow. Mutations that read then write a version lock its row, so
 * a publish and an edit of the same draft cannot interleave.
 */
export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  // ---- reading -------------------------------------------------------------------------

  policies(filter: PoliciesFilter) {
    const search = filter.search?.trim();
    const pattern = search ? `%${escapeLike(search)}%` : undefined;
    return this.em.find(
      Policy,
      {
        ...(filter.area ? { area: filter.area } : {}),
        ...(pattern ? { $or: [{ key: { $ilike: pattern } }, { title: { $ilike: pattern } }] } : {}),
      },
      { orderBy: { title: 'asc', id: 'asc' } },
    );
  }

  async policy(id: string) {
    const policy = await this.em.findOne(Policy, id);
    if (!policy) throw notFound('Policy', id);
    return policy;
  }

  /** A version the viewer may see (drafts only for internal staff), or NOT_FOUND. */
  version(id: string) {
    return this.findVersion(this.em, id, false);
  }

  /** `lock`: FOR UPDATE, inside `em`'s transaction. */
  private async findVersion(em: EntityManager, id: string, lock: boolean) {
    const version = await em.findOne(
      PolicyVersion,
      { $and: [{ id }, policyVersionScope(this.me)] },
      { populate: ['policy'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
    );
    if (!version) throw notFound('Policy version', id);
    return version;
  }

  /** A policy's versions the viewer may see, newest first. */
  async versionsOf(policy: Policy) {
    const versions = await loadItems(policy.versions);
    const visible = canSeeDrafts(this.me) ? versions : versions.filter((v) => v.status !== PolicyVersionStatus.DRAFT);
    return [...visible].sort((a, b) => b.number - a.number);
  }

  /** The published version in force today: the latest effective date that has come (ties: higher number). */
  async currentVersionOf(policy: Policy) {
    const now = today();
    const inForce = (await this.versionsOf(policy)).filter(
      (v) => v.status === PolicyVersionStatus.PUBLISHED && v.effectiveDate !== null && v.effectiveDate <= now,
    );
    inForce.sort((a, b) =>
      b.effectiveDate! < a.effectiveDate! ? -1 : b.effectiveDate! > a.effectiveDate! ? 1 : b.number - a.number,
    );
    return inForce[0] ?? null;
  }

  async faqOf(version: PolicyVersion) {
    return [...(await loadItems(version.faq))].sort((a, b) => a.position - b.position);
  }

  private readonly myAcknowledgements = new DataLoader<string, Acknowledgement | null>(async (versionIds) => {
    const found = await this.em.find(Acknowledgement, { user: this.me.id, version: { $in: [...versionIds] } });
    const byVersion = new Map(found.map((a) => [a.version.id, a]));
    return versionIds.map((id) => byVersion.get(id) ?? null);
  });

  /** The viewer's acknowledgement of a version, batched over a list of versions. */
  myAcknowledgement(version: PolicyVersion) {
    return this.myAcknowledgements.load(version.id);
  }

  /** Who has and has not acknowledged a version, per market (acknowledgement-report.ts). */
  acknowledgementReport(version: PolicyVersion): Promise<AcknowledgementReport> {
    return acknowledgementReport(this.em, this.me, version);
  }

  /** Labels added, removed and changed, and a line diff of the body, from one version to another of a policy. */
  async diff(fromId: string, toId: string): Promise<PolicyVersionDiff> {
    return versionDiff(await this.version(fromId), await this.version(toId));
  }

  // ---- writing -------------------------------------------------------------------------

  /** A new policy with an empty draft as version 1. */
  async createPolicy(input: CreatePolicyInput) {
    const keyTaken = () =>
      policyError('CONFLICT', 'KEY_TAKEN', `A policy with the key "${input.key}" exists already: choose another key.`, {
        policyKey: input.key,
      });
    if (await this.em.count(Policy, { key: input.key })) throw keyTaken();
    return this.em
      .transactional(async (em) => {
        const policy = em.create(Policy, {
          key: input.key,
          title: input.title.trim(),
          area: input.area,
          description: input.description?.trim() ?? '',
        });
        const draft = em.create(PolicyVersion, { policy, number: 1, createdBy: em.getReference(User, this.me.id) });
        return { policy, draft };
      })
      .catch(rethrowUnique(keyTaken));
  }

  async updatePolicy(input: UpdatePolicyInput) {
    const policy = await this.policy(input.policyId);
    // Omitted or null: unchanged (null reached .trim() and the NOT NULL columns as a 500).
    if (input.title != null) policy.title = input.title.trim();
    if (input.area != null) policy.area = input.area;
    if (input.description != null) policy.description = input.description.trim();
    await this.em.flush();
    return { policy };
  }

  /**
   * The next version of a policy as a draft, copying the text and taxonomy of
   * `baseVersionId` (by default the latest version). A policy has at most one draft.
   */
  async createVersion(input: CreatePolicyVersionInput) {
    return this.em.transactional(async (em) => {
      const policy = await em.findOne(Policy, input.policyId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!policy) throw notFound('Policy', input.policyId);
      const versions = await em.find(PolicyVersion, { policy }, { orderBy: { number: 'desc' } });
      const draft = versions.find((v) => v.status === PolicyVersionStatus.DRAFT);
      if (draft) {
        throw policyError(
          'CONFLICT',
          'DRAFT_EXISTS',
          `Policy "${policy.key}" already has a draft (version ${draft.number}): edit or discard it before starting another.`,
          named(draft),
        );
      }
      const base = input.baseVersionId ? versions.find((v) => v.id === input.baseVersionId) : versions[0];
      if (input.baseVersionId && !base) {
        const { baseVersionId } = input;
        throw policyError(
          'BAD_USER_INPUT',
          'BASE_NOT_IN_POLICY',
          `Version ${baseVersionId} is not a version of policy "${policy.key}".`,
          { baseVersionId, policyKey: policy.key },
        );
      }
      const version = em.create(PolicyVersion, {
        policy,
        number: (versions[0]?.number ?? 0) + 1,
        body: base?.body ?? '',
        labels: (base?.labels ?? []).map((l) => toLabel({ ...l })),
        changeSummary: '',
        createdBy: em.getReference(User, this.me.id),
      });
      return { version };
    });
  }

  async updateVersion(input: UpdatePolicyVersionInput) {
    return this.em.transactional(async (em) => {
      const version = await this.findVersion(em, input.versionId, true);
      assertDraft(version, 'edited');
      // Omitted or null: unchanged; only the effective date is cleared by null.
      if (input.labels != null) {
        const labels = normaliseLabels(input.labels);
        const problems = draftTaxonomyProblems(labels);
        if (problems.length > 0) {
          throw policyError(
            'BAD_USER_INPUT',
            'TAXONOMY_PROBLEMS',
            `The taxonomy has problems: ${problems.join('; ')}.`,
            { problems },
          );
        }
        version.labels = labels.map(toLabel);
      }
      if (input.body != null) version.body = input.body;
      if (input.changeSummary != null) version.changeSummary = input.changeSummary.trim();
      if (input.effectiveDate !== undefined) version.effectiveDate = input.effectiveDate;
      return { version };
    });
  }

  async publish(versionId: string) {
    return this.em.transactional(async (em) => {
      const version = await this.findVersion(em, versionId, true);
      assertDraft(version, 'published again');
      const problems = publishProblems(version);
      if (problems.length > 0) {
        throw policyError(
          'BAD_USER_INPUT',
          'NOT_PUBLISHABLE',
          `${describe(version)} cannot be published yet: ${problems.join('; ')}.`,
          { ...named(version), problems },
        );
      }
      version.status = PolicyVersionStatus.PUBLISHED;
      version.publishedAt = new Date();
      version.publishedBy = em.getReference(User, this.me.id);
      this.trail.add(em, {
        action: AuditAction.POLICY_PUBLISHED,
        target: { type: 'PolicyVersion', id: version.id, label: `${version.policy.key} v${version.number}` },
        before: { status: PolicyVersionStatus.DRAFT },
        after: { status: version.status, effectiveDate: version.effectiveDate ?? null },
      });
      return { version };
    });
  }

  async retire(versionId: string) {
    return this.em.transactional(async (em) => {
      const version = await this.findVersion(em, versionId, true);
      if (version.status !== PolicyVersionStatus.PUBLISHED) {
        throw version.status === PolicyVersionStatus.DRAFT
          ? policyError(
              'CONFLICT',
              'NOT_PUBLISHED',
              `${describe(version)} is a draft: publish it first, or discard it.`,
              named(version),
            )
          : policyError('CONFLICT', 'RETIRED', `${describe(version)} is already retired.`, named(version));
      }
      version.status = PolicyVersionStatus.RETIRED;
      version.retiredAt = new Date();
      return { version };
    });
  }

  /** Deletes a draft (and its FAQ); published and retired versions are kept forever. */
  async discard(versionId: string) {
    return this.em.transactional(async (em) => {
      const version = await this.findVersion(em, versionId, true);
      assertDraft(version, 'discarded');
      await em.nativeDelete(FaqEntry, { version });
      const policy = version.policy;
      em.remove(version);
      return { policy, discardedVersionId: versionId };
    });
  }

  /** Records that the viewer has read a published version; acknowledging twice keeps the first time. */
  async acknowledge(versionId: string) {
    const version = await this.version(versionId);
    if (version.status !== PolicyVersionStatus.PUBLISHED) {
      const draft = version.status === PolicyVersionStatus.DRAFT;
      throw policyError(
        'CONFLICT',
        draft ? 'NOT_PUBLISHED' : 'RETIRED',
        `${describe(version)} is ${draft ? 'a draft' : 'retired'}: only published versions are acknowledged.`,
        named(version),
      );
    }
    const user = this.em.getReference(User, this.me.id);
    const existing = await this.em.findOne(Acknowledgement, { version, user });
    if (existing) return { version, acknowledgement: existing };
    try {
      const acknowledgement = this.em.create(Acknowledgement, { version, user });
      await this.em.flush();
      return { version, acknowledgement };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Acknowledged at the same moment in another request: that one stands.
      this.em.clear();
      return {
        version: await this.version(versionId),
        acknowledgement: await this.em.findOneOrFail(Acknowledgement, { version: versionId, user: this.me.id }),
      };
    }
  }

  /**
   * Adds a question and answer to a version's FAQ, last. Briefings call this to promote
   * an answered question. Drafts and published versions take FAQ entries; retired ones
   * do not.
   */
  async addFaqEntry(versionId: string, entry: Pick<AddFaqEntryInput, 'question' | 'answer'>) {
    return this.em.transactional(async (em) => {
      const version = await this.findVersion(em, versionId, true);
      if (version.status === PolicyVersionStatus.RETIRED) {
        throw policyError(
          'CONFLICT',
          'RETIRED',
          `${describe(version)} is retired: add the question to the version in force.`,
          named(version),
        );
      }
      const last = await em.findOne(FaqEntry, { version }, { orderBy: { position: 'desc' } });
      const created = em.create(FaqEntry, {
        version,
        position: (last?.position ?? 0) + 1,
        question: entry.question.trim(),
        answer: entry.answer.trim(),
        createdBy: em.getReference(User, this.me.id),
      });
      if (created.question === '' || created.answer === '') {
        throw policyError('BAD_USER_INPUT', 'FAQ_INCOMPLETE', 'Write both a question and an answer.');
      }
      return { entry: created, version };
    });
  }

  async removeFaqEntry(entryId: string) {
    return this.em.transactional(async (em) => {
      const entry = await em.findOne(FaqEntry, entryId);
      if (!entry) throw notFound('FAQ entry', entryId);
      const version = await this.findVersion(em, entry.version.id, true);
      if (version.status === PolicyVersionStatus.RETIRED) {
        throw policyError(
          'CONFLICT',
          'RETIRED',
          `${describe(version)} is retired: its FAQ is kept as it was.`,
          named(version),
        );
      }
      em.remove(entry);
      return { version, removedEntryId: entryId };
    });
  }
}

function assertDraft(version: PolicyVersion, verb: string) {
  if (version.status === PolicyVersionStatus.DRAFT) return;
  const what = version.status === PolicyVersionStatus.PUBLISHED ? 'published' : 'retired';
  throw policyError(
    'CONFLICT',
    'NOT_A_DRAFT',
    `${describe(version)} is ${what} and cannot be ${verb}: start a new draft from it (createPolicyVersion) and change that.`,
    { ...named(version), status: version.status },
  );
}

const rethrowUnique = (refusal: () => Error) => (error: unknown) => {
  if (error instanceof UniqueConstraintViolationException) throw refusal();
  throw error;
};
