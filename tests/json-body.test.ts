/**
 * One pass over a JSON body (src/http/json-body.ts `bodyFault`): a member given twice (hostile 13 H13-9) and a number a
 * double does not hold as written (hostile 14 H14-11), each named by its path; text that only looks like them is left.
 */
import { describe, expect, it } from 'vitest';
import { bodyFault } from '../src/http/json-body.js';

describe('bodyFault', () => {
  it.each([
    ['{"a":{"b":[1,{"c":1e-400}]}}', { kind: 'inexact', path: 'a.b[1].c', literal: '1e-400', stored: '0' }],
    [
      '[[1],[2, 100.0000000000000001]]',
      { kind: 'inexact', path: '[1][1]', literal: '100.0000000000000001', stored: '100' },
    ],
    ['{"a":1,"b":{"x":1,"\\u0078":2}}', { kind: 'twice', path: 'b.x' }],
    ['{"related":[{"id":"a","id":"b"}]}', { kind: 'twice', path: 'related[0].id' }],
    ['{"a" : 1 , "a" : 2}', { kind: 'twice', path: 'a' }],
    // Past 2^53 too: a field without an upper bound would store another number (hostile 17 H17-2).
    [
      '{"value":9007199254740993}',
      { kind: 'inexact', path: 'value', literal: '9007199254740993', stored: '9007199254740992' },
    ],
    [
      '{"v":[1,123456789012345678901234567890]}',
      { kind: 'inexact', path: 'v[1]', literal: '123456789012345678901234567890', stored: '1.2345678901234568e+29' },
    ],
    ['{"v":1e400}', { kind: 'inexact', path: 'v', literal: '1e400', stored: 'Infinity' }],
  ])('%s: %j', (text, fault) => {
    expect(bodyFault(text)).toEqual(fault);
  });

  it.each([
    '{"s":"1e-400","t":"100.0000000000000001","u":"{\\"a\\":1,\\"a\\":2}"}',
    '{"a":[0.1,0.30000000000000004,-0,1.50,1e2,12.5e-1,9007199254740994,1e300]}',
    '{"a":{"x":1},"b":{"x":1}}',
    '["a","a",1,1]',
  ])('%s has none', (text) => {
    expect(bodyFault(text)).toBeUndefined();
  });
});
