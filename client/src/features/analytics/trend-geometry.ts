/**
 * Where a trend chart draws its lines: pure arithmetic, kept apart from the SVG so it can be
 * tested. Every series shares one y scale; the figures are all shares or coefficients that
 * top out at 1, and only a kappa-type coefficient goes below 0.
 */

export type Box = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export type SeriesGeometry = {
  /** One SVG path per run of defined values: an undefined figure breaks the line, never joins across it. */
  segments: string[];
  /** A marker per defined value (a lone value between gaps is still seen). */
  dots: { index: number; x: number; y: number; value: number }[];
};

export type TrendGeometry = {
  min: number;
  max: number;
  /** x of each bucket's centre. */
  xs: number[];
  /** Gridlines: value and its y. */
  ticks: { value: number; y: number }[];
  series: SeriesGeometry[];
};

/** The lowest gridline: 0, or the tenth below the lowest value when some value is negative (never under -1). */
export function lowerBound(values: readonly (number | null)[]): number {
  const lowest = Math.min(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return Math.max(-1, Math.floor(lowest * 10) / 10);
}

const round = (n: number) => Math.round(n * 10) / 10;

export function trendGeometry(series: readonly (readonly (number | null)[])[], box: Box): TrendGeometry {
  const buckets = Math.max(0, ...series.map((values) => values.length));
  const min = lowerBound(series.flat());
  const max = 1;
  const innerWidth = box.width - box.left - box.right;
  const innerHeight = box.height - box.top - box.bottom;
  // Buckets are centred in equal slots, so one bucket sits in the middle rather than on an edge.
  const slot = buckets > 0 ? innerWidth / buckets : innerWidth;
  const xs = Array.from({ length: buckets }, (_, i) => round(box.left + slot * (i + 0.5)));
  const y = (value: number) => round(box.top + ((max - value) / (max - min)) * innerHeight);

  const step = max - min > 1 ? 0.5 : 0.25;
  const ticks: TrendGeometry['ticks'] = [];
  for (let value = max; value >= min - 1e-9; value -= step) {
    const v = Math.round(value * 100) / 100;
    ticks.push({ value: v, y: y(v) });
  }

  return {
    min,
    max,
    xs,
    ticks,
    series: series.map((values) => {
      const segments: string[] = [];
      const dots: SeriesGeometry['dots'] = [];
      let current: string[] = [];
      values.forEach((value, index) => {
        const x = xs[index];
        if (value === null || !Number.isFinite(value) || x === undefined) {
          if (current.length > 1) segments.push(current.join(' '));
          current = [];
          return;
        }
        const point = { index, x, y: y(value), value };
        dots.push(point);
        current.push(`${current.length === 0 ? 'M' : 'L'}${point.x},${point.y}`);
      });
      if (current.length > 1) segments.push(current.join(' '));
      return { segments, dots };
    }),
  };
}
