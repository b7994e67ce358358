/**
 * `npm run client` writes openapi/katalog.d.ts, TypeScript types for every path, parameter and
 * schema of openapi/openapi.json (openapi-typescript), for use with openapi-fetch (with the `JsonMedia`
 * type below, so that errors are typed as problems). `--check` fails
 * when the committed file is out of date (part of `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { PROJECT_ROOT } from '../src/db/paths.js';

const SPEC = join(PROJECT_ROOT, 'openapi', 'openapi.json');
const OUT = join(PROJECT_ROOT, 'openapi', 'katalog.d.ts');

/**
 * Appended to the generated types: the media types a JSON client reads. openapi-fetch picks each
 * response's body type by media type (its second type parameter); with only `application/json`,
 * error responses (served as `application/problem+json`) would keep their whole content map as the
 * error type, so `error.title` would not compile.
 */
const JSON_MEDIA = `
/**
 * The media types a JSON client reads: pass as openapi-fetch's second type parameter,
 * \`createClient<paths, JsonMedia>(…)\`, so that \`data\` is the JSON body and \`error\` the RFC 9457
 * problem (\`error.status\`, \`error.title\`, \`error.detail\`, \`error.errors\`), without CSV, NDJSON or JSON-LD.
 */
export type JsonMedia = "application/json" | "application/problem+json";
`;

/**
 * The types as openapi-typescript prints them, with changes that say each thing once:
 * - a parameter an operation refers to (`components["parameters"]["IfMatch"]`) keeps its description
 *   on the component, not a copy in every operation (openapi-typescript repeats it at each use);
 * - indented by two spaces, as the rest of the project, instead of four.
 */
function compact(source: string): string {
  const [head = '', rest = ''] = source.split(/(?=\nexport type webhooks)/);
  return (
    `${pathsWithoutNever(head)}${rest}`
      // No operation takes a cookie: the `cookie?: never;` line of each typed nothing.
      .replace(/\n *cookie\?: never;/g, '')
      // A response's headers, each a reference to `components["headers"]`, type nothing a client reads:
      // openapi-fetch hands back the fetch `Response` (its `Headers`); the spec documents each header.
      .replace(/\n *(?:"[^"\n]+"|\w+)\??: components\["headers"\]\["[^"\n]+"\];/g, '')
      .replace(/\n[ ]*\/\*\*(?:(?!\*\/)[\s\S])*?\*\/(?=\n[^\n]*: components\["parameters"\]\[)/g, '')
      .replace(/^((?: {4})+)/gm, (indent: string) => ' '.repeat(indent.length / 2))
  );
}

/**
 * In `paths`, only what a path has: openapi-typescript writes every method it lacks (`put?: never;`)
 * and an empty path-level `parameters` block on each path. openapi-fetch reads the operations
 * (`paths["/v1/programs"]["get"]`), where the parameters are, and finds a path's methods by the keys
 * present, so these lines typed nothing (about 20 KB of the file).
 */
function pathsWithoutNever(paths: string): string {
  return paths
    .replace(
      /\n {8}parameters: \{\n {12}query\?: never;\n {12}header\?: never;\n {12}path\?: never;\n {12}cookie\?: never;\n {8}\};/g,
      '',
    )
    .replace(/\n {8}(?:get|put|post|delete|options|head|patch|trace)\?: never;/g, '');
}

type Parameter = { $ref?: string; name?: string; in?: string; schema?: { enum?: string[] } };
type Operation = { responses?: Record<string, unknown>; parameters?: Parameter[]; operationId?: string };
type Spec = { paths?: Record<string, Record<string, Operation>>; components?: { responses?: Record<string, unknown> } };

/**
 * Every error response is the same RFC 9457 problem (the spec lists, per operation, which statuses
 * can occur and why, those common to every read or every write in its `default`). openapi-fetch
 * types `error` as the union of an operation's 4xx, 5xx and `default` bodies, so the client says it
 * once per operation, as `default`: `error` is the same `Problem` type, without a line per status.
 */
function errorsAsDefault(spec: Spec): Spec {
  const components: { responses: Record<string, unknown> } = {
    ...spec.components,
    responses: { ...spec.components?.responses, Error: ERROR_RESPONSE },
  };
  const paths = Object.fromEntries(
    Object.entries(spec.paths ?? {}).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, op]) => {
          if (typeof op !== 'object' || !op.responses) return [method, op];
          const kept = Object.entries(op.responses).filter(([status]) => !/^(?:[45]|default$)/.test(status));
          const errors = kept.length < Object.keys(op.responses).length;
          const responses = Object.fromEntries(
            errors ? [...kept, ['default', { $ref: '#/components/responses/Error' }]] : kept,
          );
          return [method, { ...op, responses }];
        }),
      ),
    ]),
  );
  // The error responses are now referred to by nothing: the client leaves them out.
  const used = JSON.stringify(paths);
  components.responses = Object.fromEntries(
    Object.entries(components.responses).filter(
      ([name]) => name === 'Error' || used.includes(`"#/components/responses/${name}"`),
    ),
  );
  return { ...spec, paths, components };
}

