/**
 * What a query's result may show for its current variables: its data, or while new
 * variables load the previous data (the caller marks it busy). Never the previous data
 * beside an error: those rows answered another filter.
 */
export function currentData<T>(result: { data?: T | undefined; previousData?: T | undefined; loading: boolean }) {
  return result.data ?? (result.loading ? result.previousData : undefined);
}
