// A store filled by real runs, for the server's API tests and the web app's browser tests: the
// quick start evaluated twice (the second time without typo correction, so that a comparison has
// regressed cases and a trend has two points), and a run whose outputs, error, case ids, tags and
// expected answers are hostile markup, for the XSS tests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Run } from '../../core/index.js';
import { runEval } from '../../eval/run-eval.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { loadSuite } from '../../suite/index.js';

const ROOT = new URL('../../..', import.meta.url).pathname;

/** What the hostile run's target answers, by case id. */
export const XSS_OUTPUTS = {
  'xss-img': '<img src=x onerror=alert(1)>',
  'xss-script': '<script>alert("xss")</script> and after',
  'xss-control': 'bell\u0007 escape \u001b[31mred\u001b[0m nul\u0000 del\u007f line\u2028separator',
  'xss-markdown':
    '# Title\n\n[click me](javascript:alert(1)) and <b>bold</b>\n\n<iframe src="javascript:alert(2)"></iframe>',
} as const;

/** The error the hostile run's target throws on its last case. */
export const XSS_ERROR_CASE = 'xss-error';
export const XSS_ERROR = '<img src=x onerror=alert(3)> the app crashed';
/** A tag of every hostile case (a slice key, shown in tables and filters). */
export const XSS_TAG = '<svg onload=alert(4)>';
/** The expected answer of every hostile case: scorers quote it in their reasons. */
export const XSS_EXPECTED = '<script>alert(5)</script>';
/** A variable of every hostile case, rendered into its prompt: `Say <case id> <XSS_NOTE>`. */
export const XSS_NOTE = '<img src=x onerror=alert(6)>';
/** Metadata of every hostile case: a link that must never become one. */
export const XSS_METADATA = { link: 'javascript:alert(7)', html: '<a href="javascript:alert(8)">x</a>' };

export interface FixtureStore {
  /** The temporary folder holding the suites and the store. */
  dir: string;
  /** The SQLite file: `groundtruth serve --db <dbPath>` serves it. */
  dbPath: string;
  /** The store, open (close it through `close`). */
  store: Store;
  /** Absolute paths of the suite files, as their runs record them. */
  quickstartSuite: string;
  xssSuite: string;
  runs: {
    /** The quick start as shipped. */
    base: Run;
    /** The quick start with `faq-assistant` exporting answerWithoutTypoTolerance: typo cases regress. */
    candidate: Run;
    /**
     * The hostile run: outputs from XSS_OUTPUTS, one error (XSS_ERROR), every case tagged XSS_TAG,
     * with XSS_NOTE in its prompt, XSS_EXPECTED as its gold answer and XSS_METADATA.
     */
    xss: Run;
  };
  /** Closes the store and removes the folder. */
  close(): Promise<void>;
}

const XSS_TARGET = `
const OUTPUTS = ${JSON.stringify(XSS_OUTPUTS)};
export default async function answer({ vars }) {
  if (vars.kind === ${JSON.stringify(XSS_ERROR_CASE)}) throw new Error(${JSON.stringify(XSS_ERROR)});
  return { output: OUTPUTS[vars.kind], tokenUsage: { prompt: 5, completion: 7, total: 12 }, cost: 0.0001 };
}
`;

const XSS_SUITE = `description: hostile outputs for the XSS tests
prompt: "Say {{kind}} {{note}}"
targets:
  - id: hostile-app
    type: module
    path: hostile.mjs
dataset: cases.jsonl
scorers:
  - name: echoes-expected
    type: contains
`;

/** Runs the three evaluations into a new SQLite file under a temporary folder (a few seconds). */
export async function buildFixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'gt-fixture-store-'));
  const dbPath = join(dir, 'groundtruth.db');
  const store = await openStore(dbPath);
  try {
    const quickstart = join(dir, 'quickstart');
    cpSync(join(ROOT, 'examples/quickstart'), quickstart, {
      recursive: true,
      filter: (source) => !source.includes('.groundtruth'),
    });
    // Outside this repository the copy needs its own ESM marker for assistant.ts to load as ESM.
    writeFileSync(join(quickstart, 'package.json'), '{"type": "module"}\n');
    const base = await evaluate(store, quickstart);
    const suiteFile = join(quickstart, 'groundtruth.yaml');
    const yaml = readFileSync(suiteFile, 'utf8');
    const withoutTypos = yaml.replace(
      /(- id: faq-assistant\n(\s+)type: module\n\s+path: assistant\.ts\n)/,
      '$1$2export: answerWithoutTypoTolerance\n',
    );
    if (withoutTypos === yaml) throw new Error('the quick start suite changed: update the fixture store');
    writeFileSync(suiteFile, withoutTypos);
    const candidate = await evaluate(store, quickstart);

    const hostile = join(dir, 'hostile');
    writeHostileSuite(hostile);
    const xss = await evaluate(store, hostile);
    return {
      dir,
      dbPath,
      store,
      quickstartSuite: suiteFile,
      xssSuite: join(hostile, 'groundtruth.yaml'),
      runs: { base, candidate, xss },
      async close() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function writeHostileSuite(dir: string): void {
  const kinds = [...Object.keys(XSS_OUTPUTS), XSS_ERROR_CASE];
  const lines = kinds.map((kind) =>
    JSON.stringify({
      id: kind,
      vars: { kind, note: XSS_NOTE },
      expected: XSS_EXPECTED,
      tags: [XSS_TAG, 'hostile'],
      metadata: XSS_METADATA,
    }),
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cases.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'hostile.mjs'), XSS_TARGET);
  writeFileSync(join(dir, 'groundtruth.yaml'), XSS_SUITE);
}

async function evaluate(store: Store, suiteDir: string): Promise<Run> {
  const env = { ...process.env, OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', GROUNDTRUTH_DB: '' };
  const suite = await loadSuite(suiteDir, { env });
  const { run } = await runEval({ suite, store, env });
  return (await store.getRun(run.id))!;
}
