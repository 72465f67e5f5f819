import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { addToEscalationLists, amendOverdue } from './escalation-mutations';

const Board = gql`
  query Board {
    rcaEscalations(first: 2) {
      id
      state
    }
    open: rcaEscalations(state: IN_PROGRESS) {
      id
      state
    }
  }
`;

const Overdue = gql`
  query Overdue {
    overdueRcaActionItems {
      id
      dueDate
    }
  }
`;

const escalation = (id: string, state = 'OPEN') => ({ __typename: 'RcaEscalation', id, state });
const item = (id: string, dueDate: string) => ({ __typename: 'RcaActionItem', id, dueDate });

describe('addToEscalationLists', () => {
  it('puts a new escalation first, keeps the length asked for, and leaves a list of another state alone', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: Board,
      data: { rcaEscalations: [escalation('a'), escalation('b')], open: [escalation('c', 'IN_PROGRESS')] },
    });
    cache.writeFragment({
      id: 'RcaEscalation:new',
      fragment: gql`
        fragment New on RcaEscalation {
          id
          state
        }
      `,
      data: escalation('new'),
    });
    addToEscalationLists(cache, escalation('new'));
    const data = cache.readQuery<{ rcaEscalations: { id: string }[]; open: { id: string }[] }>({ query: Board });
    expect(data?.rcaEscalations.map((e) => e.id)).toEqual(['new', 'a']);
    expect(data?.open.map((e) => e.id)).toEqual(['c']);
  });
});

describe('amendOverdue', () => {
  it('adds an overdue item by its due day and takes out one that is no longer open', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: Overdue,
      data: { overdueRcaActionItems: [item('x', '2026-11-01'), item('y', '2026-11-20')] },
    });
    cache.writeFragment({
      id: 'RcaActionItem:z',
      fragment: gql`
        fragment Z on RcaActionItem {
          id
          dueDate
        }
      `,
      data: item('z', '2026-11-10'),
    });
    amendOverdue(cache, 'z', true);
    expect(
      cache
        .readQuery<{ overdueRcaActionItems: { id: string }[] }>({ query: Overdue })
        ?.overdueRcaActionItems.map((i) => i.id),
    ).toEqual(['x', 'z', 'y']);
    amendOverdue(cache, 'x', false);
    expect(
      cache
        .readQuery<{ overdueRcaActionItems: { id: string }[] }>({ query: Overdue })
        ?.overdueRcaActionItems.map((i) => i.id),
    ).toEqual(['z', 'y']);
  });
});
