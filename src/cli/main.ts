// The command line: the only place that reads argv and decides exit codes. Commands are declared
// here once; `--help` and the README's CLI reference come from these declarations.
import { createRequire } from 'node:module';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, GroundtruthError } from '../core/index.js';
import { terminalSafe } from '../report/format.js';
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

function portNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const dbOption = () =>
  new Option(
    '--db <path|url>',
    'store: a SQLite file or a postgres:// URL (default: .groundtruth/groundtruth.db next to the suite; env GROUNDTRUTH_DB)',
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
    .option(
      '--baseline <run>',
      'regression gate against latest, a run id or a git branch (overrides the suite)',
    )
    .addOption(dbOption())
    .option('--no-progress', 'no progress bar or progress lines')
    .option(
      '--open',
      'then serve the store and open the run in the browser, until Ctrl-C (GROUNDTRUTH_NO_BROWSER=1: print its URL)',
      false,
    )
    .action(async (path, options) => {
      const { evalCommand } = await import('./commands/eval.js');
      setExit(await evalCommand(path, options, io));
    });

  program
    .command('validate')
    .description('check a suite and its dataset without running anything')
    .argument('[path]', 'suite file or folder')
    .option('--json', 'print the figures as JSON', false)
    .addOption(dbOption())
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

  program
    .command('contamination')
    .description(
      'cases whose input or gold answer shares word n-grams with a corpus (text files, folders, JSONL), streamed',
    )
    .argument('<dataset>', 'a dataset file, or a stored dataset NAME[@VERSION]')
    .requiredOption(
      '--corpus <path>',
      'a file or folder to search (repeatable); .jsonl: the text field of each line',
      collect,
      [],
    )
    .option('--ngram <n>', 'words per n-gram (13)', positiveInt)
    .option('--json', 'print JSON', false)
    .option('--fail-on-contamination', 'exit 1 when any case is contaminated', false)
    .option('--suite <path>', 'stored datasets: use the store next to this suite')
    .addOption(dbOption())
    .action(async (dataset, options) => {
      const { contaminationCommand } = await import('./commands/contamination.js');
      setExit(await contaminationCommand(dataset, options, io));
    });

  program
    .command('compare')
    .description(
      'compare two runs case by case: the change of each metric with a paired 95% CI and p-value, per target and slice, and the regressed cases',
    )
    .argument(
      '<base>',
      'the baseline: a run id or prefix, latest (the run before the candidate), or a git branch name',
    )
    .argument('<candidate>', 'the run judged: a run id or prefix, or latest')
    .option('--json', 'print JSON', false)
    .option('-o, --output <file>', 'write the comparison: .md (a pull-request comment) or .json')
    .option('--suite <path>', 'use the store next to this suite; latest and branches look among its runs')
    .addOption(dbOption())
    .option('--alpha <a>', 'significance level (0.05)', (value: string) => {
      const n = Number(value);
      if (value.trim() === '' || !(n > 0 && n < 1))
        throw new InvalidArgumentError('expected a number between 0 and 1');
      return n;
    })
    .option('--seed <n>', 'seed of the resampling (0)', nonNegativeInt)
    .option('--resamples <n>', 'bootstrap resamples and Monte Carlo permutations (10000)', positiveInt)
    .option('--holm', "adjust p-values for many comparisons (Holm's step-down)", false)
    .action(async (base, candidate, options) => {
      const { compareCommand } = await import('./commands/compare.js');
      setExit(await compareCommand(base, candidate, options, io));
    });

  program
    .command('serve')
    .description('the web app and its JSON API over a store: explore runs, compare them, see trends')
    .option('--port <n>', 'port to listen on (0: any free port)', portNumber, 4600)
    .option('--host <host>', 'address to listen on; other than loopback needs --token', '127.0.0.1')
    .option('--suite <path>', 'serve the store next to this suite')
    .addOption(dbOption())
    .option('--token <token>', 'access token every API call must send (env GROUNDTRUTH_TOKEN)')
    .action(async (options) => {
      const { serveCommand } = await import('./commands/serve.js');
      setExit(await serveCommand(options, io));
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

  const dataset = program.command('dataset').description('versioned datasets in the store');
  const datasetStore = (command: Command) =>
    command.option('--suite <path>', 'use the store next to this suite').addOption(dbOption());
  datasetStore(
    dataset
      .command('import')
      .description(
        'store a CSV/JSONL/JSON/YAML file as an immutable version of a dataset; prints its version id',
      )
      .argument('<file>', 'the cases, read as a suite reads its dataset (.csv .jsonl .json .yaml)')
      .requiredOption('--name <name>', 'the dataset name (letters, digits, _ . / -)')
      .option('--json', 'print {name, version, cases, created}', false),
  ).action(async (file, options) => {
    const { datasetImportCommand } = await import('./commands/dataset.js');
    setExit(await datasetImportCommand(file, options, io));
  });
  datasetStore(
    dataset
      .command('list')
      .description('datasets with their latest version')
      .option('--json', 'print JSON', false),
  ).action(async (options) => {
    const { datasetListCommand } = await import('./commands/dataset.js');
    setExit(await datasetListCommand(options, io));
  });
  datasetStore(
    dataset
      .command('versions')
      .description("a dataset's versions, newest first")
      .argument('<name>', 'the dataset')
      .option('--json', 'print JSON', false),
  ).action(async (name, options) => {
    const { datasetVersionsCommand } = await import('./commands/dataset.js');
    setExit(await datasetVersionsCommand(name, options, io));
  });
  datasetStore(
    dataset
      .command('show')
      .description('a version: counts by tag, source and adversarial, and its first cases')
      .argument('<dataset>', 'NAME (the latest version) or NAME@VERSION (an id or unique prefix)')
      .option('--first <n>', 'cases to show', nonNegativeInt, 5)
      .option('--json', 'print JSON', false),
  ).action(async (spec, options) => {
    const { datasetShowCommand } = await import('./commands/dataset.js');
    setExit(await datasetShowCommand(spec, options, io));
  });
  datasetStore(
    dataset
      .command('export')
      .description('write a version to a file; the extension picks the format (.csv .jsonl .json .yaml)')
      .argument('<dataset>', 'NAME or NAME@VERSION')
      .requiredOption('-o, --output <file>', 'the file to write')
      .option('--json', 'print JSON', false),
  ).action(async (spec, options) => {
    const { datasetExportCommand } = await import('./commands/dataset.js');
    setExit(await datasetExportCommand(spec, options, io));
  });
  datasetStore(
    dataset
      .command('diff')
      .description('cases added, removed and changed (with the fields that changed) between two versions')
      .argument('<name>', 'the dataset')
      .argument('<from>', 'a version id or prefix, or latest')
      .argument('<to>', 'a version id or prefix, or latest')
      .option('--json', 'print {added, removed, changed, fields}', false),
  ).action(async (name, from, to, options) => {
    const { datasetDiffCommand } = await import('./commands/dataset.js');
    setExit(await datasetDiffCommand(name, from, to, options, io));
  });
  datasetStore(
    dataset
      .command('add-from-run')
      .description(
        "a new version with the cases of a run's results, each output kept as metadata.candidate for review",
      )
      .argument('<runId>', 'run id or a unique prefix')
      .requiredOption('--name <name>', 'the dataset to add to (its latest version is the base)')
      .option('--failed', 'only failed and error results', false)
      .option('--tag <tag>', 'only cases with this tag')
      .option('--json', 'print JSON', false),
  ).action(async (runId, options) => {
    const { datasetAddFromRunCommand } = await import('./commands/dataset.js');
    setExit(await datasetAddFromRunCommand(runId, options, io));
  });
  datasetStore(
    dataset
      .command('dedupe')
      .description('groups of cases whose inputs are near-identical (Jaccard similarity of word bigrams)')
      .argument('<dataset>', 'NAME, NAME@VERSION, or a dataset file')
      .option('--threshold <t>', 'similarity at or above which inputs are near-duplicates, in (0, 1] (0.9)')
      .option('--shingle <n>', 'words per shingle (2)', positiveInt)
      .option('--json', 'print {groups: [{cases, similarity, pairs}]}', false),
  ).action(async (spec, options) => {
    const { dedupeCommand } = await import('./commands/dedupe.js');
    setExit(await dedupeCommand(spec, options, io));
  });

  for (const command of [program, ...program.commands, ...runs.commands, ...dataset.commands]) {
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
    // Messages quote user data (ids, keys, values): never let it drive the terminal.
    writeLine(io.stderr, `error: ${terminalSafe(error.message)}`);
    if (error.hint) writeLine(io.stderr, `hint: ${terminalSafe(error.hint)}`);
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  writeLine(io.stderr, `internal error: ${err.stack ?? err.message}`);
  writeLine(io.stderr, 'this is a bug in groundtruth; please report it with the command you ran');
  return ExitCode.runIncomplete;
}
