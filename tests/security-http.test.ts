/**
 * HTTP-level attacks (issue 14, item 8): errors Fastify and Node raise themselves (undecodable
 * paths, over-long parameters, malformed requests, plain OPTIONS) are problem+json with the security
 * headers and a request id; unknown methods on real paths are 405 with Allow; probes are never rate
 * limited, however the path is spelled.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { COLLECTIONS, startApp, type TestApp } from './helpers.js';
import { expectProblem, type Got, raw, send } from './raw-http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('framework errors as problem+json', () => {
  it('a path that does not decode (/v1/programs/%FF) is a 400 problem', async () => {
    for (const path of ['/v1/programs/%FF', '/v1/programs/%C0%AF', '/v1/%E0%A4%A']) {
      const body = expectProblem(await send(t, 'GET', path), 400);
      expect(body.type).toBe('/problems/validation-error');
    }
  });

  it('errors raised before routing, and a plain OPTIONS, carry CORS and count against the rate limit (hostile 13, H13-6)', async () => {
    const origin = { origin: 'https://app.example' };
    const answers = [
      await send(t, 'GET', '/v1/programs/%FF', origin),
      await send(t, 'GET', `/v1/programs/${'x'.repeat(201)}`, origin),
      await send(t, 'OPTIONS', '/v1/programs', origin),
      await send(t, 'OPTIONS', '/v1/no-such-path', origin),
    ];
    const remaining = answers.map((res) => Number(res.headers['ratelimit-remaining']));
    for (const [i, res] of answers.entries()) {
      expect(res.headers['access-control-allow-origin'], `answer ${i}`).toBe('*');
      expect(res.headers['access-control-expose-headers'], `answer ${i}`).toContain('X-Request-Id');
      expect(res.headers['ratelimit-limit'], `answer ${i}`).toBeTruthy();
    }
    // Each one counted: the remaining count goes down by one per request.
    expect(remaining.slice(1).map((r, i) => (remaining[i] as number) - r)).toEqual([1, 1, 1]);
    // Written on the socket (no request was read): CORS for everyone under the `*` policy.
    const socketLevel = await raw(t, 'BREW /v1 HTTP/1.1\r\nHost: a\r\nOrigin: https://app.example\r\n\r\n');
    expect(socketLevel.headers['access-control-allow-origin']).toBe('*');
  });

  it('a path parameter over the maximum length is a 414 problem', async () => {
    const body = expectProblem(await send(t, 'GET', `/v1/programs/${'x'.repeat(201)}`), 414);
    expect(body.type).toBe('/problems/uri-too-long');
    // At the maximum, the router takes it and the id's own validation answers.
    expectProblem(await send(t, 'GET', `/v1/programs/${'x'.repeat(200)}`), 400);
  });

  it.each([
    ['a header line without a colon', 'GET /v1 HTTP/1.1\r\nHost: a\r\nNot a header\r\n\r\n', 400],
    ['an unknown method (RFC 9110 §9.1: not implemented)', 'BREW /v1 HTTP/1.1\r\nHost: a\r\n\r\n', 501],
    ['a method that is no token', 'G(T /v1 HTTP/1.1\r\nHost: a\r\n\r\n', 400],
    ['a bad HTTP version', 'GET /v1 HTTP/9.9\r\nHost: a\r\n\r\n', 400],
    [
      'conflicting lengths',
      'POST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
      400,
    ],
    ['headers over the size limit', `GET /v1 HTTP/1.1\r\nHost: a\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`, 431],
    // The request line is what is too long (hostile 14 H14-8).
    [
      'a request target over 16 KB',
      `GET /v1/programs?${'format=group&'.repeat(2000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
      414,
    ],
    [
      'a request target over 8 KB, with large headers',
      `GET /v1?${'a'.repeat(10_000)} HTTP/1.1\r\nHost: a\r\nX-Big: ${'b'.repeat(10_000)}\r\n\r\n`,
      414,
    ],
  ])('%s: a problem written on the socket, which then closes', async (_name, bytes, status) => {
    const res = await raw(t, bytes);
    expectProblem(res, status);
    expect(res.headers.connection).toBe('close');
  });

  it('a request line between 8 and 16 KB is a 414 too, and errors never echo kilobytes of the request (hostile 15 H15-7)', async () => {
    const long = 'a'.repeat(9000);
    for (const path of [`/${long}`, `/v1/programs?q=x&${long}=1`, `/v1/programs?${long}`]) {
      const res = await send(t, 'GET', path);
      expectProblem(res, 414);
      expect(res.body.length).toBeLessThan(1000);
    }
    // Below the limit, a 404 and an unknown parameter name what was sent, cut at 200 characters.
    const name = 'b'.repeat(3000);
    for (const path of [`/${name}`, `/v1/programs?${name}=1`]) {
      const res = await send(t, 'GET', path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body.length, path.slice(0, 20)).toBeLessThan(1200);
      expect(res.body).toMatch(/b{190,200}…/);
    }
  });

  it('a query list naming a value twice is a 400 naming it, whichever list (hostile 15 H15-9)', async () => {
    for (const [path, name] of [
      ['/v1/programs?fields=id,id', 'fields'],
      ['/v1/programs?include=organization&include=organization', 'include'],
      ['/v1/programs?facet=format,format', 'facet'],
      ['/v1/programs?format=group,group', 'format'],
      ['/v1/search?q=group&collection=programs,programs', 'collection'],
      ['/v1/cost-comparison?currency=CAD,CAD', 'currency'],
      ['/v1/programs?sort=name,name', 'sort'],
      ['/v1/programs?sort=name,-name', 'sort'],
    ] as const) {
      const body = expectProblem(await send(t, 'GET', path), 400);
      expect(
        body.errors?.map((e: { name: string }) => e.name),
        path,
      ).toEqual([name]);
      expect(body.detail, path).toMatch(/more than once/);
    }
  });

  it('a bare parameter is taken by routes that read no query, and named unknown on those that do (hostile 15 H15-8)', async () => {
    for (const path of ['/healthz?1700000000', '/readyz?x', '/openapi.json?x', '/healthz?x&y=']) {
      const res = await send(t, 'GET', path);
      expect(res.status, path).toBe(200);
    }
    const unknown = await send(t, 'GET', '/v1/programs?colour');
    const body = expectProblem(unknown, 400);
    expect(body.errors?.[0]).toMatchObject({ name: 'colour' });
    expect(body.detail).toMatch(/unknown parameter/);
    // A declared parameter left empty is still said to be empty.
    expect(expectProblem(await send(t, 'GET', '/v1/programs?format='), 400).detail).toMatch(/Empty value for format/);
  });

  it('a bad request pipelined after a good one is answered after it, never in its place (hostile 15 H15-1)', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(t.url);
    /** Every byte the server sends on one connection for `bytes`, until it closes. */
    const exchange = (bytes: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
        let got = '';
        socket.on('data', (d) => {
          got += d.toString('latin1');
        });
        socket.on('close', () => resolve(got));
        socket.on('error', reject);
      });
    const statuses = (got: string) => [...got.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    const key = createKey(t.db, 'h15-1', 'write').key;
    const before = (await send(t, 'GET', '/v1/faqs/what-is-group-ketamine-assisted-therapy')).body;
    const position = JSON.parse(before).data.position as number;
    const patch = JSON.stringify({ position: position + 100 });
    const committed = await exchange(
      `PATCH /v1/faqs/what-is-group-ketamine-assisted-therapy HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nIf-Match: *\r\nContent-Type: application/merge-patch+json\r\nContent-Length: ${patch.length}\r\n\r\n${patch}BREW / HTTP/1.1\r\n\r\n`,
    );
    // The write's own 200 first, then the bad request's problem, which names no method of another request.
    expect(statuses(committed)).toEqual([200, 400]);
    expect(committed).not.toMatch(/method PATCH/);
    const after = JSON.parse((await send(t, 'GET', '/v1/faqs/what-is-group-ketamine-assisted-therapy')).body);
    expect(after.data.position).toBe(position + 100);
    // Every earlier response goes first, a streamed export among them (review C15-2: only the first was waited for).
    const three = await exchange(
      'GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /v1/faqs.csv HTTP/1.1\r\nHost: a\r\n\r\nBREW / HTTP/1.1\r\n\r\n',
    );
    expect(statuses(three)).toEqual([200, 200, 400]);
    // A read through Fastify and a hit of the front path alike keep their answer.
    for (const path of ['/v1/search?q=group', '/v1']) {
      await send(t, 'GET', path);
      const got = await exchange(`GET ${path} HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nBad Header: x\r\n\r\n`);
      expect(statuses(got), path).toEqual([200, 400]);
    }
  });

  it('a framing error in the body of the request being read is said to be its body’s, not a later request’s (hostile 16 H16-9)', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(t.url);
    /** Every byte the server sends for these writes (a short pause between them), until it closes. */
    const exchange = (parts: string[]) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', async () => {
          for (const part of parts) {
            socket.write(part);
            await new Promise((r) => setTimeout(r, 30));
          }
        });
        let got = '';
        socket.on('data', (d) => {
          got += d.toString('latin1');
        });
        socket.on('close', () => resolve(got));
        socket.on('error', reject);
      });
    const answers = (got: string) =>
      [...got.matchAll(/HTTP\/1\.1 (\d{3})|"detail":"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
    const BODY =
      'The request body is not validly framed HTTP/1.1 (a chunk size, chunk data or trailer of Transfer-Encoding: chunked) and cannot be read.';
    const key = createKey(t.db, 'h16-9', 'write').key;
    const id = 'what-is-group-ketamine-assisted-therapy';
    const before = JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data;
    const head = `PATCH /v1/faqs/${id} HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nIf-Match: *\r\nContent-Type: application/merge-patch+json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    for (const parts of [
      [`${head}zz\r\n{"position":4}\r\n0\r\n\r\n`],
      [head, 'zz\r\n{"position":4}\r\n0\r\n\r\n'],
      [`${head}${'f'.repeat(18)}\r\n{"position":4}\r\n0\r\n\r\n`],
      [`${head}3\r\n{"position":4}\r\n0\r\n\r\n`],
      [`${head}e\r\n{"position":4}\r\n0\r\nBad Trailer: x\r\n\r\n`],
      ['GET /v1/search?q=group HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n'],
    ])
      expect(answers(await exchange(parts)), JSON.stringify(parts)).toEqual(['400', BODY]);
    // Nothing was written.
    expect(JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data.version).toBe(before.version);
    // After a whole request: its answer first, then the next one's body is said to be at fault.
    expect(answers(await exchange([`GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n${head}zz\r\n\r\n`]))).toEqual([
      '200',
      '400',
      BODY,
    ]);
    // A bad request line after a whole request is still that later request's (H15-1).
    expect(answers(await exchange(['GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nBREW / HTTP/1.1\r\n\r\n']))).toEqual([
      '200',
      '400',
      'A request after the previous one on this connection is not valid HTTP/1.1 and cannot be read.',
    ]);
  });

  it('large headers sent after the request line, in a later write, stay a 431 (review C14-12)', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(t.url);
    const status = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('GET /v1 HTTP/1.1\r\nHost: a\r\n');
        setImmediate(() => socket.write(`X-Big: ${'b'.repeat(20_000)}\r\n\r\n`));
      });
      let got = '';
      socket.on('data', (d) => {
        got += d.toString('latin1');
      });
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1])));
      socket.on('error', reject);
    });
    expect(status).toBe(431);
  });

  it('an HTTP/1.1 request without Host is a 400 problem naming the header, with CORS and the rate limit (C13-10)', async () => {
    const res = await raw(t, 'GET /v1 HTTP/1.1\r\nOrigin: https://app.example\r\nConnection: close\r\n\r\n');
    const body = expectProblem(res, 400);
    expect(body.errors).toEqual([{ name: 'host', in: 'header', detail: 'missing' }]);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['ratelimit-limit']).toBeTruthy();
    // Counted (review C13b-6): each one takes one from what the client has left, as a repeated Host does.
    const again = await raw(t, 'GET /v1 HTTP/1.1\r\nConnection: close\r\n\r\n');
    const repeated = await raw(t, 'GET /v1 HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n');
    const [a, b, c] = [res, again, repeated].map((r) => Number(r.headers['ratelimit-remaining'])) as [
      number,
      number,
      number,
    ];
    expect([a - b, b - c]).toEqual([1, 1]);
  });

  it('two lines of a field that is not a list are a 400 problem naming it, on the front path and through Fastify (RFC 9112 §3.2; C13b-8, H14-3)', async () => {
    // Cached first, so that a hit from the front path would show.
    expect((await send(t, 'GET', '/v1')).status).toBe(200);
    for (const [path, hosts] of [
      ['/v1', 'Host: a\r\nHost: b'],
      ['/v1', 'Host: a\r\nhost: a'],
      ['/v1/programs?limit=1', 'HOST: evil.example\r\nHost: a'],
    ] as const) {
      const res = await raw(
        t,
        `GET ${path} HTTP/1.1\r\n${hosts}\r\nOrigin: https://app.example\r\nConnection: close\r\n\r\n`,
      );
      const body = expectProblem(res, 400);
      expect(body.errors).toEqual([{ name: 'host', in: 'header', detail: 'repeated' }]);
      expect(res.headers['access-control-allow-origin']).toBe('*');
    }
    // The other fields that are not lists (hostile 14 H14-3): a gateway may have read the other line.
    for (const [method, path, fields, name] of [
      [
        'GET',
        '/v1',
        'If-Modified-Since: Thu, 01 Jan 2099 00:00:00 GMT\r\nIf-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT',
        'if-modified-since',
      ],
      [
        'GET',
        '/v1',
        'If-Unmodified-Since: Thu, 01 Jan 2099 00:00:00 GMT\r\nif-unmodified-since: Thu, 01 Jan 1970 00:00:00 GMT',
        'if-unmodified-since',
      ],
      ['GET', '/v1/webhooks', 'Authorization: Bearer a\r\nAuthorization: Bearer b', 'authorization'],
      [
        'PATCH',
        '/v1/faqs/x',
        'Content-Type: application/json\r\nContent-Type: text/plain\r\nContent-Length: 2',
        'content-type',
      ],
    ] as const) {
      const res = await raw(
        t,
        `${method} ${path} HTTP/1.1\r\nHost: a\r\n${fields}\r\nConnection: close\r\n\r\n${method === 'PATCH' ? '{}' : ''}`,
      );
      const body = expectProblem(res, 400);
      expect(body.errors, name).toEqual([{ name, in: 'header', detail: 'repeated' }]);
    }
    // An absolute-form target naming another host than Host's (RFC 9112 §3.2.2; hostile 14 H14-16); the same host is served.
    const other = await raw(t, 'GET http://evil.example/v1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expect(expectProblem(other, 400).errors).toEqual([{ name: 'host', in: 'header', detail: 'conflicting' }]);
    expect((await raw(t, 'GET http://A/v1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).status).toBe(200);
    // The scheme's default port, written or not, is the same host (review C14-13).
    expect((await raw(t, 'GET http://a:80/v1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).status).toBe(200);
    expect((await raw(t, 'GET http://a/v1 HTTP/1.1\r\nHost: a:80\r\nConnection: close\r\n\r\n')).status).toBe(200);
    expect((await raw(t, 'GET http://a:81/v1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).status).toBe(400);
    // One Host line is served, and HTTP/1.0 without one too.
    expect((await raw(t, 'GET /v1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).status).toBe(200);
    expect((await raw(t, 'GET /v1 HTTP/1.0\r\n\r\n')).status).toBe(200);
  });

  it('OPTIONS * answers for the server: every method some route takes (RFC 9110 §9.3.7; hostile 13 H13-14)', async () => {
    const res = await raw(t, 'OPTIONS * HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });

  it('an Expect other than 100-continue is a 417 problem with CORS, the request id and the security headers (hostile H-4)', async () => {
    // Cached first, so that a hit from the front path would show.
    expect((await send(t, 'GET', '/v1')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/v1'],
      ['GET', '/v1/programs/roots-to-thrive-group'],
      ['HEAD', '/v1'],
      ['POST', '/v1/faqs'],
      ['GET', '/no/such/path'],
    ]) {
      const res = await send(t, method as string, path as string, { expect: 'teapot', origin: 'https://app.example' });
      expect(res.status).toBe(417);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['x-request-id']).toBeTruthy();
      expect(res.headers['content-security-policy']).toBeTruthy();
      expect(res.headers['cache-control']).toBe('no-store');
      // Counted by the rate limit like any other answer, and saying so.
      expect(res.headers['ratelimit-limit'], `${method} ${path}`).toBeTruthy();
      if (method === 'HEAD') continue;
      const body = expectProblem(res, 417);
      expect(body.type).toBe('/problems/expectation-failed');
      expect(body.errors).toEqual([{ name: 'expect', in: 'header', detail: 'only 100-continue is supported' }]);
    }
    // 100-continue is met as before.
    expect((await send(t, 'GET', '/v1', { expect: '100-continue' })).status).toBe(200);
  });

  it('a plain OPTIONS (not a preflight) lists the allowed methods; on no route it is a 404 problem', async () => {
    const res = await send(t, 'OPTIONS', '/v1/programs');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['content-security-policy']).toBeTruthy();
    expectProblem(await send(t, 'OPTIONS', '/no/such/path'), 404);
    // A real preflight is still answered by the CORS policy.
    const pre = await send(t, 'OPTIONS', '/v1/programs', {
      origin: 'https://app.example',
      'access-control-request-method': 'GET',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
  });
});

describe('malformed bodies, as Fastify parses them', () => {
  it.each([
    ['truncated JSON', 'application/json', '{"id":', 400],
    ['an empty JSON body', 'application/json', '', 400],
    ['an unsupported media type', 'text/xml', '<x/>', 415],
    ['a prototype-poisoning body', 'application/json', '{"__proto__":{"x":1}}', 400],
    ['a body over the limit', 'application/json', `"${'x'.repeat(300_000)}"`, 413],
  ])('%s is a problem', async (_name, type, body, status) => {
    const key = createKey(t.db, `parser-${status}-${type}-${body.length}`, 'write').key;
    const res = await new Promise<Got>((resolve, reject) => {
      const req = request(
        `${t.url}/v1/faqs`,
        {
          method: 'POST',
          headers: { 'content-type': type, authorization: `Bearer ${key}` },
        },
        (r) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => {
            text += c;
          });
          r.on('end', () =>
            resolve({ status: r.statusCode as number, headers: r.headers as Record<string, string>, body: text }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expectProblem(res, status);
  });
});

describe('405 with Allow for methods a real path does not take', () => {
  it.each([
    ['TRACE', '/v1/programs', 'GET, HEAD, POST, OPTIONS'],
    ['PROPFIND', '/v1/programs/roots-to-thrive-group', 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS'],
    ['PUT', '/v1/search', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/v1/programs', 'GET, HEAD, POST, OPTIONS'],
    ['POST', '/v1/programs.csv', 'GET, HEAD, OPTIONS'],
    ['PATCH', '/healthz', 'GET, HEAD, OPTIONS'],
    ['PUT', '/v1/programs/', 'GET, HEAD, POST, OPTIONS'],
  ])('%s %s', async (method, path, allow) => {
    const res = await send(t, method, path);
    const body = expectProblem(res, 405);
    expect(res.headers.allow).toBe(allow);
    expect(body.type).toBe('/problems/method-not-allowed');
  });

  it('a path that is a route of its own allows its methods only, not those of a pattern it fits (/v1/format-fit/check)', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methodsOf = (p: string) => Object.keys(spec.paths[p] ?? {}).map((m) => m.toUpperCase());
    const patterns = Object.keys(spec.paths).filter((p) => p.includes('{'));
    const shadowed = Object.keys(spec.paths).flatMap((own) =>
      own.includes('{')
        ? []
        : patterns
            .filter((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(own))
            .map((pattern) => ({ own, pattern })),
    );
    expect(shadowed.map((s) => s.own)).toContain('/v1/format-fit/check');
    for (const { own, pattern } of shadowed) {
      const allow = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter(
        (m) => methodsOf(own).includes(m) || (m === 'HEAD' && methodsOf(own).includes('GET')) || m === 'OPTIONS',
      );
      const options = await send(t, 'OPTIONS', own);
      expect(options.status, own).toBe(204);
      expect(options.headers.allow, own).toBe(allow.join(', '));
      for (const method of methodsOf(pattern).filter((m) => !allow.includes(m))) {
        const res = await send(t, method, own);
        expectProblem(res, 405);
        expect(res.headers.allow, `${method} ${own}`).toBe(allow.join(', '));
        expect(res.headers['ratelimit-limit'], `${method} ${own}`).toBeTruthy();
      }
    }
  });

  it('a record’s JSON-LD path answers GET only, whatever record pattern it also fits (hostile 14 H14-7)', async () => {
    const key = createKey(t.db, 'h14-7', 'write').key;
    for (const collection of COLLECTIONS) {
      const path = `/v1/${collection}/some-record.jsonld`;
      const options = await send(t, 'OPTIONS', path);
      expect(options.headers.allow, path).toBe('GET, HEAD, OPTIONS');
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const res = await send(t, method, path, { authorization: `Bearer ${key}`, 'if-match': '*' });
        expectProblem(res, 405);
        expect(res.headers.allow, `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
      }
    }
    // A record's own path keeps its methods.
    expect((await send(t, 'OPTIONS', '/v1/faqs/some-record')).headers.allow).toBe(
      'GET, HEAD, PUT, PATCH, DELETE, OPTIONS',
    );
  });

  it('a parameter without a name is named "" (hostile 14 H14-14), not "(root)"', async () => {
    const res = await send(t, 'GET', '/v1/programs?=group');
    const body = expectProblem(res, 400);
    expect(body.errors).toEqual([{ name: '""', in: 'query', detail: expect.stringContaining('unknown parameter') }]);
  });

  it('an unknown path stays a 404', async () => {
    expectProblem(await send(t, 'TRACE', '/v1/no-such-collection'), 404);
    expectProblem(await send(t, 'GET', '/nothing/here'), 404);
  });
});

describe('probes are never rate limited', () => {
  it('/healthz, /readyz, with or without a trailing slash, after the limit is spent', async () => {
    const app = await startApp({ RATE_LIMIT_MAX: '2' });
    try {
      await app.http.get('/v1').expect(200);
      await app.http.get('/v1').expect(200);
      await app.http.get('/v1').expect(429);
      for (let i = 0; i < 5; i++)
        for (const path of ['/healthz', '/healthz/', '/readyz', '/readyz/', '/healthz?x=1']) {
          const res = await app.http.get(path).expect(200);
          expect(res.headers['ratelimit-limit']).toBeUndefined();
        }
      await app.http.get('/v1/').expect(429);
    } finally {
      await app.close();
    }
  });
});

describe('hostile 16 H16-12: transfer codings, the body limit, Accept-Patch', () => {
  it('a transfer coding other than chunked is a 501, and nothing is written', async () => {
    const key = createKey(t.db, 'h16-12', 'write').key;
    const id = 'what-is-group-ketamine-assisted-therapy';
    const before = JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data;
    for (const te of ['gzip, chunked', 'x-custom, chunked', 'Deflate , chunked']) {
      const res = await raw(
        t,
        `PATCH /v1/faqs/${id} HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nIf-Match: *\r\nContent-Type: application/merge-patch+json\r\nTransfer-Encoding: ${te}\r\nConnection: close\r\n\r\ne\r\n{"position":4}\r\n0\r\n\r\n`,
      );
      expectProblem(res, 501);
      expect(JSON.parse(res.body).errors[0].name).toBe('transfer-encoding');
    }
    expect(JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data.version).toBe(before.version);
    // A cached GET too: the front path leaves a request with a transfer coding to the policies (hostile 16b H16b-1).
    await send(t, 'GET', '/v1');
    await send(t, 'GET', '/v1');
    const cached = await raw(
      t,
      `GET /v1 HTTP/1.1\r\nHost: ${new URL(t.url).host}\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`,
    );
    expectProblem(cached, 501);
    // Chunked alone is read as before.
    const ok = await raw(
      t,
      'GET /v1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n',
    );
    expect(ok.status).toBe(200);
  });

  it('an empty Transfer-Encoding or one on HTTP/1.0 is a 400 and the connection closes: what follows is never run (H16b-2, H16b-3)', async () => {
    const key = createKey(t.db, 'h16b', 'write').key;
    const id = 'what-is-group-ketamine-assisted-therapy';
    const before = JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data;
    const smuggled = `PATCH /v1/faqs/${id} HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nIf-Match: *\r\nContent-Type: application/merge-patch+json\r\nContent-Length: 14\r\n\r\n{"position":4}`;
    for (const head of [
      'GET /v1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\n\r\n',
      'GET /v1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ,chunked\r\n\r\n0\r\n\r\n',
      'GET /v1 HTTP/1.0\r\nHost: a\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ]) {
      const got = await raw(t, head + smuggled);
      expectProblem(got, 400);
      expect(got.headers.connection).toBe('close');
      expect(JSON.parse(got.body.split('\r\n\r\n')[0] ?? '').errors[0].name).toBe('transfer-encoding');
      expect(got.body).not.toContain('HTTP/1.1');
    }
    expect(JSON.parse((await send(t, 'GET', `/v1/faqs/${id}`)).body).data.version).toBe(before.version);
  });

  it('a framing header Node refuses is a 400 naming that header, not chunk framing never sent (hostile 16b H16b-4)', async () => {
    const TE =
      'The Transfer-Encoding header cannot be read: a request body is framed by chunked, given once and last (RFC 9112 §6.3); this server decodes no other transfer coding. The connection is closed.';
    const BOTH =
      'Content-Length and Transfer-Encoding were both sent: a request frames its body by one of them (RFC 9112 §6.3). The connection is closed.';
    const LENGTH =
      'The Content-Length header is not one number of bytes, given once (RFC 9110 §8.6). The connection is closed.';
    for (const [head, detail] of [
      ['POST /v1/programs HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n', TE],
      ['GET /v1/sources?limit=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n', TE],
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n', TE],
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n', BOTH],
      // The other order, and with another coding: still both headers at fault (review 27 R27-7).
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', BOTH],
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: gzip\r\n\r\n', BOTH],
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx', LENGTH],
      ['POST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 2\r\n\r\nx', LENGTH],
    ] as const) {
      const res = await raw(t, head);
      expectProblem(res, 400);
      expect(JSON.parse(res.body).detail, head).toBe(detail);
      expect(res.headers.connection).toBe('close');
    }
  });

  it('a request answered before its body is not answered again when the body then breaks (review C16-2)', async () => {
    const exchange = (bytes: string) =>
      new Promise<string[]>((resolve, reject) => {
        const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => socket.write(bytes));
        let got = '';
        socket.on('data', (d) => {
          got += d.toString('latin1');
        });
        socket.on('close', () => resolve([...got.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1] as string)));
        socket.on('error', reject);
      });
    // A keyless write (401 before its body) and a coding before chunked (501) after a whole request: their own answer,
    // then the connection closes, with no 400 a client would take for a next request's.
    expect(
      await exchange(
        'GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nPOST /v1/faqs HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n',
      ),
    ).toEqual(['200', '401']);
    expect(
      await exchange(
        'GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nPOST /v1/faqs HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n',
      ),
    ).toEqual(['200', '400']);
  });

  it('a body sent where no route is gets the 404 or 405, never read (hostile 16b H16b-5)', async () => {
    const { gzipSync } = await import('node:zlib');
    const cases: [string, string, string | Buffer, Record<string, string>, number][] = [
      ['POST', '/nope', '{x', {}, 404],
      ['PUT', '/v1/faqs', '{x', {}, 405],
      ['DELETE', '/v1/search', '{x', {}, 405],
      ['PUT', '/v1/faqs', gzipSync(' '.repeat(300_000)), { 'content-encoding': 'gzip' }, 405],
      ['POST', '/v1/nonexist', 'x'.repeat(300_000), {}, 404],
    ];
    for (const [method, path, body, headers, status] of cases) {
      const res = await new Promise<Got>((resolve, reject) => {
        const req = request(
          `${t.url}${path}`,
          { method, headers: { 'content-type': 'application/json', ...headers } },
          (r) => {
            let text = '';
            r.on('data', (c) => {
              text += c;
            });
            r.on('end', () =>
              resolve({ status: r.statusCode as number, headers: r.headers as Record<string, string>, body: text }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      const problem = expectProblem(res, status);
      expect(problem.detail, `${method} ${path}`).not.toMatch(/JSON|UTF-8|this route takes/);
      if (status === 405) expect(res.headers.allow).toBeTruthy();
    }
  });

  /**
   * POSTs `body` with `coding` in pieces with pauses (the body spans packets), as raw bytes; the answer is whatever the
   * server sends until it closes. A write after its answer may fail (it closes the connection): no error here.
   */
  const sendInPieces = (key: string, coding: string, body: Buffer) =>
    new Promise<Got>((resolve) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1');
      let data = '';
      const done = () => {
        const [head = '', ...rest] = data.split('\r\n\r\n');
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = Object.fromEntries(
          lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
        );
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
      };
      // The whole answer (its head and Content-Length bytes): the server keeps the connection open while it reads the
      // rest of the body and drops it, so that a client still sending does not reset it and lose the answer.
      const answered = () => {
        const end = data.indexOf('\r\n\r\n');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(data)?.[1] ?? Number.NaN);
        return end >= 0 && data.length - end - 4 >= length;
      };
      socket.on('data', (d) => {
        data += d.toString('latin1');
        if (answered()) {
          done();
          socket.destroy();
        }
      });
      socket.on('error', () => undefined);
      socket.on('close', done);
      (async () => {
        socket.write(
          `POST /v1/faqs HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Encoding: ${coding}\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        for (let at = 0; at < body.length && !socket.destroyed; at += 16_384) {
          socket.write(body.subarray(at, at + 16_384));
          await new Promise((r) => setTimeout(r, 5));
        }
      })().catch(() => undefined);
    });

  it('a compressed body that does not decode gets its 400, whatever its packets and however long the key check takes (review 27 R27-8)', async () => {
    const { randomBytes } = await import('node:crypto');
    for (const coding of ['gzip', 'deflate', 'br']) {
      // A key of its own: its first check is the slow one (scrypt), while the body arrives.
      const key = createKey(t.db, `r27-8-${coding}`, 'write').key;
      const res = await sendInPieces(key, coding, randomBytes(200_000));
      expectProblem(res, 400);
      expect(JSON.parse(res.body).errors?.[0]?.name, `${coding}: ${res.body}`).toBe('content-encoding');
      // Not closed while the client still sends (which would reset the connection, and could lose the answer).
      expect(String(res.headers.connection).toLowerCase(), coding).not.toBe('close');
    }
  });

  it('a body that is a whole stream of its coding and then more bytes, in pieces, is not one body in that coding: the same 400', async () => {
    // Random bytes make an empty brotli stream (its first bits say "last, empty") 1 time in 20: the decoding ended with
    // the first piece, and the 400 said the body's size did not match Content-Length (R27-8's test failed so).
    const { brotliCompressSync, deflateSync, gzipSync } = await import('node:zlib');
    const key = createKey(t.db, 'r27-8-trailing', 'write').key;
    for (const [coding, encode] of [
      ['br', brotliCompressSync],
      ['deflate', deflateSync],
      ['gzip', gzipSync],
    ] as const) {
      const res = await sendInPieces(key, coding, Buffer.concat([encode(Buffer.alloc(0)), Buffer.alloc(100_000, 7)]));
      expectProblem(res, 400);
      expect(JSON.parse(res.body).errors?.[0]?.name, `${coding}: ${res.body}`).toBe('content-encoding');
    }
  });

  it('a body over the limit is a 413 that names the limit', async () => {
    const key = createKey(t.db, 'h16-12b', 'write').key;
    const big = JSON.stringify({ id: 'x', question: 'q'.repeat(300 * 1024) });
    const res = await t.http
      .post('/v1/faqs')
      .set('authorization', `Bearer ${key}`)
      .set('content-type', 'application/json')
      .send(big);
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain('262,144 bytes (256 KB), as sent');
  });

  it('OPTIONS on a path that takes PATCH says which patch documents it takes', async () => {
    const res = await send(t, 'OPTIONS', '/v1/faqs/what-is-group-ketamine-assisted-therapy');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toContain('PATCH');
    expect(res.headers['accept-patch']).toBe('application/merge-patch+json, application/json');
    const list = await send(t, 'OPTIONS', '/v1/faqs');
    expect(list.headers['accept-patch']).toBeUndefined();
  });
});
