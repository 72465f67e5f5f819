import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AppealStatus } from '../../gql/graphql';
import { insertInOrder, listArguments, withoutEntry } from '../../lib/cache-lists';

/*
 * One hook per audit mutation. Each asks for what the change touches, in the fragments of the
 * components that show it, so Apollo merges it into the cache by id; where a list gains or
 * loses an entry (a new plan or run, an appeal filed or decided, a task audited), the hook
 * amends the cached list instead of loading it again.
 */

export const FileAppealMutation = graphql(`
  mutation FileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      appeal {
        id
        ...AppealCard_appeal @unmask
        audit {
          id
          canAppeal
          appeal {
            id
          }
        }
      }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      appeal {
        id
        ...AppealHistory_appeal @unmask
        audit {
          id
          overturned
          countsAgainstModerator
        }
      }
    }
  }
`);

export const SubmitAuditMutation = graphql(`
  mutation SubmitAudit($input: SubmitAuditInput!) {
    submitAudit(input: $input) {
      audit {
        id
        status
        verdict
        expectedLabel
        expectedTaxonomyLabel {
          key
          name
        }
        errorCategory
        feedback
        auditedAt
        auditor {
          id
          name
        }
        countsAgainstModerator
        appealDeadline
        canAppeal
      }
    }
  }
`);

export const ClaimAuditMutation = graphql(`
  mutation ClaimAudit($input: ClaimAuditInput!) {
    claimAudit(input: $input) {
      audit {
        id
        assignee {
          id
          name
        }
      }
    }
  }
`);

export const AssignAuditMutation = graphql(`
  mutation AssignAudit($input: AssignAuditInput!) {
    assignAudit(input: $input) {
      audit {
        id
        assignee {
          id
          name
        }
      }
    }
  }
`);

export const CreateSamplingPlanMutation = graphql(`
  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {
    createSamplingPlan(input: $input) {
      plan {
        id
        createdAt
        ...PlanRow_plan
      }
    }
  }
`);

export const SetSamplingPlanActiveMutation = graphql(`
  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {
    setSamplingPlanActive(input: $input) {
      plan {
        id
        active
      }
    }
  }
`);

export const RunSamplingPlanMutation = graphql(`
  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {
    runSamplingPlan(input: $input) {
      run {
        id
        day
        candidates
        drawn
        createdAt
      }
    }
  }
`);

/** The moderator's appeal: it shows on their audit, and first in the loaded lists of open appeals. */
export function useFileAppeal() {
  return useMutation(FileAppealMutation, {
    update(cache, { data }) {
      const appeal = data?.fileAppeal.appeal;
      if (appeal) placeAppeal(cache, appeal);
    },
  });
}

/** The decision, on the appeal and its audit; the appeal moves to the lists of its new status. */
export function useDecideAppeal() {
  return useMutation(DecideAppealMutation, {
    update(cache, { data }) {
      const appeal = data?.decideAppeal.appeal;
      if (appeal) placeAppeal(cache, appeal);
    },
  });
}

/**
 * Puts an appeal into each cached list of appeals its status belongs in (newest first, as the
 * server sorts), and takes it out of those of another status. A list it joins must be able to
 * show it: an appeal the cache lacks the card's fields of is not added.
 */
export function placeAppeal(cache: ApolloCache, appeal: { id: string; status: AppealStatus; createdAt: string }) {
  const key = cache.identify({ __typename: 'Appeal', id: appeal.id });
  if (!key) return;
  cache.modify({
    fields: {
      appeals: (existing: readonly Reference[] | undefined, { storeFieldName, readField, toReference }) => {
        if (!existing) return existing;
        const args = listArguments<{ filter: { status?: AppealStatus | null } | null; first: number }>(storeFieldName);
        const status = args.filter?.status;
        if (status && status !== appeal.status) return withoutEntry(existing, key);
        const ref = toReference(key);
        if (!ref || !readField('audit', ref)) return existing;
        const newer = (other: Reference) => String(readField('createdAt', other) ?? '') < appeal.createdAt;
        return insertInOrder(existing, ref, newer, args.first);
      },
    },
  });
}

