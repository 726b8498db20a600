// The README's main job: `groundtruth eval examples/quickstart` runs offline, with no keys, against
// the example's real FAQ assistant, and every report format comes out well-formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, ROOT, runCli, suiteDir } from './helpers.js';

describe('examples/quickstart', () => {
  const tmp = suiteDir({});
  const out = (f: string) => join(tmp.dir, f);
  let res: CliRun;
  beforeAll(async () => {
    res = await runCli(
      [
        'eval',
        'examples/quickstart',
        '--db',
        out('store.db'),
        ...['json', 'jsonl', 'xml', 'md', 'html'].flatMap((x) => ['-o', out(`r.${x}`)]),
      ],
      { cwd: ROOT, env: { OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '' } },
    );
  });
  afterAll(() => tmp.cleanup());

  it('passes its gates and prints a readable summary', () => {
    expect(res.stderr).not.toMatch(/internal error/);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/faq-assistant/);
    expect(res.stdout).toMatch(/pass rate/);
    expect(res.stdout).toMatch(/Slices/);
    expect(res.stdout).toMatch(/paraphrase/);
    expect(res.stdout).toMatch(/✓ passRate/);
  });

  it('stores one scored result per case and target, with the assistant’s real answers', () => {
    const report = JSON.parse(readFileSync(out('r.json'), 'utf8')) as {
      run: { status: string; caseCount: number };
      summary: { total: number; errors: number; passRate: number };
      results: Array<{ caseId: string; targetId: string; output: string; tags: string[]; scores: unknown[] }>;
    };
    expect(report.run.status).toBe('completed');
    expect(report.run.caseCount).toBeGreaterThanOrEqual(60);
    expect(report.summary.errors).toBe(0);
    expect(report.results.length).toBe(report.summary.total);
    // Real answers vary: the assistant is neither always right nor always wrong.
    expect(report.summary.passRate).toBeGreaterThan(0.3);
    expect(report.summary.passRate).toBeLessThan(1);
    expect(new Set(report.results.map((r) => r.output)).size).toBeGreaterThan(20);
    expect(report.results.every((r) => r.scores.length === 3)).toBe(true);
  });

  it('writes well-formed JSONL, JUnit XML, Markdown and HTML', () => {
    const lines = readFileSync(out('r.jsonl'), 'utf8').trim().split('\n');
    const total = (JSON.parse(readFileSync(out('r.json'), 'utf8')) as { summary: { total: number } }).summary
      .total;
    expect(lines).toHaveLength(total);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const xml = readFileSync(out('r.xml'), 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(total);
    expect(readFileSync(out('r.md'), 'utf8')).toMatch(/faq-assistant/);
    const html = readFileSync(out('r.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // self-contained: nothing loaded from the network
  });
});
