// Writes the analytics fragment of the benchmark report from the suite's CSV files:
//   node bench/analytics/report.mjs <results-dir> <command>
// analytics.csv (latency per size and query), analytics-memory.csv (RSS per size), analytics-gaps.csv (gap
// evaluation) -> analytics-exponents.csv and analytics.md. The scaling exponent of a query is the least-squares
// slope of log(median latency) over log(organizations): 1 means linear growth, 2 quadratic.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../report/plot.mjs';

const [results, command] = process.argv.slice(2);
const rows = readCsv(join(results, 'analytics.csv'));
const memory = existsSync(join(results, 'analytics-memory.csv')) ? readCsv(join(results, 'analytics-memory.csv')) : [];
const sizes = [...new Set(rows.map(r => +r.size))].sort((x, y) => x - y);
const queries = [...new Set(rows.map(r => r.query))];

function slope(points) {
    if (points.length < 2) return null;
    const xs = points.map(p => Math.log(p[0])), ys = points.map(p => Math.log(p[1]));
    const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
    const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0), sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    return sxy / sxx;
}

const cell = (q, size) => rows.find(r => r.query === q && +r.size === size);
const exponents = queries.map(q => {
    const points = sizes.map(s => cell(q, s)).filter(r => r && r.status === 'ok' && +r.median_ms > 0).map(r => [+r.size, +r.median_ms]);
    return { query: q, exponent: slope(points), sizes: points.length };
});
writeFileSync(join(results, 'analytics-exponents.csv'),
    'query,exponent,sizes\n' + exponents.map(e => `${e.query},${e.exponent == null ? '' : e.exponent.toFixed(2)},${e.sizes}`).join('\n') + '\n');

const fmt = v => (v === '' || v == null ? '–' : +v >= 100 ? Math.round(+v).toString() : (+v).toFixed(1));
const md = ['## Analytics', ''];
md.push('Latency of each analytics query over GraphQL (`bench/lib/gql.mjs`, one client, sequential) on generated cities',
    '(`bench_city N`, seed 42). Light queries (gaps for 6 organizations, 30 on the 100,000 city, drawn with a fixed seed',
    'across the range of collaboration degrees; the first consortium\'s gaps and 2024 health) run 15 times (10 in quick',
    'mode, 30 on the 100,000 city: once per organization) after one warm-up call per variable set. Whole-city queries:',
    'the first call is timed on its own ("first": it reads whatever the app keeps in memory for the city, see',
    'docs/analytics.md), then 3 warm runs, none when the first call took over 30 s; their p99 is the slowest run.',
    'Times in ms: median / p99. Exact betweenness is not run from 10,000 organizations on. A query over the API\'s time',
    'limit is shown with its error. The scaling exponent is the slope of log(median) over log(organizations) across the',
    'sizes measured (1 = linear).', '');
md.push(`| query | ${sizes.map(s => `${s.toLocaleString('en')} orgs`).join(' | ')} | exponent |`);
md.push(`|---|${sizes.map(() => '---|').join('')}---|`);
for (const q of queries) {
    const cells = sizes.map(s => {
        const r = cell(q, s);
        if (!r) return 'not run';
        if (r.status !== 'ok') return `failed: ${r.status.slice(0, 60)}`;
        const warm = +r.n > 0 ? `${fmt(r.median_ms)} / ${fmt(r.p99_ms)}` : 'no warm run';
        return r.first_ms ? `${warm} (first ${fmt(r.first_ms)})` : warm;
    });
    const e = exponents.find(x => x.query === q);
    md.push(`| ${q} | ${cells.join(' | ')} | ${e.exponent == null ? '–' : e.exponent.toFixed(2)} |`);
}
if (memory.length) {
    md.push('', 'Resident memory of the app (MB, `VmRSS`): at rest after start, and after all the queries above.', '',
        '| organizations | relationships | at rest | after the queries |', '|---|---|---|---|');
    for (const m of memory) md.push(`| ${(+m.size).toLocaleString('en')} | ${m.relationships ? (+m.relationships).toLocaleString('en') : '–'} | ${m.rss_rest_mb} | ${m.rss_after_mb} |`);
}
md.push('', '![analytics latency against city size, log-log](images/bench-analytics-scaling.svg)');

const gapsFile = join(results, 'analytics-gaps.csv');
if (existsSync(gapsFile)) {
    const gaps = readCsv(gapsFile);
    md.push('', '### Gap finder quality (held-out ties)', '',
        'The evaluation of `docs/analytics.md`: 20 % of the COLLABORATES_WITH ties hidden (seeded), every unconnected',
        'pair scored, AUC and precision@10 per method; mean ± standard error over the evaluation seeds',
        'GapEvaluation.EVALUATION_SEEDS (23 seeds; per-seed values in analytics-gaps.csv).',
        'Run by `GapEvaluationCommand` from the test class path, each city in its own throw-away embedded Neo4j,',
        'in the last run that evaluated: a full run, or any run with `ANALYTICS_EVALUATION=1` (a quick run leaves it out).', '');
    for (const city of [...new Set(gaps.map(g => g.city))]) {
        const cityRows = gaps.filter(g => g.city === city);
        const seeds = [...new Set(cityRows.map(g => g.seed))];
        md.push(`**${city}** (${cityRows[0].organizations} organizations, ${cityRows[0].ties} ties; seeds ${seeds.join(', ')})`, '',
            '| method | AUC | precision@10 |', '|---|---|---|');
        for (const method of [...new Set(cityRows.map(g => g.method))]) {
            const m = cityRows.filter(g => g.method === method);
            // mean ± standard error over the seeds (sample standard deviation / √seeds)
            const stat = k => {
                const v = m.map(g => +g[k]), mean = v.reduce((s, x) => s + x, 0) / v.length;
                const se = v.length < 2 ? 0 : Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1) / v.length);
                return `${mean.toFixed(3)} ± ${se.toFixed(3)}`;
            };
            md.push(`| ${method} | ${stat('auc')} | ${stat('precision_at_10')} |`);
        }
        md.push('');
    }
}
md.push('', 'Rerun: `' + command + '`', '');
writeFileSync(join(results, 'analytics.md'), md.join('\n'));
