import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/*
 * One hook per RCA mutation. Each asks its payload for what the change touches and writes it
 * into the cache (Apollo merges an entity by its id; lists are amended here), so the board
 * shows the change without loading itself again.
 */

export const CreateRcaEscalationMutation = graphql(`
  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {
    createRcaEscalation(input: $input) {
      escalation {
        id
        state
        ...EscalationCard_escalation
      }
    }
  }
`);

export const StartRcaEscalationMutation = graphql(`
  mutation StartRcaEscalation($input: StartRcaEscalationInput!) {
    startRcaEscalation(input: $input) {
      escalation {
        id
        ...EscalationCard_escalation
      }
    }
  }
`);

export const ResolveRcaEscalationMutation = graphql(`
  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {
    resolveRcaEscalation(input: $input) {
      escalation {
        id
        ...EscalationCard_escalation
      }
    }
  }
`);

export const LinkRcaEscalationMutation = graphql(`
  mutation LinkRcaEscalation($input: LinkRcaEscalationInput!) {
    linkRcaEscalation(input: $input) {
      escalation {
        id
        ...EscalationCard_escalation
      }
    }
  }
`);

export const AddRcaActionItemMutation = graphql(`
  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {
    addRcaActionItem(input: $input) {
      actionItem {
        id
        title
        dueDate
        status
        overdue
        owner {
          id
          name
        }
      }
      escalation {
        id
        title
        actionItems {
          id
          title
          dueDate
          status
          overdue
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const SetRcaActionItemStatusMutation = graphql(`
  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {
    setRcaActionItemStatus(input: $input) {
      actionItem {
        id
        status
        overdue
      }
    }
  }
`);

/** A new escalation on the board, without loading it again. */
export function useCreateEscalation() {
  return useMutation(CreateRcaEscalationMutation, {
    update(cache, { data }) {
      if (data) addToEscalationLists(cache, data.createRcaEscalation.escalation);
    },
  });
}

/**
 * Puts an escalation first in every cached list of escalations, as the server sorts newest
 * first; each list keeps the length it asked for (`first`), and one of another state does not
 * take it.
 */
export function addToEscalationLists(
  cache: ApolloCache,
  escalation: { __typename?: string; id: string; state: string },
) {
  const created = cache.identify({ __typename: 'RcaEscalation', id: escalation.id });
  if (!created) return;
  cache.modify({
    fields: {
      rcaEscalations: (existing: readonly Reference[] | undefined, { storeFieldName, toReference }) => {
        const ref = toReference(created);
        if (!existing || !ref || existing.some((item) => item.__ref === created)) return existing;
        const args = listArguments(storeFieldName);
        if (args.state && args.state !== escalation.state) return existing;
        const list = [ref, ...existing];
        return args.first ? list.slice(0, args.first) : list;
      },
    },
  });
}

/** The arguments a cached list was asked with, from its store name (`rcaEscalations({"first":40})`). */
function listArguments(storeFieldName: string): { first?: number; state?: string } {
  const json = /^\w+\((.*)\)$/.exec(storeFieldName)?.[1];
  try {
    return json ? (JSON.parse(json) as { first?: number; state?: string }) : {};
  } catch {
    return {};
  }
}

/** Its state and start: the card moves to "in progress". */
export function useStartEscalation() {
  return useMutation(StartRcaEscalationMutation);
}

/** Its state, note and effect: the card moves to "resolved". */
export function useResolveEscalation() {
  return useMutation(ResolveRcaEscalationMutation);
}

/** Its linked audits and cases, and the effect measured on them. */
export function useLinkAudits() {
  return useMutation(LinkRcaEscalationMutation);
}

/**
 * The escalation's action items come back whole (in the server's order); an item already
 * overdue when added joins the overdue list, by its due day.
 */
export function useAddActionItem() {
  return useMutation(AddRcaActionItemMutation, {
    update(cache, { data }) {
      const item = data?.addRcaActionItem.actionItem;
      if (item?.overdue) amendOverdue(cache, item.id, true);
    },
  });
}

/** The item's status; one no longer open leaves the overdue list. */
export function useSetActionItemStatus() {
  return useMutation(SetRcaActionItemStatusMutation, {
    update(cache, { data }) {
      const item = data?.setRcaActionItemStatus.actionItem;
      if (item && item.status !== 'OPEN') amendOverdue(cache, item.id, false);
    },
  });
}

/** Adds the action item to the cached overdue list (soonest due first) or takes it out, when the list was loaded. */
export function amendOverdue(cache: ApolloCache, id: string, overdue: boolean): void {
  const key = cache.identify({ __typename: 'RcaActionItem', id });
  if (!key) return;
  cache.modify({
    fields: {
      overdueRcaActionItems: (existing: readonly Reference[] | undefined, { readField, toReference }) => {
        if (!existing) return existing;
        const others = existing.filter((ref) => ref.__ref !== key);
        const ref = toReference(key);
        if (!overdue || !ref) return others;
        const due = (item: Reference) => String(readField('dueDate', item) ?? '');
        return [...others, ref].sort((a, b) => due(a).localeCompare(due(b)));
      },
    },
  });
}
