import type { Client } from 'graphql-ws';

/**
 * Collects the events of one subscription (`field` of its data) as they arrive; `until`
 * resolves with the first event matching, or fails after 10 s naming what did arrive, so a
 * missing event is easy to read.
 */
export function subscribeFeed(client: Client, query: string, variables: Record<string, unknown>, field: string) {
  const events: any[] = [];
  const waiters: { test: (e: any) => boolean; resolve: (e: any) => void }[] = [];
  const errors: any[] = [];
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const event = (result.data as any)?.[field];
        if (!event) return;
        events.push(event);
        for (const w of [...waiters]) {
          if (!w.test(event)) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(event);
        }
      },
      error: (e) => (Array.isArray(e) ? errors.push(...e) : errors.push(e)),
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    dispose,
    until: (test: (e: any) => boolean) =>
      new Promise<any>((resolve, reject) => {
        const found = events.find(test);
        if (found) return resolve(found);
        const timer = setTimeout(
          () => reject(new Error(`no such event; got ${JSON.stringify(events)}; errors ${JSON.stringify(errors)}`)),
          10_000,
        );
        waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      }),
  };
}
