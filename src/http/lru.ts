/** What the cache stores: something with a size in bytes. */
export interface Sized {
  size: number;
  /** Read since eviction last looked at it. */
  used?: boolean;
  /** In the cache (its bytes count against the bound). */
  held?: boolean;
}

/**
 * Bounded by bytes, least recently used out first, approximately ("second chance"): a read only
 * marks its entry, which costs a fraction of moving it in the map on every read; eviction moves a
 * marked entry to the back once, and evicts unmarked ones from the front. A new entry starts
 * unmarked: when everything else was read since, it is the one to go.
 */
export class Lru<E extends Sized> {
  private readonly map = new Map<string, E>();
  bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get size() {
    return this.map.size;
  }
  get(key: string): E | undefined {
    const e = this.map.get(key);
    if (e) e.used = true;
    return e;
  }
  set(key: string, e: E) {
    this.delete(key);
    if (e.size > this.maxBytes / 4) return;
    e.held = true;
    this.map.set(key, e);
    this.bytes += e.size;
    this.evict();
  }
  /** An entry got bigger (a compressed variant): only what the map holds counts. */
  grow(e: E, by: number) {
    e.size += by;
    if (!e.held) return;
    this.bytes += by;
    this.evict();
  }
  delete(key: string) {
    const old = this.map.get(key);
    if (old) this.drop(key, old);
  }
  private drop(key: string, e: E) {
    this.map.delete(key);
    e.held = false;
    this.bytes -= e.size;
  }
  private evict() {
    for (const [k, old] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      if (old.used) {
        old.used = false;
        this.map.delete(k);
        this.map.set(k, old);
      } else {
        this.drop(k, old);
      }
    }
  }
}
