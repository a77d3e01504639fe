// Turns the raw runs of the UI suite into bench/results/ui.csv (medians and p99 per build and view) and the
// report fragment bench/results/ui.md with ratios and a chart.
//   node summarize.mjs <ui-runs.csv> <ui.csv> <ui.md> <command> <runs> <warm-up runs> <server warm-up requests>
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from '../lib/gql.mjs';
import { chart, readCsv } from '../report/plot.mjs';

const [rawFile, summaryFile, markdownFile, command, runs, warmup, serverWarmup] = process.argv.slice(2);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rows = readCsv(rawFile);
const views = { start: 'start page (organizations grid filled)', explorer: 'explorer, 1,000-node neighbourhood', 'explorer-small': 'explorer, 30-node neighbourhood (baseline)' };
const labels = [...new Set(rows.map((r) => r.label))];
const number = (v) => (v === '' || v === undefined ? null : Number(v));
const median = (values) => (values.length ? percentile(values, 50) : null);

const summary = [];
for (const label of labels) {
  for (const view of Object.keys(views)) {
    const runsOf = rows.filter((r) => r.label === label && r.view === view);
    if (runsOf.length === 0) continue;
    const timed = runsOf.filter((r) => r.warmup !== '1');
    const pick = (key) => timed.map((r) => number(r[key])).filter((v) => v !== null);
    const fps = runsOf.map((r) => number(r.zoom_fps)).filter((v) => v !== null);
    summary.push({
      label,
      view,
      runs: timed.length,
      first_ms: number(runsOf.find((r) => r.run === '0')?.total_ms),
      median_ms: median(pick('total_ms')),
      p99_ms: pick('total_ms').length ? percentile(pick('total_ms'), 99) : null,
      settled_median_ms: median(pick('settled_ms')),
      canvas_median_ms: median(pick('canvas_ms')),
      canvas_p99_ms: pick('canvas_ms').length ? percentile(pick('canvas_ms'), 99) : null,
      nodes_drawn: median(pick('nodes')),
      edges_drawn: median(pick('edges')),
      zoom_fps: fps.length ? fps.at(-1) : null,
    });
  }
}
const columns = Object.keys(summary[0]);
writeFileSync(summaryFile, [columns.join(','), ...summary.map((s) => columns.map((c) => s[c] ?? '').join(','))].join('\n') + '\n');

const find = (label, view) => summary.find((s) => s.label === label && s.view === view);
const cell = (v) => (v === null || v === undefined ? '–' : String(Math.round(v)));
const md = [
  '## UI: first render in headless Chromium',
  '',
  'Time from navigation start until the page shows its content, in a fresh tab of one headless Chromium (Debian',
  '`/usr/bin/chromium`, driven by `playwright-core`) and a new session each run (cookies cleared, the browser cache',
  'kept), the app on a generated city of 10,000 organizations. The',
  'start page counts until its grid shows rows; the explorer until the canvas has painted the neighbourhood',
  '(its `rendered` event, after the frame that draws it). The canvas column is the part spent in the canvas',
  '(from receiving the data to the painted frame); the rest is loading the page, the Vaadin round trip and the',
  'server query. "Settled" is when the canvas had painted at the size it keeps: no new size for 0.7 s, and the',
  'frame after its last new size painted (a canvas drawn before the page around it is laid out draws again at',
  'every size the page passes through, after its `rendered` event). "Nodes drawn" counts the visible nodes',
  'whose box lies on the canvas, read from Cytoscape.',
  `Before the counted runs, ${serverWarmup} requests of each page over plain HTTP warm the server (each builds the page`,
  `and its UI on the server, the neighbourhood included), and the first ${warmup} browser runs of each view warm the`,
  `browser's cache: the figures are those of a server that has been up a while and a returning browser. The first`,
  `browser run is reported as "first"; the medians and p99 are over the ${runs} runs after the warm-up runs.`,
  'Zoom fps: frames per second while zooming the 1,000-node view in and out for two seconds.',
  '',
  '| build | view | first ms | median ms | p99 ms | settled median ms | canvas median ms | canvas p99 ms | nodes drawn | edges | zoom fps |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...summary.map(
    (s) =>
      `| ${s.label} | ${views[s.view]} | ${cell(s.first_ms)} | ${cell(s.median_ms)} | ${cell(s.p99_ms)} | ${cell(s.settled_median_ms)} | ${cell(s.canvas_median_ms)} | ${cell(s.canvas_p99_ms)} | ${cell(s.nodes_drawn)} | ${cell(s.edges_drawn)} | ${cell(s.zoom_fps)} |`,
  ),
  '',
];
for (const label of labels) {
  const big = find(label, 'explorer');
  const small = find(label, 'explorer-small');
  if (big && small) {
    md.push(
      `- **${label}**: 1,000-node explorer over the 30-node baseline of the same run: ` +
        `${(big.median_ms / small.median_ms).toFixed(2)}× in total, ${(big.canvas_median_ms / small.canvas_median_ms).toFixed(2)}× in the canvas; ` +
        `goal under 1,500 ms: ${big.median_ms < 1500 ? 'met' : 'not met'} (median ${cell(big.median_ms)} ms` +
        `${big.settled_median_ms ? `, settled ${cell(big.settled_median_ms)} ms` : ''}).`,
    );
  }
}
if (labels.includes('baseline')) {
  for (const view of Object.keys(views)) {
    const now = find('current', view);
    const before = find('baseline', view);
    if (now && before) {
      const settled =
        now.settled_median_ms && before.settled_median_ms
          ? `; settled ${(now.settled_median_ms / before.settled_median_ms).toFixed(2)}×, ${cell(now.settled_median_ms)} against ${cell(before.settled_median_ms)} ms`
          : '';
      md.push(`- ${views[view]}: current over baseline build ${(now.median_ms / before.median_ms).toFixed(2)}× (median ${cell(now.median_ms)} ms against ${cell(before.median_ms)} ms; canvas ${cell(now.canvas_median_ms)} against ${cell(before.canvas_median_ms)} ms${settled}).`);
    }
  }
}
const svg = join(repo, 'docs', 'images', 'bench-ui-render.svg');
writeFileSync(
  svg,
  chart({
    kind: 'bar',
    title: 'First render in headless Chromium (median ms)',
    xLabel: 'view',
    yLabel: 'ms',
    series: labels.map((label) => ({
      name: label,
      points: summary.filter((s) => s.label === label).map((s) => [s.view, s.median_ms]),
    })),
  }),
);
md.push('', '![UI render medians](images/bench-ui-render.svg)', '', 'Rerun: `' + command + '` (or `bench/run.sh' + (command.includes('--quick') ? ' --quick' : '') + ' ui`).', '');
writeFileSync(markdownFile, md.join('\n'));
