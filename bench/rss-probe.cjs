// Preloaded into a measured process (`node --require bench/rss-probe.cjs ...`): samples the resident
// set size every 50 ms and, on exit, appends the peak and the samples to $GROUNDTRUTH_RSS_FILE, so a
// benchmark can show whether memory stays flat as the run goes on.
const { appendFileSync } = require('node:fs');
const file = process.env.GROUNDTRUTH_RSS_FILE;
if (file) {
  const started = Date.now();
  const samples = [];
  const timer = setInterval(() => samples.push([Date.now() - started, process.memoryUsage.rss()]), 50);
  timer.unref();
  process.on('exit', () => {
    appendFileSync(file, `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, samples })}\n`);
  });
}
