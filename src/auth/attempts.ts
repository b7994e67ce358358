/**
 * Fixed-window counters of key verification attempts, one per client or key id, least recently
 * used ones forgotten past `size` (the memory stays bounded whatever ids an attacker makes up).
 */
export class AttemptCounter {
  private readonly windows = new Map<string, { count: number; start: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: () => number,
    private readonly size = 10_000,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  wait(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || w.start + this.windowMs() <= now || w.count < this.max) return 0;
    return w.start + this.windowMs() - now;
  }

  count(key: string, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || w.start + this.windowMs() <= now) w = { count: 0, start: now };
    w.count++;
    this.windows.delete(key);
    this.windows.set(key, w);
    if (this.windows.size > this.size) this.windows.delete(this.windows.keys().next().value as string);
  }

  /** Takes back one attempt (a successful verification is not held against anyone). */
  forgive(key: string): void {
    const w = this.windows.get(key);
    if (w && w.count > 0) w.count--;
  }
}
