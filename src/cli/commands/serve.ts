// `groundtruth serve`: the web app and its API over a store, until Ctrl-C; and the same for
// `eval --open`, which then opens the finished run in the default browser.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ExitCode, errorMessage, UsageError } from '../../core/index.js';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  isAddressInUse,
  isLoopbackHost,
  type RunningServer,
  startServer,
} from '../../server/index.js';
import { scrubPassword } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { locateSuiteFile } from '../../suite/index.js';
import { type CliIO, writeLine } from '../io.js';
import { findStores, resolveStoreLocation, withStore } from '../store-location.js';

export interface ServeCommandOptions {
  port: number;
  host: string;
  db?: string;
  suite?: string;
  token?: string;
}

export interface ServeStoreOptions {
  host: string;
  port: number;
  token: string | undefined;
  /** When the port is taken, take any free one instead of failing (eval --open). */
  anyPortIfTaken?: boolean;
  /** A page of the app to open in the browser once listening, e.g. `runs/<id>`. */
  openPage?: string;
}

/** Opens a URL in the default browser; replaced in tests. */
export type BrowserOpener = (url: string) => Promise<void>;

export const openInBrowser: BrowserOpener = async (url) => {
  const { default: open } = await import('open');
  const child = await open(url);
  // A launcher that fails after starting must not crash the server.
  child.on('error', () => {});
};

const HOW_TO_SET_A_TOKEN =
  'set one with --token <secret> or GROUNDTRUTH_TOKEN=<secret> (e.g. from `openssl rand -hex 16`), or listen on 127.0.0.1';

export async function serveCommand(options: ServeCommandOptions, io: CliIO): Promise<number> {
  const token = accessToken(options.token, io.env);
  if (token === undefined && !isLoopbackHost(options.host)) {
    throw new UsageError(
      `refusing to listen on ${options.host} without an access token: anyone who can reach this machine could read every run, prompt and output in the store`,
      { hint: HOW_TO_SET_A_TOKEN },
    );
  }
  const suitePath = options.suite === undefined ? undefined : locateSuiteFile(resolve(io.cwd, options.suite));
  const db = options.db ?? discoveredStore(options, io);
  const location = resolveStoreLocation({ db, env: io.env, cwd: io.cwd, suitePath });
  return withStore({ db, suite: suitePath }, io, async (store) => {
    const runs = await store.countRuns();
    writeLine(io.stderr, `store: ${scrubPassword(location)} (${runs} run${runs === 1 ? '' : 's'})`);
    if (runs === 0) {
      writeLine(
        io.stderr,
        'no runs yet: run groundtruth eval first, or serve the store of a suite with --suite <path> or --db <file>',
      );
    }
    await serveStore(store, { host: options.host, port: options.port, token }, io);
    return ExitCode.ok;
  });
}

/**
 * With no store named (no --db, GROUNDTRUTH_DB or --suite) and none in the current folder, the most
 * recently written store in a subfolder: after `eval examples/quickstart`, a bare `serve` shows it.
 * The others found are listed so the user can pick one.
 */
function discoveredStore(options: ServeCommandOptions, io: CliIO): string | undefined {
  if (options.suite !== undefined || io.env.GROUNDTRUTH_DB) return undefined;
  if (existsSync(resolveStoreLocation({ env: {}, cwd: io.cwd }))) return undefined;
  const [newest, ...others] = findStores(io.cwd);
  if (newest === undefined) return undefined;
  const shown = (path: string) => relative(io.cwd, path);
  writeLine(io.stderr, `no store in ${io.cwd}; serving the most recently written one below it`);
  if (others.length > 0) {
    writeLine(io.stderr, `other stores (serve one with --db): ${others.map(shown).join(', ')}`);
  }
  return newest;
}

/**
 * `eval --open`: serves the store on 127.0.0.1:4600 (any free port when that one is taken) and opens
 * the run's page, until Ctrl-C. GROUNDTRUTH_TOKEN, when set, guards the API as it does for serve.
 */
export async function serveRun(
  store: Store,
  runId: string,
  io: CliIO,
  openBrowser: BrowserOpener = openInBrowser,
): Promise<void> {
  const options: ServeStoreOptions = {
    host: DEFAULT_HOST,
    port: DEFAULT_PORT,
    token: accessToken(undefined, io.env),
    anyPortIfTaken: true,
    openPage: `runs/${encodeURIComponent(runId)}`,
  };
  await serveStore(store, options, io, openBrowser);
}

/** `--token`, else GROUNDTRUTH_TOKEN; an empty one is refused rather than taken for none. */
export function accessToken(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const token = option ?? env.GROUNDTRUTH_TOKEN;
  if (token === undefined || (option === undefined && token === '')) return undefined;
  if (token.trim() === '' || /\s/.test(token)) {
    throw new UsageError('the access token must be non-empty and contain no spaces', {
      hint: HOW_TO_SET_A_TOKEN,
    });
  }
  return token;
}

/**
 * Serves `store` until the command's signal fires (Ctrl-C, SIGTERM), printing the URL to open (with
 * `?token=` when there is a token, which the web app reads once); opens `openPage` in the browser
 * unless GROUNDTRUTH_NO_BROWSER=1, which prints its URL instead.
 */
export async function serveStore(
  store: Store,
  options: ServeStoreOptions,
  io: CliIO,
  openBrowser: BrowserOpener = openInBrowser,
): Promise<void> {
  const server = await listen(store, options);
  try {
    const withToken = (url: string) =>
      options.token === undefined ? url : `${url}?token=${encodeURIComponent(options.token)}`;
    writeLine(io.stdout, `Groundtruth at ${withToken(server.url)}`);
    if (options.openPage !== undefined) {
      const page = withToken(new URL(options.openPage, server.url).href);
      if (io.env.GROUNDTRUTH_NO_BROWSER === '1') {
        writeLine(io.stdout, `open ${page}`);
      } else {
        try {
          await openBrowser(page);
          writeLine(io.stderr, `opened ${page}`);
        } catch (error) {
          writeLine(io.stderr, `could not open a browser (${errorMessage(error)}): open ${page}`);
        }
      }
    }
    writeLine(io.stderr, 'serving until Ctrl-C');
    await untilAborted(io.signal);
  } finally {
    await server.close();
  }
}

async function listen(store: Store, options: ServeStoreOptions): Promise<RunningServer> {
  const { host, port, token } = options;
  const start = (on: number) =>
    startServer({ store, host, port: on, ...(token !== undefined ? { token } : {}) });
  try {
    return await start(port);
  } catch (error) {
    if (isAddressInUse(error) && options.anyPortIfTaken) return start(0);
    throw listenError(error, host, port);
  }
}

/** Node's listen errors as what the user can do about them. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new UsageError(`port ${port} on ${host} is already in use`, {
      hint: `choose another port with --port (e.g. --port ${port === 65535 ? port - 1 : port + 1}), or --port 0 for any free port`,
    });
  }
  if (code === 'EACCES') {
    return new UsageError(`no permission to listen on port ${port} of ${host}`, {
      hint: `ports below 1024 need privileges: use --port ${DEFAULT_PORT}, or any port from 1024 to 65535`,
    });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UsageError(`cannot listen on ${host}: it is not an address of this machine`, {
      hint: `give --host an address of this machine, e.g. ${DEFAULT_HOST} (this machine only) or 0.0.0.0 (every network, with a token)`,
    });
  }
  return error;
}

function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  // Without a signal (a library caller), serving goes on until the process ends.
  if (signal === undefined) return new Promise<void>(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((done) => signal.addEventListener('abort', () => done(), { once: true }));
}
