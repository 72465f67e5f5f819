import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PolicyArea } from '../../gql/graphql';
import { insertInOrder, listArguments } from '../../lib/cache-lists';

/*
 * One hook per policy mutation. A mutation that adds, publishes, retires or discards a version
 * returns its policy with the fragments of the list row and the versions on the side, so Apollo
 * merges them by id (the policy's versions and the one in force come back whole); a new policy
 * joins the cached lists of policies its filter matches, and a discarded draft leaves the cache.
 */

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      policy {
        id
        ...PolicyListRow_policy @unmask
      }
      draft {
        id
      }
    }
  }
`);

export const CreateDraftMutation = graphql(`
  mutation CreateDraft($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      version {
        id
        number
        status
        policy {
          id
          ...PolicyVersions_policy @unmask
          ...PolicyListRow_policy @unmask
        }
      }
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: UpdatePolicyVersionInput!) {
    updatePolicyVersion(input: $input) {
      version {
        id
        body
        changeSummary
        effectiveDate
        labels {
          key
          name
          description
          severity
        }
      }
    }
  }
`);

export const PublishDraftMutation = graphql(`
  mutation PublishDraft($input: PublishPolicyVersionInput!) {
    publishPolicyVersion(input: $input) {
      version {
        id
        status
        publishedAt
        publishedBy {
          id
          name
        }
        policy {
          id
          ...PolicyVersions_policy @unmask
          ...PolicyListRow_policy @unmask
        }
      }
    }
  }
`);

export const RetireVersionMutation = graphql(`
  mutation RetireVersion($input: RetirePolicyVersionInput!) {
    retirePolicyVersion(input: $input) {
      version {
        id
        status
        retiredAt
        policy {
          id
          ...PolicyVersions_policy @unmask
          ...PolicyListRow_policy @unmask
        }
      }
    }
  }
`);

export const DiscardDraftMutation = graphql(`
  mutation DiscardDraft($input: DiscardPolicyVersionInput!) {
    discardPolicyVersion(input: $input) {
      discardedVersionId
      policy {
        id
        ...PolicyVersions_policy @unmask
        ...PolicyListRow_policy @unmask
      }
    }
  }
`);

export const AcknowledgeVersionMutation = graphql(`
  mutation AcknowledgeVersion($input: AcknowledgePolicyVersionInput!, $withReport: Boolean!) {
    acknowledgePolicyVersion(input: $input) {
      version {
        id
        ...MyAcknowledgement_version
        ...AcknowledgementReport_version @include(if: $withReport)
      }
    }
  }
`);

export const AddFaqEntryMutation = graphql(`
  mutation AddFaqEntry($input: AddFaqEntryInput!) {
    addFaqEntry(input: $input) {
      version {
        id
        ...FaqSection_version
      }
    }
  }
`);

export const RemoveFaqEntryMutation = graphql(`
  mutation RemoveFaqEntry($input: RemoveFaqEntryInput!) {
    removeFaqEntry(input: $input) {
      version {
        id
        ...FaqSection_version
      }
    }
  }
`);

/** A new policy, in each cached list of policies whose filter it matches (by title, as the server sorts). */
export function useCreatePolicy() {
  return useMutation(CreatePolicyMutation, {
    update(cache, { data }) {
      const policy = data?.createPolicy.policy;
      if (policy) addToPolicyLists(cache, policy);
    },
  });
}

type ListedPolicy = { id: string; key: string; title: string; area: PolicyArea };
type PoliciesFilter = { search?: string | null; area?: PolicyArea | null };

/** Whether the server's filter (area, and key or title containing the search, in any case) takes the policy. */
export function matchesPolicyFilter(policy: ListedPolicy, filter: PoliciesFilter | null | undefined): boolean {
  if (filter?.area && filter.area !== policy.area) return false;
  const search = filter?.search?.trim().toLowerCase();
  return !search || policy.key.toLowerCase().includes(search) || policy.title.toLowerCase().includes(search);
}

export function addToPolicyLists(cache: ApolloCache, policy: ListedPolicy): void {
  const key = cache.identify({ __typename: 'Policy', id: policy.id });
  if (!key) return;
  cache.modify({
    fields: {
      policies: (existing: readonly Reference[] | undefined, { storeFieldName, readField, toReference }) => {
        const ref = toReference(key);
        if (!existing || !ref) return existing;
        const { filter } = listArguments<{ filter: PoliciesFilter | null }>(storeFieldName);
        if (!matchesPolicyFilter(policy, filter)) return existing;
        const after = (other: Reference) => String(readField('title', other) ?? '').localeCompare(policy.title) > 0;
        return insertInOrder(existing, ref, after);
      },
    },
  });
}

/** The next version's draft; the policy's versions come back with it. */
export const useCreatePolicyVersion = () => useMutation(CreateDraftMutation);

/** The draft's text, summary, date and taxonomy. */
export const useSaveDraft = () => useMutation(SaveDraftMutation);

/** The version published; its policy's versions and the one in force come back with it. */
export const usePublishDraft = () => useMutation(PublishDraftMutation);

/** The version retired; its policy's versions and the one now in force come back with it. */
export const useRetirePolicyVersion = () => useMutation(RetireVersionMutation);

/** The draft is gone: its policy's versions come back without it, and it leaves the cache. */
export function useDiscardDraft() {
  return useMutation(DiscardDraftMutation, {
    update(cache, { data }) {
      const id = data?.discardPolicyVersion.discardedVersionId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'PolicyVersion', id }) });
      cache.gc();
    },
  });
}

/** The viewer's acknowledgement, and the report's counts for one who reads it (`withReport`). */
export const useAcknowledgeVersion = () => useMutation(AcknowledgeVersionMutation);

/** The version's FAQ, with the new entry at its end. */
export const useAddFaqEntry = () => useMutation(AddFaqEntryMutation);

/** The version's FAQ without the entry. */
export const useRemoveFaqEntry = () => useMutation(RemoveFaqEntryMutation);
