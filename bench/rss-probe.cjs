// Preloaded into a measured process (`node --require bench/rss-probe.cjs ...`): on exit it appends
// the process's peak resident set size to the file named by $GROUNDTRUTH_RSS_FILE.
const { appendFileSync } = require('node:fs');
const file = process.env.GROUNDTRUTH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
  });
}
