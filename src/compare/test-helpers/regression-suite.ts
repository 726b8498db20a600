// A real suite for regression tests: 200 cases answered by a module target that fails exactly the
// cases it is told to (`failing`, case numbers), scored by `equals`, plus a weight-0 latency scorer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REGRESSION_CASES = 200;

const TARGET_MODULE = `export default ({ case: c, options }) =>
  options.failing.includes(Number(c.id.slice(1))) ? 'no' : 'yes';
`;

/** Writes (or rewrites) the suite in `dir`; case `cN` fails when N is in `failing`. */
export function writeRegressionSuite(dir: string, failing: readonly number[]): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'answer.mjs'), TARGET_MODULE);
  const rows = Array.from({ length: REGRESSION_CASES }, (_, i) => {
    const n = i + 1;
    return `c${n},question ${n},yes,${n % 2 === 0 ? 'even' : 'odd'}`;
  });
  writeFileSync(join(dir, 'cases.csv'), `id,question,expected,tags\n${rows.join('\n')}\n`);
  writeFileSync(
    join(dir, 'groundtruth.yaml'),
    `prompt: "{{question}}"
targets:
  - id: model
    type: module
    path: answer.mjs
    options:
      failing: [${failing.join(', ')}]
dataset: cases.csv
scorers:
  - name: answer
    type: equals
  - name: quick
    type: latency
    maxMs: 600000
    weight: 0
gates: {}
`,
  );
  return dir;
}

/** Case numbers from..to inclusive. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
