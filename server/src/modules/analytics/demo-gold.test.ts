import { describe, expect, it } from 'vitest';
import { contentKey, demoGold, type GoldCase } from './demo-gold.js';

const V2 = { id: 'v2', labels: ['none', 'insult', 'targeted_harassment'] };
const c = (text: string, decision: string, policyVersionId = 'v2', mediaUrl: string | null = null): GoldCase => ({
  text,
  mediaUrl,
  policyVersionId,
  decision,
});

describe('demoGold', () => {
  it.each([
    // [why, cases of one content, expected gold]
    ['the majority of its copies under the version', [c('a', 'insult'), c('a', 'none'), c('a', 'insult')], 'insult'],
    ['a tie goes to the label listed first', [c('a', 'targeted_harassment'), c('a', 'insult')], 'insult'],
    [
      "copies under the version outvote other versions'",
      [c('a', 'none'), c('a', 'insult', 'v1'), c('a', 'insult', 'v1')],
      'none',
    ],
    ["other versions' copies when none is under it", [c('a', 'insult', 'v1')], 'insult'],
    ["a decision that is not one of the version's labels counts for nothing", [c('a', 'harassment', 'v1')], null],
  ])('%s', (_why, cases, expected) => {
    expect(demoGold(cases, V2).get(contentKey(cases[0]!))).toBe(expected);
  });

  it('keeps texts apart by their media', () => {
    const gold = demoGold(
      [c('look', 'none', 'v2', '/demo-media/a.png'), c('look', 'insult', 'v2', '/demo-media/b.png')],
      V2,
    );
    expect(gold.get(contentKey({ text: 'look', mediaUrl: '/demo-media/a.png' }))).toBe('none');
    expect(gold.get(contentKey({ text: 'look', mediaUrl: '/demo-media/b.png' }))).toBe('insult');
  });
});
