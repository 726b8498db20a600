// The HTML report's stylesheet and script, inline so the page has no external assets. The script
// builds the results table from embedded JSON with createElement/textContent only: data never
// reaches an HTML parser. Both texts are fixed, so the page's CSP can allow them by hash.

export const REPORT_STYLE = `
:root { color-scheme: light dark; --bg: #f7f7f8; --fg: #1c1d21; --muted: #62656f; --card: #fff;
  --line: #e2e3e7; --pass: #16794a; --fail: #c4302b; --error: #b35c00; --accent: #3b5bdb; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161a; --fg: #e6e7ea; --muted: #9a9ca5; --card: #1e2026; --line: #30323a;
    --pass: #4cc38a; --fail: #ff6b6b; --error: #f59f00; --accent: #91a7ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: var(--bg); color: var(--fg); line-height: 1.45;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1280px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 10px; }
h4 { font-size: 12px; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.facts, .note { color: var(--muted); margin: 0 0 8px; }
.verdict-pass { color: var(--pass); } .verdict-fail { color: var(--fail); } .verdict-warn { color: var(--error); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin-top: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
meter { width: 100%; height: 8px; }
.table-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
tr:last-child td { border-bottom: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.mono, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
pre { white-space: pre-wrap; word-break: break-word; margin: 0; padding: 8px; background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; max-height: 320px; overflow: auto; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); } .badge.error { background: var(--error); }
.ok { color: var(--pass); } .bad { color: var(--fail); }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.controls select, .controls input, button { font: inherit; padding: 5px 8px; border-radius: 6px;
  border: 1px solid var(--line); background: var(--card); color: var(--fg); }
.controls input { flex: 1 1 240px; }
button { cursor: pointer; margin-top: 10px; }
details summary { cursor: pointer; color: var(--fg); overflow-wrap: anywhere; }
details[open] summary { color: var(--accent); }
.scores td, .scores th { padding: 3px 8px; font-size: 12px; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
`;

export const REPORT_SCRIPT = `
'use strict';
(function () {
  var PAGE = 200;
  var data = JSON.parse(document.getElementById('gt-data').textContent);
  var statusSelect = document.getElementById('gt-status');
  var targetSelect = document.getElementById('gt-target');
  var search = document.getElementById('gt-search');
  var rows = document.getElementById('gt-rows');
  var count = document.getElementById('gt-count');
  var more = document.getElementById('gt-more');
  var matches = [];
  var shown = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function ms(value) {
    return value < 1000 ? Math.round(value) + ' ms' : (value / 1000).toFixed(2) + ' s';
  }
  function haystack(r) {
    if (r._text === undefined) {
      r._text = [r.case, r.target, r.status, r.output || '', r.error || '', r.reason, r.tags.join(' ')]
        .join('\\n').toLowerCase();
    }
    return r._text;
  }
  function field(title, text) {
    var box = el('div');
    box.appendChild(el('h4', null, title));
    box.appendChild(el('pre', null, text));
    return box;
  }
  function fillDetails(details, r) {
    if (r.reason) details.appendChild(field('Reason', r.reason));
    if (r.output !== null) details.appendChild(field('Output', r.output));
    if (r.error !== null) details.appendChild(field('Error', r.error));
    details.appendChild(field('Prompt', r.prompt));
    if (r.scores.length > 0) {
      details.appendChild(el('h4', null, 'Scores'));
      var table = el('table', 'scores');
      var head = el('tr');
      ['Scorer', 'Value', 'Pass', 'Weight', 'Reason'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      table.appendChild(head);
      r.scores.forEach(function (s) {
        var tr = el('tr');
        tr.appendChild(el('td', 'mono', s.name));
        tr.appendChild(el('td', 'num', typeof s.value === 'number' ? s.value.toFixed(3) : '–'));
        tr.appendChild(el('td', s.pass ? 'ok' : 'bad', s.pass ? 'pass' : 'fail'));
        tr.appendChild(el('td', 'num', s.weight));
        tr.appendChild(el('td', null, s.reason));
        table.appendChild(tr);
      });
      details.appendChild(table);
    }
    if (r.tags.length > 0) details.appendChild(el('p', 'note', 'Tags: ' + r.tags.join(', ')));
  }
  function renderRow(r) {
    var tr = el('tr');
    var statusCell = el('td');
    statusCell.appendChild(el('span', 'badge ' + r.status, r.status));
    tr.appendChild(statusCell);
    tr.appendChild(el('td', 'mono', r.case));
    tr.appendChild(el('td', null, r.target));
    tr.appendChild(el('td', 'num', r.score === null ? '–' : r.score.toFixed(3)));
    tr.appendChild(el('td', 'num', ms(r.latencyMs)));
    var cell = el('td');
    var details = el('details');
    var preview = r.status === 'pass' ? (r.output || '') : (r.reason || r.output || '');
    details.appendChild(el('summary', null, preview.length > 160 ? preview.slice(0, 159) + '…' : preview || '(empty)'));
    details.addEventListener('toggle', function () {
      if (details.open && details.childElementCount === 1) fillDetails(details, r);
    });
    cell.appendChild(details);
    tr.appendChild(cell);
    return tr;
  }
  function renderMore() {
    var end = Math.min(matches.length, shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.appendChild(renderRow(matches[shown]));
    rows.appendChild(fragment);
    count.textContent = matches.length + ' of ' + data.length + ' results match; showing ' + shown;
    more.hidden = shown >= matches.length;
  }
  function applyFilters() {
    var status = statusSelect.value;
    var target = targetSelect.value;
    var query = search.value.trim().toLowerCase();
    matches = data.filter(function (r) {
      if (status === 'not-pass' ? r.status === 'pass' : status !== '' && r.status !== status) return false;
      if (target !== '' && r.target !== target) return false;
      return query === '' || haystack(r).indexOf(query) !== -1;
    });
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    shown = 0;
    renderMore();
  }

  var targets = [];
  data.forEach(function (r) { if (targets.indexOf(r.target) === -1) targets.push(r.target); });
  targets.forEach(function (t) {
    var option = el('option', null, t);
    option.value = t;
    targetSelect.appendChild(option);
  });
  statusSelect.addEventListener('change', applyFilters);
  targetSelect.addEventListener('change', applyFilters);
  search.addEventListener('input', applyFilters);
  more.addEventListener('click', renderMore);
  applyFilters();
})();
`;