/** The verdict, on the audit; it leaves the cached queues of pending tasks. */
export function useSubmitAudit() {
  return useMutation(SubmitAuditMutation, {
    update(cache, { data }) {
      const audit = data?.submitAudit.audit;
      if (audit) leavePendingQueues(cache, audit.id);
    },
  });
}

type AuditConnection = { totalCount: number; edges: readonly { node: Reference }[] };

/** Takes an audit out of every cached list of pending audits, counting one fewer. */
export function leavePendingQueues(cache: ApolloCache, auditId: string) {
  const key = cache.identify({ __typename: 'Audit', id: auditId });
  if (!key) return;
  cache.modify<{ audits: AuditConnection }>({
    fields: {
      audits: (value, { storeFieldName }) => {
        const existing = value as AuditConnection | undefined;
        if (!existing?.edges) return value;
        const args = listArguments<{ filter: { status?: string } | null }>(storeFieldName);
        if (args.filter?.status !== 'PENDING') return value;
        const edges = existing.edges.filter((edge) => edge.node.__ref !== key);
        if (edges.length === existing.edges.length) return value;
        return { ...existing, totalCount: Math.max(0, existing.totalCount - 1), edges };
      },
    },
  });
}

/** A specialist takes a task: its assignee. */
export const useClaimAudit = () => useMutation(ClaimAuditMutation);

/** A lead hands a task to someone (or to no one): its assignee. */
export const useAssignAudit = () => useMutation(AssignAuditMutation);

/** A new plan, first in the cached lists of plans (newest first, as the server sorts). */
export function useCreateSamplingPlan() {
  return useMutation(CreateSamplingPlanMutation, {
    update(cache, { data }) {
      const plan = data?.createSamplingPlan.plan;
      if (plan) addPlan(cache, plan);
    },
  });
}

export function addPlan(cache: ApolloCache, plan: { id: string; createdAt: string }) {
  const key = cache.identify({ __typename: 'SamplingPlan', id: plan.id });
  if (!key) return;
  cache.modify({
    fields: {
      samplingPlans: (existing: readonly Reference[] | undefined, { storeFieldName, readField, toReference }) => {
        const ref = toReference(key);
        if (!existing || !ref) return existing;
        const { first } = listArguments<{ first: number }>(storeFieldName);
        const older = (other: Reference) => String(readField('createdAt', other) ?? '') < plan.createdAt;
        return insertInOrder(existing, ref, older, first);
      },
    },
  });
}

/** Pauses or resumes a plan: its `active`, which the badge and the run button read. */
export const useSetSamplingPlanActive = () => useMutation(SetSamplingPlanActiveMutation);

/** A day drawn: the run joins the plan's runs, latest day first (as the server sorts). */
export function useRunSamplingPlan(planId: string) {
  return useMutation(RunSamplingPlanMutation, {
    update(cache, { data }) {
      const run = data?.runSamplingPlan.run;
      if (run) addRun(cache, planId, run);
    },
  });
}

export function addRun(cache: ApolloCache, planId: string, run: { id: string; day: string }) {
  const key = cache.identify({ __typename: 'SamplingRun', id: run.id });
  if (!key) return;
  cache.modify({
    id: cache.identify({ __typename: 'SamplingPlan', id: planId }),
    fields: {
      runs: (existing: readonly Reference[] | undefined, { storeFieldName, readField, toReference }) => {
        const ref = toReference(key);
        if (!existing || !ref) return existing;
        const { first } = listArguments<{ first: number }>(storeFieldName);
        const earlier = (other: Reference) => String(readField('day', other) ?? '') < run.day;
        return insertInOrder(existing, ref, earlier, first);
      },
    },
  });
}
