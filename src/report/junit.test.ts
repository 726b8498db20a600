import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import { escapeXmlAttribute, escapeXmlText, junitReport } from './junit.js';
import {
  collectText,
  HOSTILE_TEXT,
  hostileResults,
  makeReportInput,
  makeResult,
  makeScore,
} from './test-helpers/fixtures.js';
import { findAll, parseXml } from './test-helpers/xml.js';

/** What a conforming parser reads back: XML-forbidden characters become U+FFFD. */
const HOSTILE_AS_XML = ['\u0000', '\u0007', '\u001b', '\uD800'].reduce(
  (text, forbidden) => text.replace(forbidden, '\uFFFD'),
  HOSTILE_TEXT,
);

describe('the strict XML checker used by these tests', () => {
  it.each([
    ['<a>\u0000</a>', 'invalid XML character U+0'],
    ['<a>]]></a>', ']]> in text'],
    ['<a>&nbsp;</a>', 'bad entity'],
    ['<a>&#1;</a>', 'forbidden U+1'],
    ['<a><b></a>', '</a> closes <b>'],
    ['<a x="<"/>', 'unexpected <'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a/><b/>', 'content after the root element'],
    ['<a><![CDATA[x]]></a>', 'unsupported markup'],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('decodes entities in text and attributes', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="&lt;&#10;&quot;">t&amp;&#x41;<b/></a>');
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '<\n"' },
      text: 't&A',
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
    });
  });
});

describe('XML escaping', () => {
  it('escapes markup and replaces characters XML 1.0 forbids', () => {
    expect(escapeXmlText('a<b>&c ]]> \u0000\u0008\t\n\r\u000b \uFFFE \uD83D\uDE00 \uDE00')).toBe(
      'a&lt;b&gt;&amp;c ]]&gt; \uFFFD\uFFFD\t\n\r\uFFFD \uFFFD \uD83D\uDE00 \uFFFD',
    );
    expect(escapeXmlAttribute(`"it's"\t<x>\n&\r`)).toBe('&quot;it&apos;s&quot;&#9;&lt;x&gt;&#10;&amp;&#13;');
  });
});

