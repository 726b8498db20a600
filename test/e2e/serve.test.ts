// `groundtruth serve` through the built CLI: the quick start's store served on a free port, answering
// the API and the web app until SIGINT; and the refusal of a public host without a token.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_AVAILABLE, storeFactories } from '../../src/store/test-helpers/store-factories.js';
import { ROOT, runCli, startCli } from './helpers.js';

const env = { OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', GROUNDTRUTH_TOKEN: '' };
/** A project laid out as this repository: the quick start in examples/quickstart. */
let project: string;
let dir: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'gt-e2e-serve-'));
  dir = join(project, 'examples', 'quickstart');
  cpSync(join(ROOT, 'examples/quickstart'), dir, {
    recursive: true,
    filter: (source) => !source.includes('.groundtruth'),
  });
  // Outside this repository the copy needs its own ESM marker for assistant.ts to load as ESM.
  writeFileSync(join(project, 'package.json'), '{"type": "module"}\n');
  const quickStart = await runCli(['eval', 'examples/quickstart', '--no-progress'], { cwd: project, env });
  expect(quickStart.code).toBe(0);
  // The quick start says how to look at it in the web app, with the flags that find its store.
  expect(quickStart.stderr).toContain(
    'browse it: groundtruth serve --suite examples/quickstart (or eval --open next time)',
  );
}, 60_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Resolves with the first match of `pattern` in what the child printed so far, polling. */
async function printed(read: () => string, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let waited = 0; waited < 20_000; waited += 25) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the CLI never printed ${pattern}; it printed: ${read()}`);
}

describe('groundtruth serve', () => {
  it('serves the quick start store on the port it prints, until SIGINT', async () => {
    const { child, done } = startCli(['serve', '--suite', dir, '--port', '0'], { cwd: dir, env });
    let stdout = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
    });
    const [, url] = await printed(() => stdout, /^Groundtruth at (http:\/\/127\.0\.0\.1:(\d+)\/)$/m);
    expect(url).not.toMatch(/:0\/$/);
    const health = await fetch(`${url}api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, auth: false });
    const runs = (await (await fetch(`${url}api/runs`)).json()) as {
      total: number;
      items: Array<{ id: string; status: string; total: number; targets: string[] }>;
    };
    expect(runs.total).toBe(1);
    expect(runs.items[0]).toMatchObject({
      status: 'completed',
      total: 164,
      targets: ['faq-assistant', 'faq-assistant-no-typos'],
    });
    const failing = (await (
      await fetch(`${url}api/runs/${runs.items[0]!.id}/results?tag=typo&status=fail`)
    ).json()) as {
      total: number;
    };
    expect(failing.total).toBeGreaterThan(0);
    const page = await fetch(`${url}runs/${runs.items[0]!.id}`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    // npm test builds first (pretest), so the web app is always there to serve.
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    child.kill('SIGINT');
    const res = await done;
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`store: ${join(dir, '.groundtruth', 'groundtruth.db')} (1 run)`);
  });

  it('after the quick start, a bare serve in the project finds its store and serves its run', async () => {
    const { child, done } = startCli(['serve', '--port', '0'], { cwd: project, env });
    let stdout = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
    });
    const [, url] = await printed(() => stdout, /^Groundtruth at (http:\/\/127\.0\.0\.1:\d+\/)$/m);
    const runs = (await (await fetch(`${url}api/runs`)).json()) as { total: number };
    expect(runs.total).toBe(1);
    child.kill('SIGINT');
    const res = await done;
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`no store in ${project}; serving the most recently written one below it`);
    expect(res.stderr).toContain(`store: ${join(dir, '.groundtruth', 'groundtruth.db')} (1 run)`);
    // Nothing was created where no store was.
    expect(existsSync(join(project, '.groundtruth'))).toBe(false);
  });

  it.runIf(POSTGRES_AVAILABLE)(
    'serves a PostgreSQL store given by URL, never printing its password',
    async () => {
      const postgres = storeFactories().find((f) => f.name === 'postgres')!;
      // Trust authentication ignores the password: it is there to prove it is never shown.
      const url = postgres.location().replace('postgres://postgres@', 'postgres://postgres:s3cret-pw@');
      try {
        const quickStart = await runCli(['eval', 'examples/quickstart', '--no-progress', '--db', url], {
          cwd: project,
          env,
        });
        expect(quickStart.code).toBe(0);
        const { child, done } = startCli(['serve', '--port', '0', '--db', url], { cwd: project, env });
        let stdout = '';
        child.stdout!.on('data', (d) => {
          stdout += d;
        });
        const [, served] = await printed(() => stdout, /^Groundtruth at (http:\/\/127\.0\.0\.1:\d+\/)$/m);
        const runs = (await (await fetch(`${served}api/runs`)).json()) as { items: Array<{ id: string }> };
        expect(runs.items).toHaveLength(1);
        const failing = (await (
          await fetch(`${served}api/runs/${runs.items[0]!.id}/results?tag=paraphrase&status=fail`)
        ).json()) as { total: number };
        expect(failing.total).toBeGreaterThan(0);
        child.kill('SIGINT');
        const res = await done;
        expect(res.code).toBe(0);
        expect(res.stderr).toMatch(
          /^store: postgres:\/\/postgres@127\.0\.0\.1:5432\/test\?schema=\w+ \(1 run\)$/m,
        );
        expect(quickStart.stderr).toMatch(
          /^browse it: groundtruth serve --db 'postgres:\/\/postgres@127\.0\.0\.1:5432\/test\?schema=\w+'/m,
        );
        expect(`${quickStart.stdout}${quickStart.stderr}${stdout}${res.stderr}`).not.toContain('s3cret');
      } finally {
        await postgres.cleanup();
      }
    },
  );

  it('refuses a non-loopback host without a token (exit 2) and says how to set one', async () => {
    const res = await runCli(['serve', '--host', '0.0.0.0', '--suite', dir], { cwd: dir, env });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^error: refusing to listen on 0\.0\.0\.0 without an access token/m);
    expect(res.stderr).toMatch(/^hint: set one with --token <secret> or GROUNDTRUTH_TOKEN=<secret>/m);
    expect(res.stdout).toBe('');
  });
});
