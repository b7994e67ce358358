/**
 * The README's examples work as written (issue 16, item 2): every ```sh block runs with bash against
 * the real app on a random port with the real seeded database, and every ```ts block type-checks
 * against the generated client types (openapi/katalog.d.ts). A broken example fails `npm test`.
 *
 * The convention, written in the README as an HTML comment on the line before a block:
 * - no comment: every command must exit 0 and every HTTP request must answer 2xx;
 * - `<!-- readme-test: expect 400 -->`: every request of the block must answer that status (an
 *   example of an error), and there must be at least one;
 * - `<!-- readme-test: skip (reason) -->`: not run (installing, or running this very test suite).
 * Blocks in any other language fail the test, so no example escapes both checks.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

interface Block {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  directive: { skip?: string; expect?: number };
}

const DIRECTIVE = /^<!--\s*readme-test:\s*(.*?)\s*-->$/;

/** The fenced code blocks of a Markdown text, each with the readme-test directive just above it. */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
    if (i >= lines.length) throw new Error(`README line ${start + 1}: a code block is not closed`);
    let above = start - 1;
    while (above >= 0 && (lines[above] as string).trim() === '') above--;
    const comment = above >= 0 ? DIRECTIVE.exec((lines[above] as string).trim()) : null;
    blocks.push({
      lang: open[1] as string,
      code: `${body.join('\n')}\n`,
      line: start + 1,
      directive: comment ? parseDirective(comment[1] as string, start + 1) : {},
    });
  }
  return blocks;
}

function parseDirective(text: string, line: number): Block['directive'] {
  const skip = /^skip \((.+)\)$/.exec(text);
  if (skip) return { skip: skip[1] };
  const status = /^expect ([1-5]\d\d)$/.exec(text);
  if (status) return { expect: Number(status[1]) };
  throw new Error(`README line ${line}: unknown readme-test directive "${text}" (use "skip (reason)" or "expect 400")`);
}

const STATUS = /^readme-test: HTTP (\d{3}) (.*)$/gm;

/**
 * Runs one shell example with bash against `base` (`localhost:3000` in the text). `curl` reports each
 * request's status on stderr; `npm` runs the project's scripts wherever the example runs.
 */
