import { STATUS_CODES } from 'node:http';
import { z } from 'zod';

export const PROBLEM_TYPES = {
  400: ['validation-error', 'Invalid request'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  408: ['request-timeout', 'Request timeout'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Payload too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  417: ['expectation-failed', 'Expectation failed'],
  422: ['unprocessable-content', 'Unprocessable content'],
  428: ['precondition-required', 'Precondition required'],
  429: ['rate-limited', 'Too many requests'],
  431: ['headers-too-large', 'Request header fields too large'],
  500: ['internal-error', 'Internal server error'],
  501: ['not-implemented', 'Not implemented'],
  503: ['unavailable', 'Service unavailable'],
} as const satisfies Record<number, readonly [string, string]>;

/** Every problem type's URI, as `problem()` writes it (the spec lists them), and RFC 9457's for any other status. */
function problemTypeUris(): [string, ...string[]] {
  const [first = '', ...rest] = Object.values(PROBLEM_TYPES).map(([slug]) => `/problems/${slug}`);
  return [first, ...rest, 'about:blank'];
}

/** RFC 9457 problem details: the one error format of every endpoint. */
export const Problem = z
  .object({
    type: z.enum(problemTypeUris()).meta({
      description: 'URI reference identifying the problem type (a client branches on it); the README lists them.',
      examples: ['/problems/validation-error'],
    }),
    title: z.string().meta({ description: 'Short summary of the problem type.' }),
    status: z.number().int().min(400).max(599),
    detail: z.string().meta({ description: 'What went wrong with this request.' }),
    instance: z.string().meta({ description: 'Identifies this occurrence: contains the request id.' }),
    request_id: z.string(),
    errors: z
      .array(
        z.object({
          name: z.string().meta({ description: 'The parameter or body field at fault.' }),
          in: z.enum(['query', 'path', 'header', 'body']),
          detail: z.string(),
        }),
      )
      .optional()
      .meta({ description: 'Every invalid parameter or field, for validation problems.' }),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 application/problem+json.',
    examples: [
      {
        type: '/problems/validation-error',
        title: 'Invalid request',
        status: 400,
        detail: 'limit: must be at most 100',
        instance: 'urn:katalog:request:4f1c2a',
        request_id: '4f1c2a',
        errors: [{ name: 'limit', in: 'query', detail: 'must be at most 100' }],
      },
    ],
  });
export type Problem = z.infer<typeof Problem>;

export type ProblemStatus = keyof typeof PROBLEM_TYPES;

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Invalid parameters: every bad parameter is listed in `errors`.',
  401: 'Missing or invalid credentials.',
  403: 'The credentials do not allow this.',
  404: 'No such record or route.',
  405: 'Method not allowed.',
  406: 'No acceptable representation.',
  408: 'The request was not received within the request timeout.',
  409: 'Conflict with the current state.',
  412: 'A precondition failed.',
  413: 'The request body is too large.',
  414: 'The request target or a path segment is too long.',
  415: 'Unsupported request media type.',
  417: 'An Expect header other than 100-continue.',
  422: 'The body is invalid.',
  428: 'If-Match is required.',
  429: 'Rate limit exceeded; see Retry-After.',
  431: 'The request headers are too large.',
  500: 'Unexpected error; the body never shows internals.',
  501: 'The request method is not one this server implements.',
  503: 'Not ready.',
};

/** OpenAPI response declarations for the given error statuses, each as application/problem+json. */
export function problemResponses(...statuses: ProblemStatus[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: DESCRIPTIONS[s], content: { 'application/problem+json': { schema: Problem } } },
    ]),
  );
}

/** The errors every public read can return. */
export const READ_ERRORS = [400, 412, 429, 500] as const satisfies ProblemStatus[];

/** `text` with each lone surrogate as U+FFFD (String.prototype.toWellFormed, which Node 20's TypeScript lib lacks). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

export function problem(status: number, detail: string, requestId: string, errors?: Problem['errors']): Problem {
  const known = (PROBLEM_TYPES as Record<number, readonly [string, string]>)[status];
  // A status no type is listed for (a plugin's) is RFC 9457's `about:blank` with the status's own phrase, never
  // another status's type (hostile 17 H17-4: a 416 went out as `/problems/validation-error`).
  return {
    type: known ? `/problems/${known[0]}` : 'about:blank',
    title: known?.[1] ?? STATUS_CODES[status] ?? 'Error',
    status,
    // A detail that quotes what was sent quotes a lone surrogate as U+FFFD: the body stays well-formed Unicode, which
    // strict parsers require (hostile 18c H18c-13).
    detail: wellFormed(detail),
    instance: `urn:katalog:request:${requestId}`,
    request_id: requestId,
    ...(errors ? { errors: errors.map((e) => ({ ...e, detail: wellFormed(e.detail) })) } : {}),
  };
}

/** The example shown for an error status in the OpenAPI document. */
export function problemExample(status: ProblemStatus): Problem {
  const detail = status === 400 ? 'limit: must be at most 100' : DESCRIPTIONS[status];
  const errors = status === 400 ? [{ name: 'limit', in: 'query' as const, detail: 'must be at most 100' }] : undefined;
  return problem(status, detail, '4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04', errors);
}
