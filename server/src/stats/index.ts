// Agreement statistics (STATS.md): pure functions, no ORM, no framework, no module imports.
export * from './agreement.js';
export * from './bands.js';
export * from './bootstrap.js';
export * from './cohen.js';
export * from './dataset.js';
export * from './fleiss.js';
export * from './gold.js';
export * from './gwet.js';
export * from './krippendorff.js';
export * from './krippendorff-coincidences.js';
export * from './per-rater.js';
export * from './per-unit.js';
export * from './percent-agreement.js';
export * from './pooled.js';
export * from './stat.js';
export * from './table.js';
