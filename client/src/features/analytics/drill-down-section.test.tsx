import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFilter } from '../../gql/graphql';
import { createI18n } from '../../i18n/i18n';
import { AnalyticsDrillDownsQuery, DrillDownSection } from './drill-down-section';

const IT = '33333333-3333-4333-8333-333333333331';
const DE = '33333333-3333-4333-8333-333333333332';
const POLICY = { __typename: 'Policy', id: '11111111-1111-4111-8111-111111111111', title: 'Bullying' };
const stat = (value: number | null, reason: string | null = null) => ({ __typename: 'StatValue', value, reason });
const market = (id: string, code: string) => ({ __typename: 'Market', id, code });

const driftRow = (id: string, code: string, others: number | null) => ({
  __typename: 'MarketDrift',
  market: market(id, code),
  policy: POLICY,
  goldVotes: 40,
  accuracy: stat(0.8),
  otherMarketsAccuracy: others === null ? stat(null, 'no other market') : stat(others),
  drift: others === null ? null : 0.8 - others,
  majorityMatchesGold: stat(0.9),
});

const divergent = (markets: { id: string; code: string; majority: string }[]) => ({
  __typename: 'DivergentItem',
  sessionId: 's1',
  sessionTitle: 'Week 46',
  itemId: 'i1',
  position: 1,
  caseId: 'c1',
  gold: 'insult',
  votes: 10,
  majorityShare: 0.6,
  distribution: [{ __typename: 'LabelCount', label: 'insult', count: 6 }],
  policyVersion: {
    __typename: 'PolicyVersion',
    id: 'v1',
    number: 1,
    policy: POLICY,
    labels: [{ __typename: 'Label', key: 'insult', name: 'Insult' }],
  },
  divergence: 0.5,
  markets: markets.map((m) => ({
    __typename: 'MarketMajority',
    market: market(m.id, m.code),
    votes: 5,
    majority: m.majority,
    majorityShare: 1,
    matchesGold: m.majority === 'insult',
  })),
});

/** Answers the drill-downs asked with exactly this filter. */
const forFilter = (filter: AnalyticsFilter) => ({
  query: AnalyticsDrillDownsQuery,
  variables: (variables: Record<string, unknown>) => JSON.stringify(variables['filter']) === JSON.stringify(filter),
});

const answer = (filter: AnalyticsFilter, data: Record<string, unknown>) => ({
  request: forFilter(filter),
  result: { data: { contestedItems: [], confusedLabelPairs: [], ...data } },
});

const everyMarket = answer(
  {},
  {
    marketDrift: [driftRow(DE, 'de-DE', 0.7), driftRow(IT, 'it-IT', 0.6)],
    divergentItems: [
      divergent([
        { id: DE, code: 'de-DE', majority: 'none' },
        { id: IT, code: 'it-IT', majority: 'insult' },
      ]),
    ],
  },
);

function renderSection(filter: AnalyticsFilter, mocks: readonly unknown[]) {
  const i18n = createI18n('en');
  const wrap = (node: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks as never}>
        <MemoryRouter>{node}</MemoryRouter>
      </MockedProvider>
    </I18nextProvider>
  );
  const period = { from: null, to: null };
  const view = render(wrap(<DrillDownSection filter={filter} period={period} />));
  return {
    rerender: (next: AnalyticsFilter) => view.rerender(wrap(<DrillDownSection filter={next} period={period} />)),
  };
}

const driftTable = () => screen.getByTestId('market-drift');

describe('DrillDownSection', () => {
  it('follows a market filter chosen on the open page: only that market in every table', async () => {
    const { rerender } = renderSection({}, [
      everyMarket,
      answer({ marketIds: [IT] }, { marketDrift: [driftRow(IT, 'it-IT', 0.7)], divergentItems: [] }),
    ]);
    await waitFor(() => expect(within(driftTable()).getByText('de-DE')).toBeInTheDocument());
    expect(within(screen.getByTestId('divergent-items')).getByText('de-DE')).toBeInTheDocument();

    rerender({ marketIds: [IT] });
    await waitFor(() => expect(screen.getByTestId('drill-downs')).toHaveAttribute('aria-busy', 'false'));
    expect(within(driftTable()).getByText('it-IT')).toBeInTheDocument();
    expect(screen.queryByText('de-DE')).not.toBeInTheDocument();
    // One market has no other to diverge from: the empty table says so.
    expect(within(screen.getByTestId('divergent-items')).getByText(/at least two markets/)).toBeInTheDocument();
  });

  it("does not leave the previous filter's tables under an error", async () => {
    const { rerender } = renderSection({}, [
      everyMarket,
      {
        request: forFilter({ teamIds: [IT] }),
        result: { errors: [{ message: 'Not valid', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await waitFor(() => expect(within(driftTable()).getByText('de-DE')).toBeInTheDocument());
    rerender({ teamIds: [IT] });
    await waitFor(() => expect(screen.getByText('The analytics could not be loaded')).toBeInTheDocument());
    expect(screen.queryByTestId('market-drift')).not.toBeInTheDocument();
    expect(screen.queryByText('de-DE')).not.toBeInTheDocument();
  });

  it('says why a market has no drift instead of showing zero', async () => {
    renderSection({ teamIds: [DE] }, [
      answer({ teamIds: [DE] }, { marketDrift: [driftRow(DE, 'de-DE', null)], divergentItems: [] }),
    ]);
    await waitFor(() => expect(within(driftTable()).getByText('de-DE')).toBeInTheDocument());
    expect(within(driftTable()).getAllByText('no other market to compare with').length).toBeGreaterThan(0);
    expect(within(driftTable()).queryByText(/0 pp/)).not.toBeInTheDocument();
  });
});
