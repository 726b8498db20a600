// `groundtruth serve` and `eval --open` in-process: a real server on 127.0.0.1 until the command's
// signal fires, the refusals (a public host without a token, a taken port) and the browser opening.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRun } from '../../compare/test-helpers/runs.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { main } from '../main.js';
import { type CapturedIO, captureIO } from '../test-helpers/capture-io.js';
import { accessToken, serveRun } from './serve.js';

let dir: string;
let dbPath: string;
/** 4600, held (unless something else already holds it) so these tests never take a developer's port. */
let defaultPortHolder: Server | undefined;

beforeAll(async () => {
  defaultPortHolder = await holdPort(4600).catch(() => undefined);
  dir = mkdtempSync(join(tmpdir(), 'gt-serve-'));
  dbPath = join(dir, 'store.db');
  const store = await openStore(dbPath);
  await writeRun(store, { id: 'run-1', results: [{ caseId: 'c1', status: 'pass' }] });
  await store.close();
});
afterAll(() => {
  defaultPortHolder?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Session = { io: CapturedIO; stop: () => void; done: Promise<number> };

function start(args: string[], env: NodeJS.ProcessEnv = {}, cwd = dir): Session {
  const controller = new AbortController();
  const io: CapturedIO = { ...captureIO(cwd, env), signal: controller.signal };
  return { io, stop: () => controller.abort('SIGINT'), done: main(args, io) };
}

/** The first match of `pattern` in the session's stdout, waiting for it (or for the command to end). */
async function waitFor(session: Session, pattern: RegExp): Promise<RegExpMatchArray> {
  let ended = false;
  void session.done.finally(() => {
    ended = true;
  });
  for (let waited = 0; waited < 20_000; waited += 20) {
    const match = pattern.exec(session.io.out());
    if (match) return match;
    if (ended) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${pattern} in stdout: ${session.io.out()} / stderr: ${session.io.err()}`);
}

describe('groundtruth serve', () => {
  it('serves the store on the printed URL until interrupted, then exits 0', async () => {
    const session = start(['serve', '--port', '0', '--db', dbPath]);
    const [, url] = await waitFor(session, /^Groundtruth at (http:\/\/127\.0\.0\.1:\d+\/)$/m);
    const health = await fetch(`${url}api/health`);
    expect(await health.json()).toMatchObject({ ok: true, auth: false });
    const runs = (await (await fetch(`${url}api/runs`)).json()) as { items: Array<{ id: string }> };
    expect(runs.items.map((r) => r.id)).toEqual(['run-1']);
    session.stop();
    expect(await session.done).toBe(0);
    expect(session.io.err()).toBe(`store: ${dbPath} (1 run)\nserving until Ctrl-C\n`);
    await expect(fetch(`${url}api/health`)).rejects.toThrow();
  });

  it('prints the URL with the token, which every API call then needs', async () => {
    const session = start(['serve', '--port', '0', '--db', dbPath], { GROUNDTRUTH_TOKEN: 'tok-123' });
    const [, url] = await waitFor(session, /^Groundtruth at (http:\/\/127\.0\.0\.1:\d+\/)\?token=tok-123$/m);
    expect((await fetch(`${url}api/runs`)).status).toBe(401);
    expect((await fetch(`${url}api/runs`, { headers: { Authorization: 'Bearer tok-123' } })).status).toBe(
      200,
    );
    session.stop();
    expect(await session.done).toBe(0);
  });

  it('refuses a non-loopback host without a token, saying why and how (exit 2)', async () => {
    const session = start(['serve', '--host', '0.0.0.0', '--port', '0', '--db', dbPath]);
    expect(await session.done).toBe(2);
    expect(session.io.err()).toBe(
      'error: refusing to listen on 0.0.0.0 without an access token: anyone who can reach this machine could read every run, prompt and output in the store\n' +
        'hint: set one with --token <secret> or GROUNDTRUTH_TOKEN=<secret> (e.g. from `openssl rand -hex 16`), or listen on 127.0.0.1\n',
    );
    expect(session.io.out()).toBe('');
  });

  it('listens on a non-loopback host with a token', async () => {
    const session = start(['serve', '--host', '0.0.0.0', '--port', '0', '--db', dbPath, '--token', 'abc']);
    const [, port] = await waitFor(session, /^Groundtruth at http:\/\/0\.0\.0\.0:(\d+)\/\?token=abc$/m);
    const res = await fetch(`http://127.0.0.1:${port}/api/runs`, {
      headers: { Authorization: 'Bearer abc' },
    });
    expect(res.status).toBe(200);
    session.stop();
    expect(await session.done).toBe(0);
  });

  it('names a taken port and suggests --port (exit 2)', async () => {
    const holder = await holdPort(0);
    const port = (holder.address() as { port: number }).port;
    try {
      const session = start(['serve', '--port', String(port), '--db', dbPath]);
      expect(await session.done).toBe(2);
      expect(session.io.err()).toContain(
        `error: port ${port} on 127.0.0.1 is already in use\nhint: choose another port with --port (e.g. --port ${port + 1}), or --port 0 for any free port\n`,
      );
    } finally {
      holder.close();
    }
  });

  it('refuses a port out of range and an empty token', async () => {
    const bad = start(['serve', '--port', '70000', '--db', dbPath]);
    expect(await bad.done).toBe(2);
    expect(bad.io.err()).toContain('expected a port number from 0 to 65535 (0: any free port)');
    const empty = start(['serve', '--port', '0', '--db', dbPath, '--token', ' ']);
    expect(await empty.done).toBe(2);
    expect(empty.io.err()).toContain('error: the access token must be non-empty and contain no spaces');
    expect(accessToken(undefined, { GROUNDTRUTH_TOKEN: '' })).toBeUndefined();
    expect(accessToken('cli', { GROUNDTRUTH_TOKEN: 'env' })).toBe('cli');
  });

  it('says so when the store has no runs', async () => {
    const emptyDb = join(dir, 'empty.db');
    const session = start(['serve', '--port', '0', '--db', emptyDb]);
    await waitFor(session, /^Groundtruth at /m);
    session.stop();
    expect(await session.done).toBe(0);
    expect(session.io.err()).toContain(
      `store: ${emptyDb} (0 runs)\nno runs yet: run groundtruth eval first, or serve the store of a suite with --suite <path> or --db <file>\n`,
    );
  });
});

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('eval --open', () => {
  it('serves the finished run on a free port when 4600 is taken, prints its URL, and exits by the gates', async () => {
    const suite = mkdtempSync(join(tmpdir(), 'gt-eval-open-'));
    try {
      writeFileSync(join(suite, 'cases.csv'), 'id,question,expected\na,apple pie,apple\nb,banana,cherry\n');
      writeFileSync(
        join(suite, 'groundtruth.yaml'),
        'prompt: "{{question}}"\ntargets:\n  - id: echo\n    type: echo\ndataset: cases.csv\nscorers:\n  - type: contains\n    value: "{{expected}}"\ngates:\n  passRate: 0.9\n',
      );
      const session = start(
        ['eval', suite, '--open', '--no-progress'],
        { GROUNDTRUTH_NO_BROWSER: '1' },
        suite,
      );
      const [, url, runId] = await waitFor(session, /^open (http:\/\/127\.0\.0\.1:\d+\/)runs\/(\S+)$/m);
      expect(new URL(url!).port).not.toBe('4600');
      expect(session.io.out()).toContain(`Groundtruth at ${url}\n`);
      const run = (await (await fetch(`${url}api/runs/${runId}`)).json()) as {
        run: { savedResults: number };
      };
      expect(run.run.savedResults).toBe(2);
      session.stop();
      // The run failed its pass-rate gate: serving it does not change the exit code.
      expect(await session.done).toBe(1);
    } finally {
      rmSync(suite, { recursive: true, force: true });
    }
  });
});

describe('serveRun', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(dbPath);
  });
  afterAll(async () => {
    await store.close();
  });

  it('opens the run page in the browser, on a free port when 4600 is taken, with the token when one is set', async () => {
    const controller = new AbortController();
    const io = { ...captureIO(dir, { GROUNDTRUTH_TOKEN: 't0k' }), signal: controller.signal };
    const opened: string[] = [];
    const serving = serveRun(store, 'run/1', io, async (url) => {
      opened.push(url);
      controller.abort();
    });
    await serving;
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/runs\/run%2F1\?token=t0k$/);
    expect(new URL(opened[0]!).port).not.toBe('4600');
    expect(io.err()).toContain(`opened ${opened[0]}\n`);
  });

  it('prints the URL when the browser cannot be opened', async () => {
    const controller = new AbortController();
    const io = { ...captureIO(dir), signal: controller.signal };
    await serveRun(store, 'run-1', io, async () => {
      controller.abort();
      throw new Error('no display');
    });
    expect(io.err()).toMatch(
      /^could not open a browser \(no display\): open http:\/\/127\.0\.0\.1:\d+\/runs\/run-1$/m,
    );
  });
});
