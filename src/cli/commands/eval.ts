// `groundtruth eval`: run a suite, print the summary, write reports, exit by the gates.
import { dirname, relative } from 'node:path';
import { ExitCode, InterruptedError, type Run, UsageError } from '../../core/index.js';
import { gateExitCode } from '../../eval/gates.js';
import { type EvalProgress, runEval } from '../../eval/run-eval.js';
import { effectiveStatus } from '../../eval/run-status.js';
import { formatSummary, reportFormatFor, writeReport } from '../../report/index.js';
import { scrubPassword } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { loadSuite } from '../../suite/index.js';
import { type CliIO, colorEnabled, terminalWidth, writeLine } from '../io.js';
import { createProgressReporter } from '../progress.js';
import { withStore } from '../store-location.js';

export interface EvalCommandOptions {
  output: string[];
  concurrency?: number;
  repeat?: number;
  cache: boolean;
  resume?: string | true;
  filterTag: string[];
  db?: string;
  progress: boolean;
  baseline?: string;
  /** After the run, serve the store and open the run in the browser until Ctrl-C. */
  open?: boolean;
}

export async function evalCommand(
  path: string | undefined,
  options: EvalCommandOptions,
  io: CliIO,
): Promise<number> {
  for (const file of options.output) reportFormatFor(file);
  if (options.resume !== undefined && (options.repeat !== undefined || options.filterTag.length > 0)) {
    throw new UsageError(
      '--resume finishes a run as it was started: --repeat and --filter-tag cannot change it',
    );
  }
  const suite = await loadSuite(path ?? io.cwd, { env: io.env });
  return withStore({ db: options.db, suite: suite.path }, io, async (store) => {
    const resume =
      options.resume === undefined ? undefined : await findRunToResume(store, suite.path, options.resume);
    const progress = createProgressReporter(io, { enabled: options.progress });
    let last: EvalProgress | undefined;
    let outcome: Awaited<ReturnType<typeof runEval>>;
    try {
      outcome = await runEval({
        suite,
        store,
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.repeat !== undefined ? { repeat: options.repeat } : {}),
        cache: options.cache,
        filterTags: options.filterTag,
        ...(resume ? { resume } : {}),
        ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
        ...(io.signal ? { signal: io.signal } : {}),
        env: io.env,
        onStart: (run, p) => {
          writeLine(
            io.stderr,
            `${resume ? 'resuming' : 'run'} ${run.id}: ${describeSuite(suite.path, io.cwd)}`,
          );
          progress.start(p);
        },
        onProgress: (p) => {
          last = p;
          progress.update(p);
        },
      });
    } catch (error) {
      progress.stop(last);
      if (error instanceof InterruptedError) {
        writeLine(io.stderr, `${error.message}; ${last?.done ?? 0} results saved`);
        if (error.hint) writeLine(io.stderr, error.hint);
        return ExitCode.interrupted;
      }
      throw error;
    }
    progress.stop(last);

    const { run, summary } = outcome;
    io.stdout.write(
      formatSummary(run, summary, {
        color: colorEnabled(io.stdout, io.env),
        ...terminalWidth(io),
        showCommand: `groundtruth runs show ${run.id}${storeFlags(suite.path, options.db, io)}`,
      }),
    );
    for (const file of options.output) {
      await writeReport(file, { run, summary, results: () => store.results(run.id) });
      writeLine(io.stderr, `wrote ${file}`);
    }
    if (options.open) {
      // The exit code still comes from the run: serving only shows it. Loaded only when asked for.
      const { serveRun } = await import('./serve.js');
      await serveRun(store, run.id, io);
    } else {
      writeLine(
        io.stderr,
        `browse it: groundtruth serve${storeFlags(suite.path, options.db, io)} (or eval --open next time)`,
      );
    }
    if (outcome.regressionError) {
      // The run is complete and stored; only the regression gate could not be evaluated.
      throw outcome.regressionError;
    }
    return gateExitCode(summary.gates);
  });
}

/** The flags (with a leading space) that find this run's store from the current folder, or ''. */
function storeFlags(suitePath: string, db: string | undefined, io: CliIO): string {
  // A URL's password is left out (PGPASSWORD supplies it); `?` and `&` are quoted for the shell.
  if (db !== undefined) return ` --db ${shellWord(scrubPassword(db))}`;
  if (io.env.GROUNDTRUTH_DB) return '';
  const folder = relative(io.cwd, dirname(suitePath));
  return folder === '' ? '' : ` --suite ${shellWord(folder)}`;
}

/** `text` as one shell word: as it is when it holds only safe characters, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

function describeSuite(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

/** `--resume ID` names the run; bare `--resume` takes the latest interrupted run of the suite. */
async function findRunToResume(store: Store, suitePath: string, id: string | true): Promise<Run> {
  if (id !== true) {
    const run = await store.findRun(id);
    if (!run) throw new UsageError(`no run ${id} in this store`);
    const status = effectiveStatus(run);
    if (status === 'running') {
      throw new UsageError(`run ${run.id} is still running (pid ${run.owner?.pid} on ${run.owner?.host})`);
    }
    return run;
  }
  const candidates = await store.listRuns({ suitePath, status: ['interrupted', 'running'], limit: 50 });
  const run = candidates.find((r) => effectiveStatus(r) === 'interrupted');
  if (!run) throw new UsageError(`no interrupted run of ${suitePath} to resume`);
  return run;
}
