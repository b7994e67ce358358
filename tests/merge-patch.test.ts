/** JSON Merge Patch (src/http/merge-patch.ts) against RFC 7396: its worked example and every test case of Appendix A. */
import { describe, expect, it } from 'vitest';
import { mergePatch } from '../src/http/merge-patch.js';

describe('mergePatch (RFC 7396)', () => {
  it('§3: the worked example', () => {
    const target = {
      title: 'Goodbye!',
      author: { givenName: 'John', familyName: 'Doe' },
      tags: ['example', 'sample'],
      content: 'This will be unchanged',
    };
    const patch = { title: 'Hello!', phoneNumber: '+01-123-456-7890', author: { familyName: null }, tags: ['example'] };
    expect(mergePatch(target, patch)).toEqual({
      title: 'Hello!',
      author: { givenName: 'John' },
      tags: ['example'],
      content: 'This will be unchanged',
      phoneNumber: '+01-123-456-7890',
    });
  });

  // Appendix A, in its order: [original, patch, result].
  const APPENDIX_A: Array<[unknown, unknown, unknown]> = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  for (const [i, [original, patch, result]] of APPENDIX_A.entries())
    it(`Appendix A, case ${i + 1}: ${JSON.stringify(original)} + ${JSON.stringify(patch)}`, () => {
      expect(mergePatch(original, patch)).toEqual(result);
    });

  it('changes neither the target nor the patch', () => {
    const target = { a: { b: 'c', keep: { x: 1 } }, gone: 1 };
    const patch = { a: { b: 'd', c: { d: 1 } }, gone: null };
    const before = structuredClone({ target, patch });
    const out = mergePatch(target, patch) as { a: { c: unknown; keep: unknown } };
    expect({ target, patch }).toEqual(before);
    expect(out).toEqual({ a: { b: 'd', keep: { x: 1 }, c: { d: 1 } } });
    expect(out.a).not.toBe(target.a);
  });

  it('merges a patch nested 100,000 levels deep without recursion', () => {
    let patch: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 100_000; i++) patch = { a: patch };
    let node = mergePatch({ other: 1 }, patch) as Record<string, unknown>;
    expect(node.other).toBe(1);
    let depth = 0;
    while (node.a) {
      node = node.a as Record<string, unknown>;
      depth++;
    }
    expect(depth).toBe(100_000);
    expect(node).toEqual({ leaf: true });
  });

  it('keeps a member named __proto__ as a member (never as the prototype)', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    const out = mergePatch({ y: 2 }, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'x', 'y']);
    expect(out.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
