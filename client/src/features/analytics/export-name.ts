/** The period a page's figures cover, as the filters give it (calendar days, either end open). */
export type Period = { from: string | null; to: string | null };

/** `concord-analytics-<table>-<from>-<to>.csv`: the period in the name, so two exports do not overwrite each other. */
export function exportFileName(table: string, period: Period): string {
  const parts = ['concord-analytics', table, period.from ?? 'start', period.to ?? 'today'];
  return `${parts.join('-')}.csv`;
}
