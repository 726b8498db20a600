// A TypeScript module target in a project that is not `"type": "module"`: tsx compiles it to
// CommonJS there, and its default export must still be found (a real user's setup, run for real).
import { describe, expect, it } from 'vitest';
import { runCli, suiteDir } from './helpers.js';

describe('module targets', () => {
  it('loads the default export of a .ts file in a CommonJS project', async () => {
    const { dir, cleanup } = suiteDir({
      'package.json': '{ "name": "my-commonjs-app", "version": "1.0.0" }',
      'app.ts':
        'export default async function answer({ prompt }: { prompt: string }): Promise<string> {\n  return `echo: ${prompt}`;\n}\n',
      'groundtruth.yaml':
        'prompt: "{{q}}"\ntargets:\n  - type: module\n    path: app.ts\ndataset: cases.csv\nscorers:\n  - type: starts-with\n    value: "echo: "\n',
      'cases.csv': 'id,q\na,hello\n',
    });
    try {
      const res = await runCli(['eval', dir, '--no-progress'], { cwd: dir });
      expect(res.stderr).not.toMatch(/must be a function/);
      expect(res.code).toBe(0);
    } finally {
      cleanup();
    }
  });
});
