import { describe, expect, it } from 'vitest';
import { hasFilters, readFilterParams, toCaseSort, toCasesFilter, writeFilterParam } from './case-filters';

describe('case filters in the address bar', () => {
  it('reads every filter, empty when absent', () => {
    const params = readFilterParams(new URLSearchParams('q=gatto&market=m1&type=IMAGE'));
    expect(params).toMatchObject({ q: 'gatto', market: 'm1', type: 'IMAGE', policy: '', decision: '' });
    expect(hasFilters(params)).toBe(true);
    expect(hasFilters(readFilterParams(new URLSearchParams('sort=oldest')))).toBe(false);
  });

  it('clears the decision when the policy changes', () => {
    const next = writeFilterParam(new URLSearchParams('policy=p1&decision=insult&q=x'), 'policy', 'p2');
    expect(next.toString()).toBe('policy=p2&q=x');
    expect(writeFilterParam(next, 'q', '').toString()).toBe('policy=p2');
  });

  it('turns days into instants in the local time zone, the last day included', () => {
    const filter = toCasesFilter(readFilterParams(new URLSearchParams('from=2026-03-01&to=2026-03-31&q=%20ciao%20')));
    expect(filter.search).toBe('ciao');
    expect(new Date(filter.decidedFrom as string).getDate()).toBe(1);
    expect(new Date(filter.decidedFrom as string).getHours()).toBe(0);
    const to = new Date(filter.decidedTo as string);
    expect([to.getMonth(), to.getDate(), to.getHours()]).toEqual([3, 1, 0]);
  });

  it('ignores malformed values instead of sending them', () => {
    const filter = toCasesFilter(readFilterParams(new URLSearchParams('type=AUDIO&from=yesterday')));
    expect(filter).toEqual({});
    expect(toCaseSort(readFilterParams(new URLSearchParams('sort=oldest')))).toBe('DECIDED_AT_ASC');
    expect(toCaseSort(readFilterParams(new URLSearchParams()))).toBe('DECIDED_AT_DESC');
  });
});
