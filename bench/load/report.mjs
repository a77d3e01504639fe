// Turns one load run (bench/load/load.mjs output, RSS samples, graph counts before and after) into
// bench/results/load.csv, load-summary.csv, load-rss.csv, load.md and docs/images/bench-load-*.svg.
// Exits with 1 when the consistency check fails (a missing acknowledged write or counts that do not add up).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chart } from '../report/plot.mjs';
import { percentile } from '../lib/gql.mjs';

const a = {};
for (let i = 2; i < process.argv.length; i += 2) a[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const load = JSON.parse(readFileSync(a.load, 'utf8'));
const rss = readFileSync(a.rss, 'utf8').trim().split('\n').slice(1).map(l => l.split(',').map(Number))
    .filter(([, mb]) => mb > 0);
const [nodesBefore, relsBefore, auditBefore] = a.before.split(',').map(Number);
const [nodesAfter, relsAfter, auditAfter] = a.after.split(',').map(Number);
const ack = load.acknowledged;
const writes = ack.addOrganization + ack.addCollaboration + ack.recordFlow;
const expected = {
    nodes: nodesBefore + ack.addOrganization,
    relationships: relsBefore + ack.addCollaboration + ack.recordFlow,
    audit: auditBefore + writes,
};
const missing = Object.values(load.missing).reduce((x, y) => x + y, 0);
const consistent = missing === 0 && nodesAfter === expected.nodes && relsAfter === expected.relationships
    && auditAfter === expected.audit;
const rssUnderLoad = rss.map(([, mb]) => mb);
const rssPeak = Math.max(...rssUnderLoad);
const rssMedian = percentile(rssUnderLoad, 50);

mkdirSync(a.images, { recursive: true });
const header = 'kind,write,requests,errors,median_ms,p99_ms,mean_ms';
const rows = load.kinds.map(k => [k.kind, k.write, k.requests, k.errors, k.median_ms, k.p99_ms, k.mean_ms].join(','));
rows.push(['all', '', load.requests, load.errors, load.median_ms, load.p99_ms, ''].join(','));
writeFileSync(join(a.results, 'load.csv'), [header, ...rows].join('\n') + '\n');
writeFileSync(join(a.results, 'load-rss.csv'), ['second,rss_mb', ...rss.map(r => r.join(','))].join('\n') + '\n');
const summary = {
    mode: a.quick === '1' ? 'quick' : 'full',
    clients: load.clients,
    seconds: load.seconds,
    requests: load.requests,
    errors: load.errors,
    throughput_rps: load.throughput_rps,
    median_ms: load.median_ms,
    p99_ms: load.p99_ms,
    acknowledged_writes: writes,
    missing_writes: missing,
    nodes_before: nodesBefore,
    nodes_after: nodesAfter,
    nodes_expected: expected.nodes,
    relationships_before: relsBefore,
    relationships_after: relsAfter,
    relationships_expected: expected.relationships,
    audit_entries_added: auditAfter - auditBefore,
    rss_rest_mb: +a['rss-rest'],
    rss_load_median_mb: rssMedian,
    rss_load_peak_mb: rssPeak,
    rss_after_mb: +a['rss-after'],
    consistent,
};
writeFileSync(join(a.results, 'load-summary.csv'),
    ['metric,value', ...Object.entries(summary).map(([k, v]) => `${k},${v}`)].join('\n') + '\n');

const latencySeries = ['median_ms', 'p99_ms'].map(col => ({
    name: col.replace('_ms', ''),
    points: load.kinds.map(k => [k.kind, k[col]]),
}));
writeFileSync(join(a.images, 'bench-load-latency.svg'), chart({
    title: `Latency per operation, ${load.clients} clients mixing reads and writes`,
    xLabel: 'operation', yLabel: 'ms', kind: 'bar', series: latencySeries,
}));
writeFileSync(join(a.images, 'bench-load-rss.svg'), chart({
    title: 'Resident memory of the app under load', xLabel: 'second of the run', yLabel: 'MB',
    series: [{ name: 'RSS', points: rss }],
}));

const readRows = load.kinds.filter(k => !k.write);
const readMedian = percentile(readRows.map(k => k.median_ms), 50);
const md = [
    '## Load: 64 clients mixing reads and writes',
    '',
    `${load.clients} concurrent GraphQL clients send requests back to back for ${load.seconds} s against the embedded`,
    `app on the demo city (${summary.mode} mode). ${Math.round(load.writeShare * 100)} % of the requests are mutations made with an EDITOR API token`,
    '(addOrganization, then addCollaboration and recordFlow on the organizations a client created, so that each',
    'acknowledged write adds exactly one node or one relationship); the rest are five kinds of read. An error is',
    'any HTTP error, GraphQL error or user error. The load generator (Node.js) runs on the same 2 cores as the app.',
    '',
    `| | |`,
    `|---|---|`,
    `| requests served | ${load.requests} |`,
    `| errors | **${load.errors}** |`,
    `| throughput | ${load.throughput_rps} requests/s |`,
    `| latency, all requests | median ${load.median_ms} ms, p99 ${load.p99_ms} ms |`,
    `| acknowledged writes | ${writes} (addOrganization ${ack.addOrganization}, addCollaboration ${ack.addCollaboration}, recordFlow ${ack.recordFlow}) |`,
    `| acknowledged writes missing afterwards | **${missing}** |`,
    `| nodes before → after (expected) | ${nodesBefore} → ${nodesAfter} (${expected.nodes}) |`,
    `| relationships before → after (expected) | ${relsBefore} → ${relsAfter} (${expected.relationships}) |`,
    `| audit entries added (expected) | ${auditAfter - auditBefore} (${writes}) |`,
    `| consistency check | **${consistent ? 'passed' : 'FAILED'}** |`,
    `| resident memory at rest → under load (median, peak) → after | ${a['rss-rest']} MB → ${rssMedian} MB, ${rssPeak} MB → ${a['rss-after']} MB |`,
    '',
    '| operation | kind | requests | errors | median ms | p99 ms | median / median of the reads |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...load.kinds.map(k => `| ${k.kind} | ${k.write ? 'write' : 'read'} | ${k.requests} | ${k.errors} | ${k.median_ms} | ${k.p99_ms} | ${(k.median_ms / readMedian).toFixed(2)}× |`),
    '',
    'The baseline of the last column is the median of the five read kinds\' medians in the same run.',
    '',
    '![latency per operation](images/bench-load-latency.svg)',
    '![resident memory](images/bench-load-rss.svg)',
    '',
    `Rerun: \`bench/run.sh${a.quick === '1' ? ' --quick' : ''} load\` (raw numbers: \`bench/results/load.csv\`, \`load-summary.csv\`, \`load-rss.csv\`).`,
];
if (load.failures.length) md.push('', 'First failures:', '', ...load.failures.map(f => `- \`${f.replace(/`/g, "'")}\``));
writeFileSync(join(a.results, 'load.md'), md.join('\n') + '\n');
console.log(JSON.stringify(summary));
process.exit(consistent ? 0 : 1);
