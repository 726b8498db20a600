// Bad input is refused before anything runs: exit code 2 and a message naming file, line and key.
import { describe, expect, it } from 'vitest';
import { runCli, suiteDir } from './helpers.js';

const GOOD_SUITE = `prompt: "{{question}}"
targets:
  - id: echo
    type: echo
dataset: cases.csv
scorers:
  - type: contains
    value: "{{expected}}"
`;
const GOOD_CASES = 'id,question,expected\na,hello,hello\n';

async function evalWith(files: Record<string, string>, extraArgs: string[] = []) {
  const { dir, cleanup } = suiteDir(files);
  try {
    return { ...(await runCli(['eval', dir, ...extraArgs], { cwd: dir })), dir };
  } finally {
    cleanup();
  }
}

describe('bad input', () => {
  it('invalid YAML: file, line and column', async () => {
    const res = await evalWith({
      'groundtruth.yaml': 'prompt: "{{question}}"\ntargets:\n  - id: echo\n    type: [echo\n',
      'cases.csv': GOOD_CASES,
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/groundtruth\.yaml:\d+:\d+/);
  });

  it('an unknown key is an error with a did-you-mean', async () => {
    const res = await evalWith({
      'groundtruth.yaml': GOOD_SUITE.replace(
        'value: "{{expected}}"',
        'value: "{{expected}}"\n    ignorecase: true',
      ),
      'cases.csv': GOOD_CASES,
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(
      /groundtruth\.yaml:9:5: scorers\[0\]\.ignorecase: .*did you mean "ignoreCase"/,
    );
  });

  it('a wrong type names the key and what was expected', async () => {
    const res = await evalWith({
      'groundtruth.yaml': `${GOOD_SUITE}concurrency: lots\n`,
      'cases.csv': GOOD_CASES,
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/groundtruth\.yaml:9:\d+: concurrency: .*(number|integer)/);
  });

  it('a missing dataset file', async () => {
    const res = await evalWith({ 'groundtruth.yaml': GOOD_SUITE });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/groundtruth\.yaml:5:\d+: dataset: .*cases\.csv/);
  });

  it('a malformed CSV row: file and line', async () => {
    const res = await evalWith({
      'groundtruth.yaml': GOOD_SUITE,
      'cases.csv': `${GOOD_CASES}b,too,many,fields\n`,
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cases\.csv:3/);
  });

  it('a malformed JSONL row: file, line and key', async () => {
    const res = await evalWith({
      'groundtruth.yaml': GOOD_SUITE.replace('cases.csv', 'cases.jsonl'),
      'cases.jsonl':
        '{"vars": {"question": "a"}, "expected": "a"}\n{"vars": {"question": "b"}, "expectd": "b"}\n',
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cases\.jsonl:2.*expectd/);
  });

  it('a case without a variable the prompt uses: file, line and case', async () => {
    const res = await evalWith({
      'groundtruth.yaml': GOOD_SUITE,
      'cases.csv': 'id,quest,expected\na,hello,hello\n',
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cases\.csv:2.*case a.*question/);
  });

  it('an unknown option or report format is a usage error', async () => {
    const unknown = await evalWith({ 'groundtruth.yaml': GOOD_SUITE, 'cases.csv': GOOD_CASES }, [
      '--concurency',
      '4',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--concurency'/);
    expect(unknown.stderr).toMatch(/--concurrency/);
    const format = await evalWith({ 'groundtruth.yaml': GOOD_SUITE, 'cases.csv': GOOD_CASES }, [
      '-o',
      'out.pdf',
    ]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/out\.pdf/);
  });

  it('validate reports the same errors without running', async () => {
    const { dir, cleanup } = suiteDir({
      'groundtruth.yaml': GOOD_SUITE,
      'cases.csv': `${GOOD_CASES}b,"unclosed,x\n`,
    });
    try {
      const res = await runCli(['validate', dir], { cwd: dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/cases\.csv:3/);
    } finally {
      cleanup();
    }
  });
});