describe('JUnit report', () => {
  it('stays well-formed with hostile outputs and reads back the same text', async () => {
    const input = await makeReportInput(hostileResults());
    const root = parseXml(await collectText(junitReport(input)));
    const cases = findAll(root, 'testcase');
    expect(cases.map((c) => c.attributes['name'])).toEqual(['case<1>&"', 'case-2', 'case-3']);

    const [failed, errored, passed] = cases;
    expect(failed!.children.map((c) => c.name)).toEqual(['failure', 'system-out']);
    const failure = failed!.children[0]!;
    expect(failure.attributes['message']).toBe(`exact|match: expected ${HOSTILE_AS_XML}`);
    expect(failure.text).toBe(`exact|match (value 0, weight 1): expected ${HOSTILE_AS_XML}`);
    expect(failed!.children[1]!.text).toBe(HOSTILE_AS_XML);

    expect(errored!.children.map((c) => c.name)).toEqual(['error']);
    expect(errored!.children[0]!.attributes['message']).toBe(HOSTILE_AS_XML);
    expect(errored!.children[0]!.text).toBe(HOSTILE_AS_XML);

    expect(passed!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(passed!.children[0]!.text).toBe('</script><script>alert(2)</script>');
  });

  it('groups results into one testsuite per target × prompt, with counts from the summary', async () => {
    const results: StoredResult[] = [
      makeResult({ caseId: 'q1', targetId: 'gpt', promptId: 'short', status: 'pass', latencyMs: 1500 }),
      makeResult({
        caseId: 'q1',
        targetId: 'claude',
        promptId: 'short',
        status: 'fail',
        latencyMs: 250,
        score: 0,
      }),
      makeResult({
        caseId: 'q1',
        targetId: 'gpt',
        promptId: 'long',
        status: 'error',
        error: 'HTTP 429',
        latencyMs: 10,
      }),
      makeResult({
        caseId: 'q1',
        targetId: 'gpt',
        promptId: 'short',
        repeat: 1,
        status: 'fail',
        latencyMs: 500,
        scores: [makeScore('tone', 0.2, false, 0, 'too curt')],
      }),
    ];
    const input = await makeReportInput(results, { run: { config: { repeat: 2 } }, durationMs: 2_500 });
    const root = parseXml(await collectText(junitReport(input)));

    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({
      name: 'groundtruth run-1',
      tests: '4',
      failures: '2',
      errors: '1',
      skipped: '0',
      time: '2.500',
    });
    const suites = findAll(root, 'testsuite');
    expect(
      suites.map((s) => [
        s.attributes['name'],
        s.attributes['tests'],
        s.attributes['failures'],
        s.attributes['errors'],
        s.attributes['time'],
      ]),
    ).toEqual([
      ['gpt/short', '2', '1', '0', '2.000'],
      ['claude/short', '1', '1', '0', '0.250'],
      ['gpt/long', '1', '0', '1', '0.010'],
    ]);
    expect(suites[0]!.attributes['timestamp']).toBe('2025-01-02T03:04:00.000Z');
    expect(findAll(suites[0]!, 'property').map((p) => [p.attributes['name'], p.attributes['value']])).toEqual(
      [
        ['groundtruth.runId', 'run-1'],
        ['groundtruth.suite', '/project/evals/groundtruth.yaml'],
        ['groundtruth.gitCommit', '0123456789abcdef0123'],
      ],
    );
    const gptCases = findAll(suites[0]!, 'testcase');
    expect(
      gptCases.map((c) => [c.attributes['name'], c.attributes['classname'], c.attributes['time']]),
    ).toEqual([
      ['q1#1', 'gpt/short', '1.500'],
      ['q1#2', 'gpt/short', '0.500'],
    ]);
    // No weighted score failed, so the weight-0 one explains the failure.
    expect(findAll(gptCases[1]!, 'failure')[0]!.attributes['message']).toBe('tone: too curt');
    // A failure without any failing score still says why.
    expect(findAll(suites[1]!, 'failure')[0]!.attributes['message']).toBe('failed with score 0.000');
  });

  it('names suites by target alone when the run has one prompt, and cuts long outputs', async () => {
    const long = 'x'.repeat(5000);
    const input = await makeReportInput([
      makeResult({ caseId: 'a', targetId: 'gpt', status: 'pass', output: long }),
    ]);
    const root = parseXml(await collectText(junitReport(input)));
    const suite = findAll(root, 'testsuite')[0]!;
    expect(suite.attributes['name']).toBe('gpt');
    const testcase = findAll(suite, 'testcase')[0]!;
    expect(testcase.attributes['name']).toBe('a');
    expect(testcase.attributes['classname']).toBe('gpt');
    expect(findAll(testcase, 'system-out')[0]!.text).toBe(`${'x'.repeat(1999)}…`);
  });

  it('spills large suites to temporary files, keeps order within each suite and cleans up', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('groundtruth-junit-')));
    const results: StoredResult[] = [];
    for (let i = 0; i < 800; i++) {
      for (const targetId of ['a', 'b']) {
        results.push(
          makeResult({
            caseId: `c${i}`,
            targetId,
            status: 'pass',
            output: `${targetId}${i} ${'é'.repeat(600)}`,
          }),
        );
      }
    }
    const input = await makeReportInput(results);
    const root = parseXml(await collectText(junitReport(input)));
    const suites = findAll(root, 'testsuite');
    expect(suites.map((s) => s.attributes['name'])).toEqual(['a', 'b']);
    for (const suite of suites) {
      const names = findAll(suite, 'testcase').map((c) => c.attributes['name']);
      expect(names).toEqual(Array.from({ length: 800 }, (_, i) => `c${i}`));
      const outputs = findAll(suite, 'system-out').map((o) => o.text);
      expect(outputs[799]).toBe(`${suite.attributes['name']}799 ${'é'.repeat(600)}`);
    }
    const after = readdirSync(tmpdir()).filter((f) => f.startsWith('groundtruth-junit-') && !before.has(f));
    expect(after).toEqual([]);
  });
});
