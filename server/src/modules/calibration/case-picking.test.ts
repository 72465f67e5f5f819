import { describe, expect, it } from 'vitest';
import { drawSample } from './case-picking.js';

const candidates = Array.from({ length: 60 }, (_, i) => ({
  id: `case-${String(i).padStart(3, '0')}`,
  stratum: ['it-IT', 'de-DE', 'ko-KR'][i % 3]!,
}));

describe('drawSample', () => {
  it('draws the same items from the same seed, whatever order the candidates come in', () => {
    const a = drawSample(candidates, 10, 42);
    const b = drawSample([...candidates].reverse(), 10, 42);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(10);
    expect(drawSample(candidates, 10, 43)).not.toEqual(a);
  });

  it('takes equal shares from each stratum', () => {
    const drawn = drawSample(candidates, 9, 7);
    const byStratum = new Map<string, number>();
    for (const id of drawn) {
      const stratum = candidates.find((c) => c.id === id)!.stratum;
      byStratum.set(stratum, (byStratum.get(stratum) ?? 0) + 1);
    }
    expect([...byStratum.values()]).toEqual([3, 3, 3]);
  });

  it('fills from the larger strata when a small one runs out, and never repeats', () => {
    const uneven = [
      { id: 'x1', stratum: 'rare' },
      ...candidates.slice(0, 20).map((c) => ({ ...c, stratum: 'common' })),
    ];
    const drawn = drawSample(uneven, 8, 1);
    expect(drawn).toHaveLength(8);
    expect(drawn).toContain('x1');
    expect(new Set(drawn).size).toBe(8);
    expect(drawSample(uneven, 100, 1)).toHaveLength(21);
  });
});
