import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { FilterBar, type FilterChoices, type FiltersChange } from './filter-bar';
import { serverFilter } from './server-filter';
import { DEFAULT_FILTERS, type AnalyticsFilters } from './url-filters';

const POLICY = '11111111-1111-4111-8111-111111111111';
const V1 = '22222222-2222-4222-8222-222222222221';
const V2 = '22222222-2222-4222-8222-222222222222';
const IT = '33333333-3333-4333-8333-333333333331';
const DE = '33333333-3333-4333-8333-333333333332';

const choices: FilterChoices = {
  markets: [
    { id: IT, code: 'it-IT', name: 'Italian (Italy)' },
    { id: DE, code: 'de-DE', name: 'German (Germany)' },
  ],
  vendors: [{ id: '44444444-4444-4444-8444-444444444444', name: 'Acme BPO' }],
  teams: [],
  policies: [{ id: POLICY, title: 'Bullying' }],
  policyVersions: [
    { id: V1, number: 1, policyId: POLICY },
    { id: V2, number: 2, policyId: POLICY },
  ],
  facilitators: [],
};

function renderBar(filters: AnalyticsFilters = DEFAULT_FILTERS) {
  const onChange = vi.fn<(change: FiltersChange) => void>();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <FilterBar filters={filters} choices={choices} onChange={onChange} today={new Date(2026, 10, 22, 12)} />
    </I18nextProvider>,
  );
  /** The filters after every change so far, applied in order to those the bar was drawn with. */
  const result = () => onChange.mock.calls.reduce((current, [change]) => change(current), filters);
  return { user: userEvent.setup(), onChange, result };
}

describe('FilterBar', () => {
  it('adds a market to the filters when it is checked, in code order', async () => {
    const { user, result } = renderBar({ ...DEFAULT_FILTERS, markets: ['it-IT'] });
    expect(screen.getByRole('checkbox', { name: 'it-IT' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'de-DE' }));
    expect(result()).toEqual({ ...DEFAULT_FILTERS, markets: ['de-DE', 'it-IT'] });
  });

  it('keeps an earlier change when a second one comes before the page has re-rendered', async () => {
    // The page re-renders from the address in a transition; until it does, the bar still
    // shows the old filters, and a change built on those would undo the first one.
    const { user, result } = renderBar();
    await user.selectOptions(screen.getByLabelText('Group by'), 'Policy');
    await user.click(screen.getByRole('checkbox', { name: 'it-IT' }));
    await user.click(screen.getByRole('checkbox', { name: 'de-DE' }));
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(result()).toEqual({ ...DEFAULT_FILTERS, group: 'policy', markets: ['de-DE', 'it-IT'], from: '2026-10-24' });
  });

  it('offers versions only of the chosen policy, newest first, and forgets the version when the policy changes', async () => {
    const { user, result } = renderBar({ ...DEFAULT_FILTERS, policy: POLICY, version: V1 });
    const version = screen.getByLabelText('Version');
    expect([...version.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All versions',
      'Version 2',
      'Version 1',
    ]);
    await user.selectOptions(screen.getByLabelText('Policy'), 'All policies');
    expect(result()).toEqual({ ...DEFAULT_FILTERS, policy: null, version: null });
  });

  it('disables the version until a policy is chosen', () => {
    renderBar();
    expect(screen.getByLabelText('Version')).toBeDisabled();
  });

  it('sets the period from a preset, and shows which preset is on', async () => {
    const { user, result } = renderBar();
    expect(screen.getByRole('button', { name: 'All time' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(result()).toEqual({ ...DEFAULT_FILTERS, from: '2026-10-24', to: null });
  });

  it('resets every filter', async () => {
    const { user, result } = renderBar({ ...DEFAULT_FILTERS, markets: ['it-IT'], group: 'week' });
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(result()).toEqual(DEFAULT_FILTERS);
  });
});

describe('serverFilter', () => {
  it('turns market codes into ids and single choices into lists, leaving the rest out', () => {
    const filter = serverFilter(
      { ...DEFAULT_FILTERS, markets: ['de-DE', 'it-IT'], policy: POLICY, version: V2, from: '2026-01-01' },
      choices.markets,
    );
    expect(filter).toEqual({
      from: new Date(2026, 0, 1).toISOString(),
      marketIds: [DE, IT],
      vendorIds: undefined,
      teamIds: undefined,
      policyIds: [POLICY],
      policyVersionIds: [V2],
      facilitatorIds: undefined,
    });
  });

  it('asks for every market when none is chosen', () => {
    expect(serverFilter(DEFAULT_FILTERS, choices.markets)).not.toHaveProperty('marketIds');
  });
});
