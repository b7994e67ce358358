/**
 * Long walks take turns (src/repository/turns.ts): walks waiting together run one page per turn of
 * the event loop, in order, so other work (a request, here a setImmediate loop standing for one)
 * runs between any two pages, however many walks there are.
 */
import { describe, expect, it } from 'vitest';
import { nextTurn } from '../src/repository/turns.js';

describe('nextTurn', () => {
  it('runs one page of the waiting walks per turn, in order, with other work between any two', async () => {
    const log: string[] = [];
    let other = 0;
    let running = true;
    const tick = () => {
      log.push(`other ${other++}`);
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const walk = async (name: string) => {
      for (let page = 0; page < 3; page++) {
        await nextTurn();
        log.push(name);
      }
    };
    await Promise.all(['a', 'b', 'c', 'd'].map(walk));
    running = false;
    const pages = log.filter((l) => !l.startsWith('other'));
    expect(pages).toEqual(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    // Never two pages without other work between them.
    const first = log.findIndex((l) => !l.startsWith('other'));
    for (let i = first + 1; i < log.length; i++)
      if (!log[i]?.startsWith('other')) expect(log[i - 1]?.startsWith('other'), log.join(',')).toBe(true);
  });
});
