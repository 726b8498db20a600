// The local-model example, run for real against an OpenAI-compatible server on the port Ollama uses,
// so the example (chat prompt, key facts, an LLM judge on the same model) is known to work end to end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChatRequestBody,
  type FakeOpenAI,
  startFakeOpenAI,
} from '../../src/targets/test-helpers/fake-openai.js';
import { ROOT, runCli, suiteDir } from './helpers.js';

function lastUserMessage(body: ChatRequestBody): string {
  return String(body.messages?.filter((m) => m.role === 'user').at(-1)?.content ?? '');
}

describe('examples/openai-local', () => {
  let server: FakeOpenAI;
  const tmp = suiteDir({});
  beforeAll(async () => {
    server = await startFakeOpenAI({
      port: 11434,
      // The judge is asked for a JSON verdict; the assistant just answers.
      reply: (body) =>
        /"score"/.test(lastUserMessage(body))
          ? 'Verdict:\n```json\n{"reason": "states the fact plainly", "score": 0.8, "pass": true}\n```'
          : `From the facts I have: ${lastUserMessage(body)}`,
    });
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('validates offline', async () => {
    const res = await runCli(['validate', 'examples/openai-local'], { env: { OPENAI_API_KEY: '' } });
    expect(res.code).toBe(0);
  });

  it('runs against a local OpenAI-compatible server, judge included', async () => {
    const out = join(tmp.dir, 'local.json');
    const res = await runCli(['eval', 'examples/openai-local', '--db', join(tmp.dir, 'db'), '-o', out], {
      cwd: ROOT,
      env: { OPENAI_API_KEY: '' },
    });
    expect(res.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(res.code);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      summary: {
        total: number;
        errors: number;
        targets: Array<{
          tokens: { total: number };
          scoring?: { calls: number; tokens: { total: number }; cost: number };
        }>;
      };
      results: Array<{ scores: Array<{ name: string; value: number; reason: string }> }>;
    };
    expect(report.summary.errors).toBe(0);
    const judged = report.results.map((r) => r.scores.find((s) => s.name === 'faithful-and-helpful')!);
    expect(judged).toHaveLength(report.summary.total);
    expect(judged.every((s) => s.value === 0.8 && /states the fact plainly/.test(s.reason))).toBe(true);
    // Every case is asked once, and judged once: two calls per case.
    expect(server.requestCount()).toBe(2 * report.summary.total);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer local');
    // The judge's tokens are the cost of scoring, counted apart from the model's own (free here).
    const [target] = report.summary.targets;
    expect(target!.scoring).toMatchObject({ calls: report.summary.total, cost: 0 });
    expect(target!.scoring!.tokens.total).toBeGreaterThan(0);
    expect(res.stdout).toMatch(/judging cost/);
  });
});