async function runShell(
  code: string,
  base: string,
  cwd: string,
  env: Record<string, string>,
  expectStatus?: number,
): Promise<string[]> {
  const preamble = [
    'set -euo pipefail',
    `curl() { command curl --silent --show-error --write-out '%{stderr}readme-test: HTTP %{http_code} %{url_effective}\\n' "$@"; }`,
    'npm() { command npm --prefix "$KATALOG_ROOT" "$@"; }',
  ].join('\n');
  const script = `${preamble}\n${code.replaceAll('localhost:3000', base)}`;
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (done) => {
      execFile(
        'bash',
        ['-c', script],
        { cwd, env: { ...process.env, ...env, KATALOG_ROOT: PROJECT_ROOT }, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => done({ exitCode: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  const problems: string[] = [];
  const tail = `\n--- stdout (end) ---\n${stdout.slice(-1500)}\n--- stderr (end) ---\n${stderr.slice(-1500)}`;
  if (exitCode !== 0) problems.push(`exited with ${exitCode}${tail}`);
  const statuses = [...stderr.matchAll(STATUS)].map((m) => ({ status: Number(m[1]), url: m[2] as string }));
  for (const { status, url } of statuses) {
    const ok = expectStatus === undefined ? status >= 200 && status < 300 : status === expectStatus;
    if (!ok) problems.push(`${url} answered ${status}, expected ${expectStatus ?? '2xx'}${tail}`);
  }
  if (expectStatus !== undefined && statuses.length === 0) problems.push(`no request made; expected ${expectStatus}`);
  return problems;
}

/**
 * Type-checks TypeScript examples as files of an app that copied openapi/katalog.d.ts beside them
 * (`./katalog.js`), with this project's compiler options and its node_modules (openapi-fetch).
 * Returns the compiler's messages per example.
 */
function typeCheck(snippets: string[]): string[][] {
  const config = ts.readConfigFile(join(PROJECT_ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT);
  options.noEmit = true;
  // Virtual files in a folder of the project: the project's package.json ("type": "module") and
  // node_modules apply, and nothing is written to disk.
  const dir = join(PROJECT_ROOT, '.readme-examples');
  const files = new Map<string, string>([
    [join(dir, 'katalog.d.ts'), readFileSync(join(PROJECT_ROOT, 'openapi', 'katalog.d.ts'), 'utf8')],
  ]);
  const names = snippets.map((code, i) => {
    const name = join(dir, `example-${i + 1}.ts`);
    files.set(name, code);
    return name;
  });
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  const { directoryExists } = host;
  host.directoryExists = (d) => resolve(d) === dir || (directoryExists?.call(host, d) ?? true);
  host.fileExists = (f) => files.has(resolve(f)) || fileExists.call(host, f);
  host.readFile = (f) => files.get(resolve(f)) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = files.get(resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, language) : getSourceFile.call(host, f, language, ...rest);
  };
  const program = ts.createProgram(names, options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return names.map((name) =>
    diagnostics
      .filter((d) => d.file && resolve(d.file.fileName) === name)
      .map((d) => {
        const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
        return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
  );
}

const blocks = codeBlocks(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'));
const shell = blocks.filter((b) => b.lang === 'sh');
const typescript = blocks.filter((b) => b.lang === 'ts');

describe('README examples', () => {
  it('are all shell or TypeScript, and skips say why', () => {
    for (const b of blocks) expect(['sh', 'ts'], `README line ${b.line}: \`\`\`${b.lang}`).toContain(b.lang);
    expect(shell.filter((b) => !b.directive.skip).length).toBeGreaterThanOrEqual(10);
    expect(typescript.length).toBeGreaterThanOrEqual(1);
    expect(shell.some((b) => b.directive.expect === 400)).toBe(true);
    // Only the install/test commands and the webhook registration (it needs an HTTPS receiver on a
    // public address, which a test cannot offer) are skipped: everything else runs.
    const skipped = blocks.filter((b) => b.directive.skip);
    expect(skipped.length).toBeLessThanOrEqual(2);
    for (const b of skipped) expect(b.directive.skip, `README line ${b.line}`).toMatch(/install|HTTPS receiver/);
    console.log(
      `README: ${shell.length} sh blocks (${shell.filter((b) => !b.directive.skip).length} run, ${shell.filter((b) => b.directive.expect).length} expecting an error; not run here: ${skipped.map((b) => `line ${b.line} (${b.directive.skip})`).join(', ')}), ${typescript.length} ts blocks type-checked`,
    );
  });

  describe('shell examples, in order, against one server', () => {
    let t: TestApp;
    let dir: string;
    let env: Record<string, string>;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'katalog-readme-'));
      const database = join(dir, 'katalog.db');
      // The real seeded database in a file, so `npm run keys` in an example writes where the server reads.
      t = await startApp({}, freshDb(database));
      env = { DATABASE_PATH: database, LOG_LEVEL: 'silent' };
    }, 120_000);
    afterAll(async () => {
      await t?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    // The blocks the README marks as not runnable here (checked, with their reasons, by the test above) are not
    // registered: the suite that runs this file cannot also install itself or receive a public HTTPS webhook.
    for (const b of shell.filter((x) => !x.directive.skip)) {
      const title = `line ${b.line}: ${b.code.split('\n')[0]?.slice(0, 70)}`;
      it(title, { timeout: 300_000 }, async () => {
        const problems = await runShell(b.code, t.url.replace(/^http:\/\//, ''), dir, env, b.directive.expect);
        expect(problems, problems.join('\n\n')).toEqual([]);
      });
    }
  });
});

/** Examples that must not compile: the checker has to say so. */
const BROKEN = [
  // Without JsonMedia, openapi-fetch types an error as its whole content map: `error.title` does not compile.
  [
    "import createClient from 'openapi-fetch';",
    "import type { paths } from './katalog.js';",
    "const api = createClient<paths, 'application/json'>({ baseUrl: 'https://katalog.example' });",
    "const { error } = await api.GET('/v1/programs', {});",
    'if (error) console.log(error.title);',
    '',
  ].join('\n'),
  "import createClient from 'openapi-fetch';\nimport type { JsonMedia, paths } from './katalog.js';\nawait createClient<paths, JsonMedia>().GET('/v1/no-such-path');\n",
];

describe('TypeScript examples', () => {
  let readme: string[][];
  let broken: string[][];
  beforeAll(() => {
    // One program for all of them: the compiler's start-up is most of the cost.
    const results = typeCheck([...typescript.map((b) => b.code), ...BROKEN]);
    readme = results.slice(0, typescript.length);
    broken = results.slice(typescript.length);
  }, 300_000);

  it('type-check against openapi/katalog.d.ts', () => {
    readme.forEach((messages, i) => {
      expect(messages, `README line ${typescript[i]?.line}:\n${messages.join('\n')}`).toEqual([]);
    });
  });

  it('an example that does not compile is reported', () => {
    expect(broken[0]?.join('\n')).toMatch(/Property 'title' does not exist/);
    expect(broken[1]?.length).toBeGreaterThan(0);
  });
});

describe('the checks can fail', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'katalog-readme-neg-'));
    t = await startApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (code: string, expectStatus?: number) =>
    runShell(code, t.url.replace(/^http:\/\//, ''), dir, {}, expectStatus);

  it('a request that is not 2xx, a failing command, or an unexpected status fails the example', async () => {
    expect(await run('curl localhost:3000/v1/faqs?limit=1 >/dev/null\n')).toEqual([]);
    expect((await run('curl localhost:3000/v1/no-such-collection\n'))[0]).toMatch(/answered 404, expected 2xx/);
    expect((await run('curl localhost:3000/v1/programs?limit=500\n'))[0]).toMatch(/answered 400/);
    expect((await run('curl -s localhost:3000/v1 | grep -q no-such-text\n'))[0]).toMatch(/exited with 1/);
    expect((await run('curl localhost:3000/v1\n', 400))[0]).toMatch(/answered 200, expected 400/);
    expect(await run('echo no request\n', 400)).toEqual(['no request made; expected 400']);
  });
});
