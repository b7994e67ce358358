/** Requests sent exactly as written (a path that does not decode, raw bytes), and problem checks. */
import { request } from 'node:http';
import { connect } from 'node:net';
import { expect } from 'vitest';
import type { TestApp } from './helpers.js';

export interface Got {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request over a socket, path sent exactly as given. */
export function send(app: TestApp, method: string, path: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${path}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode as number, headers: res.headers as Record<string, string>, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Raw bytes on a socket; the response as read until the server closes the connection. */
export function raw(app: TestApp, bytes: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => {
      data += c;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(bytes);
  });
}

/** A problem+json response with the API's security headers and a request id that matches the body. */
export function expectProblem(res: Got, status: number) {
  expect(res.status, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cache-control']).toBe('no-store');
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, request_id: res.headers['x-request-id'] });
  expect(body.instance).toBe(`urn:katalog:request:${res.headers['x-request-id']}`);
  return body;
}
