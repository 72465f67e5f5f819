/**
 * Coalesces bursts of changes per key into one flush per window: the first change to a
 * key schedules a flush `windowMs` later; changes until then ride along. So N voters on
 * one item cause at most one tally notice per window, not N (and not N² messages), and
 * no change waits longer than the window.
 */
export class Coalescer<K> {
  private readonly pending = new Map<string, K>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly windowMs: number,
    private readonly flush: (key: K) => Promise<void> | void,
    private readonly keyOf: (key: K) => string = (key) => String(key),
    private readonly onError: (error: unknown) => void = (error) => console.error('coalesced flush failed:', error),
  ) {}

  touch(key: K): void {
    const id = this.keyOf(key);
    if (this.timers.has(id)) return;
    this.pending.set(id, key);
    this.timers.set(
      id,
      setTimeout(() => void this.fire(id), this.windowMs),
    );
  }

  /** Flushes everything pending now (at close, so no change is left unannounced). */
  async drain(): Promise<void> {
    await Promise.all([...this.timers.keys()].map((id) => this.fire(id)));
  }

  private async fire(id: string) {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
    const key = this.pending.get(id);
    this.pending.delete(id);
    if (key === undefined) return;
    try {
      await this.flush(key);
    } catch (error) {
      this.onError(error);
    }
  }
}
