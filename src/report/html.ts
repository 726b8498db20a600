// The HTML report: one self-contained page (no external assets) with summary cards, per-target,
// gate and slice tables, and a filterable results table built in the browser from embedded JSON.
import { createHash } from 'node:crypto';
import { MIN_SLICE_CASES, type RunSummary } from '../core/index.js';
import type { StoredResult } from '../store/types.js';
import {
  describeFailure,
  formatCost,
  formatCount,
  formatFlakyCases,
  formatGateFigure,
  formatMs,
  formatPercent,
  hasSeveralPrompts,
  repeatsOf,
  repeatTable,
  resultLabel,
  runFacts,
  runVerdict,
  showRunCommand,
  sliceTable,
  targetLabel,
  targetTable,
  truncate,
} from './format.js';
import { REPORT_SCRIPT, REPORT_STYLE } from './html-assets.js';
import type { ReportInput } from './types.js';

/** Results embedded in the page: enough to browse, small enough that a 100k run stays a usable file. */
export const DEFAULT_MAX_EMBEDDED_RESULTS = 20_000;
const MAX_OUTPUT = 2_000;
const MAX_PROMPT = 1_000;
const MAX_REASON = 1_000;
const MAX_SLICE_ROWS = 2_000;

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src '${cspHash(REPORT_SCRIPT)}'`,
  `style-src '${cspHash(REPORT_STYLE)}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c]!);
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that can sit inside a <script> element: `<`, `>` and `&` become \\uXXXX so no `</script>` or
 * `<!--` can appear, and U+2028/2029 are escaped for older JavaScript parsers.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    SCRIPT_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One result as the page's script reads it: display labels resolved, long texts cut. */
export interface EmbeddedResult {
  case: string;
  target: string;
  status: StoredResult['status'];
  score: number | null;
  latencyMs: number;
  reason: string;
  output: string | null;
  error: string | null;
  prompt: string;
  tags: string[];
  scores: Array<{ name: string; value: number; pass: boolean; weight: number; reason: string }>;
}

function toEmbeddedResult(result: StoredResult, repeats: number, severalPrompts: boolean): EmbeddedResult {
  return {
    case: resultLabel(result, repeats),
    target: targetLabel(result, severalPrompts),
    status: result.status,
    score: result.score,
    latencyMs: result.latencyMs,
    reason: truncate(describeFailure(result), MAX_REASON),
    output: result.output === null ? null : truncate(result.output, MAX_OUTPUT),
    error: result.error === null ? null : truncate(result.error, MAX_REASON),
    prompt: truncate(result.prompt, MAX_PROMPT),
    tags: result.tags,
    scores: result.scores.map((s) => ({
      name: s.name,
      value: s.value,
      pass: s.pass,
      weight: s.weight,
      reason: truncate(s.reason, MAX_REASON),
    })),
  };
}

