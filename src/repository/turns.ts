/**
 * Turns of the event loop for long walks (exports, the cost comparison): `await nextTurn()` between
 * two pages. The walks waiting here go one page per turn of the loop, in the order they asked, so
 * however many run at once, a request arriving meanwhile (`/healthz`) waits behind at most one page.
 * With a plain `setImmediate` per walk, every walk waiting ran its page in the same check phase:
 * four concurrent exports were four pages in a row before the next I/O.
 */
const waiting: Array<() => void> = [];
let scheduled = false;

function step(): void {
  const next = waiting.shift();
  if (waiting.length) setImmediate(step);
  else scheduled = false;
  next?.();
}

/** Resolves in a later turn of the event loop, after the walks that asked before (one per turn). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(step);
    }
  });
}
