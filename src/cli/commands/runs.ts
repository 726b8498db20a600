// `groundtruth runs list | show`: what the store holds.
import { relative } from 'node:path';
import Table from 'cli-table3';
import pc from 'picocolors';
import {
  ExitCode,
  NotFoundError,
  RUN_STATUSES,
  type Run,
  type RunStatus,
  UsageError,
} from '../../core/index.js';
import { effectiveStatus } from '../../eval/run-status.js';
import { formatSummary, reportFormatFor, writeReport } from '../../report/index.js';
import { type CliIO, colorEnabled, terminalWidth, writeLine } from '../io.js';
import { withStore } from '../store-location.js';

interface StoreOptions {
  db?: string;
  suite?: string;
}

/** A run as listed: its status corrected for dead owners. */
function view(run: Run): Run {
  return { ...run, status: effectiveStatus(run) };
}

export async function runsListCommand(
  options: StoreOptions & { status?: string; limit: number; json: boolean },
  io: CliIO,
): Promise<number> {
  const wanted = parseStatus(options.status);
  return withStore(options, io, async (store) => {
    // Status is filtered after correcting for dead owners, so `--status interrupted` finds killed runs.
    const runs = (await store.listRuns({ limit: wanted ? options.limit * 4 + 50 : options.limit }))
      .map(view)
      .filter((r) => !wanted || r.status === wanted)
      .slice(0, options.limit);
    if (options.json) {
      writeLine(
        io.stdout,
        JSON.stringify(
          runs.map(({ summary, ...run }) => ({ ...run, passRate: summary?.passRate })),
          null,
          2,
        ),
      );
      return ExitCode.ok;
    }
    if (runs.length === 0) {
      writeLine(io.stdout, 'no runs yet: groundtruth eval [suite] makes one');
      return ExitCode.ok;
    }
    const color = colorEnabled(io.stdout, io.env);
    const table = new Table({
      head: ['run', 'status', 'created', 'suite', 'targets', 'results', 'pass rate', 'git'],
      style: color ? { head: ['cyan'] } : { head: [], border: [] },
    });
    for (const run of runs) {
      table.push([
        run.id,
        colorStatus(run.status, color),
        run.createdAt.replace('T', ' ').slice(0, 19),
        relative(io.cwd, run.suitePath) || run.suitePath,
        run.targets.map((t) => t.id).join(', '),
        String(run.summary?.total ?? run.expectedResults),
        run.summary ? `${(run.summary.passRate * 100).toFixed(1)}%` : '-',
        run.git?.commit
          ? `${run.git.branch ?? ''}@${run.git.commit.slice(0, 7)}${run.git.dirty ? '*' : ''}`
          : '-',
      ]);
    }
    writeLine(io.stdout, table.toString());
    return ExitCode.ok;
  });
}

export async function runsShowCommand(
  id: string,
  options: StoreOptions & { json: boolean; output: string[] },
  io: CliIO,
): Promise<number> {
  for (const file of options.output) reportFormatFor(file);
  return withStore(options, io, async (store) => {
    const found = await store.findRun(id);
    if (!found)
      throw new NotFoundError(`no run ${id} in this store`, { hint: 'groundtruth runs list shows the runs' });
    const run = view(found);
    if (options.json) {
      writeLine(io.stdout, JSON.stringify(run, null, 2));
    } else {
      const color = colorEnabled(io.stdout, io.env);
      writeLine(io.stdout, `run        ${run.id} (${colorStatus(run.status, color)})`);
      writeLine(io.stdout, `suite      ${run.suitePath}${run.description ? ` — ${run.description}` : ''}`);
      writeLine(io.stdout, `dataset    ${run.datasetRef} (sha256 ${run.datasetHash.slice(0, 16)})`);
      writeLine(io.stdout, `suite hash ${run.suiteHash.slice(0, 16)}`);
      if (run.git?.commit) {
        writeLine(
          io.stdout,
          `git        ${run.git.branch ?? '(detached)'} ${run.git.commit}${run.git.dirty ? ' (uncommitted changes)' : ''}`,
        );
      }
      writeLine(
        io.stdout,
        `created    ${run.createdAt}${run.finishedAt ? `, finished ${run.finishedAt}` : ''}`,
      );
      const saved = await store.countResults(run.id);
      writeLine(io.stdout, `results    ${saved} of ${run.expectedResults}`);
      if (run.summary)
        io.stdout.write(`\n${formatSummary(run, run.summary, { color, ...terminalWidth(io) })}`);
      else if (run.status === 'interrupted')
        writeLine(io.stdout, `\nresume it with: groundtruth eval --resume ${run.id}`);
    }
    if (options.output.length > 0) {
      if (!run.summary) throw new UsageError(`run ${run.id} is ${run.status}: reports need a completed run`);
      for (const file of options.output) {
        await writeReport(file, { run, summary: run.summary, results: () => store.results(run.id) });
        writeLine(io.stderr, `wrote ${file}`);
      }
    }
    return ExitCode.ok;
  });
}

function parseStatus(status: string | undefined): RunStatus | undefined {
  if (status === undefined) return undefined;
  if ((RUN_STATUSES as readonly string[]).includes(status)) return status as RunStatus;
  throw new UsageError(`--status must be one of ${RUN_STATUSES.join(', ')}; got "${status}"`);
}

function colorStatus(status: RunStatus, color: boolean): string {
  if (!color) return status;
  return status === 'completed'
    ? pc.green(status)
    : status === 'running'
      ? pc.cyan(status)
      : pc.yellow(status);
}
