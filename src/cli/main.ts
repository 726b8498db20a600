// The command line: the only place that reads argv and decides exit codes. Commands are declared
// here once; `--help` and the README's CLI reference come from these declarations.
import { createRequire } from 'node:module';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, GroundtruthError } from '../core/index.js';
import { type CliIO, writeLine } from './io.js';

// Both src/cli and dist/cli sit two levels below the package root.
const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected an integer >= 0');
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number >= 0');
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

  program
    .command('score')
    .description(
      'a metric over line-aligned files: one hypothesis per line, one reference per line per --ref file',
    )
    .addArgument(new Argument('<metric>', 'the metric').choices(['bleu', 'chrf', 'rouge', 'squad']))
    .requiredOption('--hyp <file>', 'hypotheses (system outputs), one per line')
    .requiredOption(
      '--ref <file>',
      'references, line-aligned with --hyp (repeatable: several references)',
      collect,
      [],
    )
    .option('--json', 'print JSON', false)
    .option('--lowercase', 'bleu, chrf: lowercase first', false)
    .addOption(new Option('--tokenize <name>', 'bleu: tokenizer').choices(['13a', 'intl', 'char', 'none']))
    .addOption(new Option('--smooth <method>', 'bleu: smoothing').choices(['exp', 'floor', 'add-k', 'none']))
    .option('--smooth-value <v>', 'bleu: value for floor (0.1) or add-k (1)', nonNegative)
    .option('--max-ngram-order <n>', 'bleu: longest n-gram (4)', positiveInt)
    .option('--char-order <n>', 'chrf: longest character n-gram (6)', positiveInt)
    .option('--word-order <n>', 'chrf: longest word n-gram (0; 2 for chrF++)', nonNegativeInt)
    .option('--beta <b>', 'chrf: recall weight (2)', nonNegative)
    .option('--whitespace', 'chrf: keep whitespace in character n-grams', false)
    .option('--eps-smoothing', 'chrf: epsilon smoothing of empty orders', false)
    .option('--types <list>', 'rouge: comma-separated, e.g. rouge1,rouge2,rougeL,rougeLsum')
    .option('--stemmer', 'rouge: Porter stemming', false)
    .action(async (metric, options) => {
      const { scoreCommand } = await import('./commands/score.js');
      setExit(await scoreCommand(metric, options, io));
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
