import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  LiveReveal_item,
  LiveTally_item,
  mergeTally,
  registerCalibrationCachePolicies,
  writeReveal,
  writeTally,
} from './live-cache';

const tally = (version: number, voted: number, distribution: { label: string; count: number }[] | null = null) => ({
  itemId: 'i1',
  version,
  voted,
  abstained: 0,
  eligible: 18,
  distribution,
});

describe('mergeTally', () => {
  it('takes the first tally, and any newer one', () => {
    expect(mergeTally(null, tally(3, 1))).toEqual(tally(3, 1));
    expect(mergeTally(tally(3, 1), tally(9, 2))).toEqual(tally(9, 2));
  });

  it('ignores a tally older than the one it has (versions only grow)', () => {
    const current = tally(9, 2);
    expect(mergeTally(current, tally(3, 1))).toBe(current);
  });

  it('at the same version, keeps the distribution once it has one', () => {
    const revealed = tally(9, 2, [{ label: 'insult', count: 2 }]);
    expect(mergeTally(revealed, tally(9, 2))).toBe(revealed);
    expect(mergeTally(tally(9, 2), revealed)).toBe(revealed);
  });

  it('never mixes two items', () => {
    const other = { ...tally(1, 1), itemId: 'i2' };
    expect(mergeTally(tally(9, 2), other)).toBe(other);
  });
});

/** A cache holding item i1 with a tally at `version`, as the session query would leave it. */
function cacheWithItem(version: number, voted: number) {
  const cache = new InMemoryCache();
  registerCalibrationCachePolicies(cache);
  registerCalibrationCachePolicies(cache); // idempotent
  const data = {
    __typename: 'CalibrationItem' as const,
    id: 'i1',
    state: 'VOTING' as const,
    gold: null,
    tally: { __typename: 'Tally' as const, ...tally(version, voted) },
    votes: null,
  };
  cache.writeFragment({ id: 'CalibrationItem:i1', fragment: LiveReveal_item, fragmentName: 'LiveReveal_item', data });
  const read = () =>
    cache.readFragment({ id: 'CalibrationItem:i1', fragment: LiveReveal_item, fragmentName: 'LiveReveal_item' });
  return { cache, read };
}

describe('the cache with the calibration policies', () => {
  it('applies a newer tally event and drops a late, older one', () => {
    const { cache, read } = cacheWithItem(5, 3);
    writeTally(cache, tally(8, 4));
    expect(read()?.tally).toMatchObject({ version: 8, voted: 4 });
    writeTally(cache, tally(6, 3)); // coalesced flush that lost the race
    expect(read()?.tally).toMatchObject({ version: 8, voted: 4 });
  });

  it('keeps the newer tally when a query answer computed earlier arrives after an event', () => {
    const { cache, read } = cacheWithItem(5, 3);
    writeTally(cache, tally(8, 4));
    // A refetch sent before that vote answers late: the session query writes the same field.
    const stale = {
      __typename: 'CalibrationItem' as const,
      id: 'i1',
      tally: { __typename: 'Tally' as const, ...tally(5, 3) },
    };
    cache.writeFragment({
      id: 'CalibrationItem:i1',
      fragment: LiveTally_item,
      fragmentName: 'LiveTally_item',
      data: stale,
    });
    expect(read()?.tally).toMatchObject({ version: 8, voted: 4 });
  });

  it('does not invent an item it has never loaded', () => {
    const { cache } = cacheWithItem(5, 3);
    writeTally(cache, { ...tally(9, 1), itemId: 'unknown' });
    expect(cache.extract()['CalibrationItem:unknown']).toBeUndefined();
  });

  it('writes a reveal: state, gold, distribution and every vote', () => {
    const { cache, read } = cacheWithItem(5, 3);
    writeReveal(cache, {
      itemId: 'i1',
      gold: 'insult',
      tally: tally(5, 3, [
        { label: 'insult', count: 2 },
        { label: 'none', count: 1 },
      ]),
      votes: [{ participantName: 'Giulia Rossi', market: 'it-IT', label: 'insult', rationale: 'Aimed at her.' }],
    });
    expect(read()).toMatchObject({
      state: 'REVEALED',
      gold: 'insult',
      tally: {
        version: 5,
        distribution: [
          { label: 'insult', count: 2 },
          { label: 'none', count: 1 },
        ],
      },
      votes: [{ participantName: 'Giulia Rossi', label: 'insult', rationale: 'Aimed at her.' }],
    });
    // A blind tally of the same version arriving after the reveal does not hide the distribution.
    writeTally(cache, tally(5, 3));
    expect(read()?.tally.distribution).toHaveLength(2);
  });
});
