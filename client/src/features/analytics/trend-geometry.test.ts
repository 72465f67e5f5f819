import { describe, expect, it } from 'vitest';
import { lowerBound, trendGeometry, type Box } from './trend-geometry';

const box: Box = { width: 440, height: 220, top: 10, right: 20, bottom: 10, left: 20 };

describe('trendGeometry', () => {
  it('centres buckets in equal slots and maps 1 to the top, 0 to the bottom', () => {
    const geometry = trendGeometry([[1, 0.5, 0, 0.5]], box);
    expect(geometry.xs).toEqual([70, 170, 270, 370]);
    expect(geometry.series[0]?.dots.map((dot) => dot.y)).toEqual([10, 110, 210, 110]);
    expect(geometry.series[0]?.segments).toEqual(['M70,10 L170,110 L270,210 L370,110']);
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('breaks a line at an undefined figure instead of joining across it', () => {
    const geometry = trendGeometry([[0.5, 0.6, null, 0.7, null, 0.9]], box);
    const series = geometry.series[0]!;
    expect(series.segments).toHaveLength(1);
    expect(series.segments[0]).toMatch(/^M\S+ L\S+$/);
    // The lone 0.7 and 0.9 have no line, but they keep their marker.
    expect(series.dots.map((dot) => dot.index)).toEqual([0, 1, 3, 5]);
  });

  it('extends the scale below 0 for a negative kappa, to the tenth below', () => {
    expect(lowerBound([0.3, -0.12, null])).toBe(-0.2);
    expect(lowerBound([0.3, 0.9])).toBe(0);
    expect(lowerBound([-3])).toBe(-1);
    const geometry = trendGeometry([[-0.2, 1]], box);
    expect(geometry.min).toBe(-0.2);
    expect(geometry.series[0]?.dots.map((dot) => dot.y)).toEqual([210, 10]);
  });

  it('draws nothing, without dividing by zero, for an empty series', () => {
    const geometry = trendGeometry([[]], box);
    expect(geometry.xs).toEqual([]);
    expect(geometry.series[0]).toEqual({ segments: [], dots: [] });
    expect(geometry.ticks.every((tick) => Number.isFinite(tick.y))).toBe(true);
  });
});
