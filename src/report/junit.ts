// The JUnit XML report that CI systems display: one <testsuite> per target (× prompt when the run has
// several) and one <testcase> per result, in one pass over the results.
import { createReadStream } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GroupSummary } from '../core/index.js';
import type { StoredResult } from '../store/types.js';
import {
  describeFailure,
  failingScores,
  hasSeveralPrompts,
  repeatsOf,
  resultLabel,
  truncate,
} from './format.js';
import type { ReportInput } from './types.js';

/** Outputs beyond this are cut: CI viewers choke on huge <system-out> blocks. */
const MAX_OUTPUT = 2000;
const MAX_MESSAGE = 500;
const MAX_DETAIL = 4000;
/** A suite's testcases are held in memory up to this size, then appended to its spool file. */
const SPOOL_LIMIT = 256 * 1024;

const XML_TEXT = /[&<>]/g;
const XML_ATTRIBUTE = /[&<>"'\t\n\r]/g;
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
/** Characters XML 1.0 forbids even as references: C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates. */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: markup escaped, forbidden characters replaced with U+FFFD. */
export function escapeXmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(XML_TEXT, (c) => XML_ENTITIES[c]!);
}

/** An attribute value (double-quoted): also escapes quotes and whitespace that parsers would normalise. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(XML_ATTRIBUTE, (c) => XML_ENTITIES[c]!);
}

function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(3) : '0.000';
}

/** The testcases of one testsuite, spilled to a temporary file once they outgrow SPOOL_LIMIT. */
class SuiteSpool {
  private parts: string[] = [];
  private size = 0;
  private spilled = false;
  tests = 0;
  failures = 0;
  errors = 0;
  timeMs = 0;

  constructor(
    readonly name: string,
    private readonly file: string,
  ) {}

  async append(xml: string): Promise<void> {
    this.parts.push(xml);
    this.size += xml.length;
    if (this.size >= SPOOL_LIMIT) {
      await appendFile(this.file, this.parts.join(''));
      this.spilled = true;
      this.parts = [];
      this.size = 0;
    }
  }

  async *read(): AsyncGenerator<string> {
    if (this.spilled) yield* createReadStream(this.file, { encoding: 'utf8' });
    if (this.size > 0) yield this.parts.join('');
  }
}

function testcase(result: StoredResult, name: string, className: string): string {
  const open = `    <testcase name="${escapeXmlAttribute(name)}" classname="${escapeXmlAttribute(className)}" time="${seconds(result.latencyMs)}"`;
  let body = '';
  if (result.status === 'error') {
    const error = result.error ?? 'error';
    body += `      <error message="${escapeXmlAttribute(truncate(error, MAX_MESSAGE))}">${escapeXmlText(truncate(error, MAX_DETAIL))}</error>\n`;
  } else if (result.status === 'fail') {
    const detail = failingScores(result)
      .map((s) => `${s.name} (value ${s.value}, weight ${s.weight}): ${s.reason}`)
      .join('\n');
    body += `      <failure message="${escapeXmlAttribute(truncate(describeFailure(result), MAX_MESSAGE))}">${escapeXmlText(truncate(detail, MAX_DETAIL))}</failure>\n`;
  }
  if (result.output !== null) {
    body += `      <system-out>${escapeXmlText(truncate(result.output, MAX_OUTPUT))}</system-out>\n`;
  }
  return body === '' ? `${open}/>\n` : `${open}>\n${body}    </testcase>\n`;
}

function counts(group: Pick<GroupSummary, 'total' | 'failed' | 'errors'>): string {
  return `tests="${group.total}" failures="${group.failed}" errors="${group.errors}" skipped="0"`;
}

/**
 * JUnit XML. Results arrive interleaved across targets, while XML needs each suite's testcases
 * together: each suite collects its own (spilling to a temporary file when large), and the document
 * is assembled at the end. Suite counts come from the run summary; a suite the summary lacks is
 * counted from its testcases.
 */
export async function* junitReport(input: ReportInput): AsyncGenerator<string> {
  const { run, summary } = input;
  const severalPrompts = hasSeveralPrompts(summary);
  const repeats = repeatsOf(run);
  const directory = await mkdtemp(join(tmpdir(), 'groundtruth-junit-'));
  try {
    const spools = new Map<string, SuiteSpool>();
    const spoolFor = (targetId: string, promptId: string): SuiteSpool => {
      const key = `${targetId}\u0000${promptId}`;
      let spool = spools.get(key);
      if (!spool) {
        const name = severalPrompts ? `${targetId}/${promptId}` : targetId;
        spool = new SuiteSpool(name, join(directory, `${spools.size}.xml`));
        spools.set(key, spool);
      }
      return spool;
    };
    // Suites follow the summary's target order; unknown ones are appended as they appear.
    for (const target of summary.targets) spoolFor(target.targetId, target.promptId);

    for await (const result of input.results()) {
      const spool = spoolFor(result.targetId, result.promptId);
      spool.tests++;
      if (result.status === 'fail') spool.failures++;
      else if (result.status === 'error') spool.errors++;
      if (Number.isFinite(result.latencyMs)) spool.timeMs += result.latencyMs;
      await spool.append(testcase(result, resultLabel(result, repeats), spool.name));
    }

    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield `<testsuites name="${escapeXmlAttribute(`groundtruth ${run.id}`)}" ${counts(summary)} time="${seconds(summary.durationMs)}">\n`;
    for (const [key, spool] of spools) {
      const target = summary.targets.find((t) => `${t.targetId}\u0000${t.promptId}` === key);
      const figures = target
        ? counts(target)
        : counts({ total: spool.tests, failed: spool.failures, errors: spool.errors });
      yield `  <testsuite name="${escapeXmlAttribute(spool.name)}" ${figures} time="${seconds(spool.timeMs)}" timestamp="${escapeXmlAttribute(run.createdAt)}">\n`;
      yield '    <properties>\n';
      yield `      <property name="groundtruth.runId" value="${escapeXmlAttribute(run.id)}"/>\n`;
      yield `      <property name="groundtruth.suite" value="${escapeXmlAttribute(run.suitePath)}"/>\n`;
      if (run.git?.commit) {
        yield `      <property name="groundtruth.gitCommit" value="${escapeXmlAttribute(run.git.commit)}"/>\n`;
      }
      yield '    </properties>\n';
      yield* spool.read();
      yield '  </testsuite>\n';
    }
    yield '</testsuites>\n';
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