const ERROR_RESPONSE = {
  description:
    'An error (4xx, 5xx): an RFC 9457 problem. openapi/openapi.json lists the statuses each operation can answer.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/**
 * A path templated over the collections (`/v1/{collection}/{id}/revisions`, whose `collection`
 * parameter is the enum of the collections: the spec documents the operation once) is one path per
 * collection in the client, `/v1/programs/{id}/revisions`, as the routes are: a client calls the URL
 * it always called, with the same types, and cannot call one of a collection that does not exist.
 */
function collectionsExpanded(spec: Spec & { components?: { parameters?: Record<string, Parameter> } }): Spec {
  const resolve = (p: Parameter) => (p.$ref ? spec.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p);
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [path, operations] of Object.entries(spec.paths ?? {})) {
    if (!path.includes('{collection}')) {
      paths[path] = operations;
      continue;
    }
    for (const [method, op] of Object.entries(operations)) {
      const parameter = op.parameters?.find((p) => resolve(p)?.name === 'collection' && resolve(p)?.in === 'path');
      for (const collection of (parameter && resolve(parameter)?.schema?.enum) ?? []) {
        const { operationId: _id, parameters, ...rest } = op;
        const concrete = path.replace('{collection}', collection);
        paths[concrete] = {
          ...paths[concrete],
          [method]: { ...rest, parameters: parameters?.filter((p) => p !== parameter) },
        };
      }
    }
  }
  return { ...spec, paths };
}

/**
 * The record a collection's schema shows as its example (`ProgramExpanded.examples`: what Swagger UI
 * shows in every page, read and write of it) is documentation, not a type: openapi-typescript would
 * print each as a comment of its type (30 KB of JSON in the client). Other schema examples (an id, a
 * timestamp) stay, short as they are.
 */
function withoutRecordExamples(spec: Spec & { components?: { schemas?: Record<string, { examples?: unknown[] }> } }) {
  const schemas = Object.fromEntries(
    Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => {
      if (!schema.examples?.some((e) => e !== null && typeof e === 'object')) return [name, schema];
      const { examples: _e, ...rest } = schema;
      return [name, rest];
    }),
  );
  return { ...spec, components: { ...spec.components, schemas } };
}

const ast = await openapiTS(
  errorsAsDefault(collectionsExpanded(withoutRecordExamples(JSON.parse(readFileSync(SPEC, 'utf8'))))) as never,
);
const text = `/* Generated from openapi/openapi.json by \`npm run client\` (openapi-typescript). Do not edit. */\n\n${compact(astToString(ast))}${JSON_MEDIA}`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(
      'openapi/katalog.d.ts is out of date with openapi/openapi.json: run `npm run client` and commit the result.',
    );
    process.exit(1);
  }
  console.log('openapi/katalog.d.ts matches openapi/openapi.json');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