function table(header: string[], numeric: boolean[], rows: string[][]): string {
  const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((c, i) => `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>\n`;
}

function card(label: string, value: string, meter?: number): string {
  const bar = meter === undefined ? '' : `<meter min="0" max="1" value="${meter}"></meter>`;
  return `<div class="card"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>${bar}</div>`;
}

function summarySections(summary: RunSummary): string {
  const severalPrompts = hasSeveralPrompts(summary);
  const gatesPassed = summary.gates.filter((g) => g.pass).length;
  const tokens = summary.targets.reduce((sum, t) => sum + t.tokens.total, 0);
  const cost = summary.targets.reduce((sum, t) => sum + t.cost, 0);
  let html = '<section class="cards">';
  html += card('Pass rate', formatPercent(summary.passRate), summary.passRate);
  html += card('Results', formatCount(summary.total));
  html += card('Passed', formatCount(summary.passed));
  html += card('Failed', formatCount(summary.failed));
  html += card('Errors', `${formatCount(summary.errors)} (${formatPercent(summary.errorRate)})`);
  if (summary.gates.length > 0) html += card('Gates passed', `${gatesPassed} / ${summary.gates.length}`);
  html += card('Duration', formatMs(summary.durationMs));
  html += card('Tokens', formatCount(tokens));
  html += card('Cost', formatCost(cost));
  html += '</section>\n';

  if (summary.targets.length > 0) {
    const { head, numeric, rows } = targetTable(summary);
    html += '<h2>Targets</h2>\n';
    html += table(head, numeric, rows);
  }

  const repeats = repeatTable(summary);
  if (repeats.rows.length > 0) {
    html += '<h2>Repeats</h2>\n';
    html += table(repeats.head, repeats.numeric, repeats.rows);
  }
  if (summary.quarantined?.length) {
    html += `<p class="note">Quarantined (run and reported, left out of the gates): ${escapeHtml(formatFlakyCases(summary.quarantined, summary.quarantined.length))}</p>\n`;
  }

  if (summary.gates.length > 0) {
    html += '<h2>Gates</h2>\n';
    html += table(
      ['Result', 'Gate', 'Target', 'Actual', 'Limit', 'Detail'],
      [false, false, false, true, true, false],
      summary.gates.map((g) => [
        g.pass ? '✓ pass' : g.incomplete ? '✗ incomplete' : '✗ fail',
        g.gate,
        targetLabel(g, severalPrompts),
        formatGateFigure(g.gate, g.actual),
        formatGateFigure(g.gate, g.limit),
        g.message,
      ]),
    );
  }

  if (summary.slices.length > 0) {
    const { head, numeric, rows } = sliceTable(summary);
    html += '<h2>Slices</h2>\n';
    html += table(head, numeric, rows.slice(0, MAX_SLICE_ROWS));
    if (rows.length > MAX_SLICE_ROWS) {
      html += `<p class="note">The first ${formatCount(MAX_SLICE_ROWS)} of ${formatCount(rows.length)} slices.</p>\n`;
    }
    if (summary.slices.some((slice) => slice.insufficient)) {
      html += `<p class="note">(few): fewer than ${MIN_SLICE_CASES} cases, too few for the figures to say anything.</p>\n`;
    }
  }
  return html;
}

/**
 * Failing and error results first, then passing ones, `max` in all: two passes over the results,
 * the second skipped when the first filled the page.
 */
async function* embeddedResults(input: ReportInput, max: number): AsyncGenerator<string> {
  const repeats = repeatsOf(input.run);
  const severalPrompts = hasSeveralPrompts(input.summary);
  const { summary } = input;
  let count = 0;
  for (const passing of [false, true]) {
    const expected = passing ? summary.passed : summary.failed + summary.errors;
    if (count >= max || expected === 0) continue;
    for await (const result of input.results()) {
      if ((result.status === 'pass') !== passing) continue;
      yield (count === 0 ? '' : ',\n') + embedJson(toEmbeddedResult(result, repeats, severalPrompts));
      if (++count >= max) break;
    }
  }
}

export async function* htmlReport(
  input: ReportInput,
  options: { maxResults?: number } = {},
): AsyncGenerator<string> {
  const { run, summary } = input;
  const max = options.maxResults ?? DEFAULT_MAX_EMBEDDED_RESULTS;
  const verdict = runVerdict(run, summary);
  const facts = runFacts(run, summary).join(' · ');
  const title = `Groundtruth: ${verdict.text} · ${run.description ?? run.id}`;

  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
<h1 class="verdict-${verdict.outcome}">${escapeHtml(`${verdict.outcome === 'pass' ? '✓' : verdict.outcome === 'fail' ? '✗' : '!'} ${verdict.text}`)}</h1>
<p class="facts">${escapeHtml(facts)}</p>
`;
  yield summarySections(summary);
  const notPassing = summary.failed + summary.errors;
  yield `<h2>Results</h2>
<p class="note">${escapeHtml(
    `This page holds at most ${formatCount(max)} of the run's ${formatCount(summary.total)} results: ` +
      `the ${formatCount(notPassing)} failures and errors first, then passing results. Outputs are cut at ` +
      `${formatCount(MAX_OUTPUT)} characters. Every result: ${showRunCommand(run.id)} -o results.jsonl`,
  )}</p>
<div class="controls">
<select id="gt-status" aria-label="Status"><option value="">All statuses</option><option value="not-pass">Fail or error</option><option value="fail">Fail</option><option value="error">Error</option><option value="pass">Pass</option></select>
<select id="gt-target" aria-label="Target"><option value="">All targets</option></select>
<input id="gt-search" type="search" placeholder="Search case, output, reason, tags" aria-label="Search">
<span id="gt-count" class="note"></span>
</div>
<div class="table-wrap"><table><thead><tr><th>Status</th><th>Case</th><th>Target</th><th class="num">Score</th><th class="num">Latency</th><th>Output / reason</th></tr></thead>
<tbody id="gt-rows"></tbody></table></div>
<button id="gt-more" type="button" hidden>Show more</button>
<footer>Generated by Groundtruth from run ${escapeHtml(run.id)} (${escapeHtml(run.createdAt)}).</footer>
</main>
<script type="application/json" id="gt-data">[`;
  yield* embeddedResults(input, max);
  yield `]</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
