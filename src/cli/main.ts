// The command line: the only place that reads argv and decides exit codes. Commands are declared
// here once; `--help` and the README's CLI reference come from these declarations.
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, GroundtruthError } from '../core/index.js';
import { type CliIO, writeLine } from './io.js';

// Both src/cli and dist/cli sit two levels below the package root.
const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const dbOption = () =>
  new Option(
    '--db <path>',
    'store location (default: .groundtruth/groundtruth.db next to the suite; env GROUNDTRUTH_DB)',
  );

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('groundtruth')
    .description('Evaluate LLM applications: suites, metrics, statistics and CI gates, offline-first.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command('eval')
    .description('run a suite: every case × target × prompt × repeat, scored, stored and gated')
    .argument('[path]', 'suite file or folder holding groundtruth.yaml', undefined)
    .option(
      '-o, --output <file>',
      'write a report: .json .jsonl .xml (JUnit) .md .html (repeatable)',
      collect,
      [],
    )
    .option('--concurrency <n>', 'calls in flight (overrides the suite)', positiveInt)
    .option('--repeat <n>', 'samples per case and target (overrides the suite)', positiveInt)
    .option('--no-cache', 'do not reuse stored responses')
    .option('--resume [runId]', 'finish an interrupted run (default: the latest of this suite)')
    .option('--filter-tag <tag>', 'only cases with this tag (repeatable: any of them)', collect, [])
    .addOption(dbOption())
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (path, options) => {
      const { evalCommand } = await import('./commands/eval.js');
      setExit(await evalCommand(path, options, io));
    });

  program
    .command('validate')
    .description('check a suite and its dataset without running anything')
    .argument('[path]', 'suite file or folder')
    .option('--json', 'print the figures as JSON', false)
    .action(async (path, options) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(await validateCommand(path, options, io));
    });

  program
    .command('init')
    .description('write a starter suite (groundtruth.yaml and cases.csv)')
    .argument('[dir]', 'folder to write into', '.')
    .option('--force', 'overwrite existing files', false)
    .action(async (dir, options) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(dir, options, io));
    });

  const runs = program.command('runs').description('list and inspect stored runs');
  runs
    .command('list')
    .description('runs in the store, newest first')
    .option('--suite <path>', 'use the store next to this suite')
    .addOption(dbOption())
    .option('--status <status>', 'only running, completed or interrupted runs')
    .option('--limit <n>', 'at most this many', positiveInt, 20)
    .option('--json', 'print JSON', false)
    .action(async (options) => {
      const { runsListCommand } = await import('./commands/runs.js');
      setExit(await runsListCommand(options, io));
    });
  runs
    .command('show')
    .description('a run: metadata, summary, gates; -o writes its reports again')
    .argument('<runId>', 'run id or a unique prefix')
    .option('--suite <path>', 'use the store next to this suite')
    .addOption(dbOption())
    .option('-o, --output <file>', 'write a report (.json .jsonl .xml .md .html; repeatable)', collect, [])
    .option('--json', 'print JSON', false)
    .action(async (id, options) => {
      const { runsShowCommand } = await import('./commands/runs.js');
      setExit(await runsShowCommand(id, options, io));
    });

  for (const command of [program, ...program.commands, ...runs.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  }
  return program;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error, already printed.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.invalidInput;
  }
  if (error instanceof GroundtruthError) {
    writeLine(io.stderr, `error: ${error.message}`);
    if (error.hint) writeLine(io.stderr, `hint: ${error.hint}`);
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  writeLine(io.stderr, `internal error: ${err.stack ?? err.message}`);
  writeLine(io.stderr, 'this is a bug in groundtruth; please report it with the command you ran');
  return ExitCode.runIncomplete;
}
