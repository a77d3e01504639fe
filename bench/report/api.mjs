// Turns the JMH results of bench/suites/10-api.sh into bench/results/api.csv, the fragment bench/results/api.md and
// bar charts under docs/images/.
//   node bench/report/api.mjs <work-dir> <results-dir> <images-dir> [suite arguments]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chart } from './plot.mjs';

const [work, results, images, args = ''] = process.argv.slice(2);
const QUESTIONS = {
    q1: '`organization(id)` with nested memberships, collaborations, outgoing and incoming flows',
    q2: '`organizations(filter: {types: [ENTERPRISE], industry}, first: 100)`',
    q3: 'count of enterprises with a membership in a consortium (`totalCount` only)',
    q4: '2-hop COLLABORATES_WITH neighbourhood (`neighborhood(depth: 2)`)',
};
const TARGETS = ['ours', 'peer', 'cypher'];
const CITY_NAMES = { demo: 'demo city', 100000: '100,000-organization city' };

const rows = [];
for (const file of readdirSync(work).filter(f => /^api-.+-t\d+\.json$/.test(f)).sort()) {
    const city = file.match(/^api-(.+)-t\d+\.json$/)[1];
    for (const run of JSON.parse(readFileSync(join(work, file), 'utf8'))) {
        const m = run.primaryMetric;
        const samples = (m.rawDataHistogram ?? []).flat(2).reduce((n, [, count]) => n + count, 0);
        rows.push({
            city,
            query: run.params.question,
            target: run.benchmark.split('.').pop(),
            clients: run.threads,
            // closed loop without think time: throughput = clients / mean latency (Little's law)
            throughput: +(run.threads / m.score * 1000).toFixed(1),
            mean_ms: +m.score.toFixed(3),
            median_ms: +m.scorePercentiles['50.0'].toFixed(3),
            p99_ms: +m.scorePercentiles['99.0'].toFixed(3),
            samples,
        });
    }
}
if (!rows.length) throw new Error(`no JMH results in ${work}`);
rows.sort((a, b) => a.city.localeCompare(b.city) || a.query.localeCompare(b.query)
    || TARGETS.indexOf(a.target) - TARGETS.indexOf(b.target) || a.clients - b.clients);
const columns = ['city', 'query', 'target', 'clients', 'throughput', 'mean_ms', 'median_ms', 'p99_ms', 'samples'];
writeFileSync(join(results, 'api.csv'), [columns.join(','), ...rows.map(r => columns.map(c => r[c]).join(','))].join('\n') + '\n');

const find = (city, query, target, clients) => rows.find(r => r.city === city && r.query === query && r.target === target && r.clients === clients);
const ratio = (a, b) => (a && b ? a / b : NaN);
const fmt = v => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '–');
const cities = [...new Set(rows.map(r => r.city))];
const clientCounts = [...new Set(rows.map(r => r.clients))].sort((a, b) => a - b);
const queries = Object.keys(QUESTIONS).filter(q => rows.some(r => r.query === q));

const md = ['## GraphQL API against @neo4j/graphql and raw Cypher', ''];
md.push('Four questions, each asked three ways with equal answers (checked before timing, ordering normalised):',
    'our GraphQL API (**ours**), the Neo4j GraphQL Library 7.6.3 on graphql-yoga 5.24.1 (**peer**, `bench/peer/`,',
    'reading the app\'s own embedded Neo4j over Bolt), and one hand-written Cypher statement through the Neo4j Java',
    'driver 6.1.0 (**cypher**, the floor). The documents are in `bench/jmh/src/main/resources/questions/`.', '');
for (const [q, text] of Object.entries(QUESTIONS)) md.push(`- **${q}**: ${text}`);
md.push('', 'Closest honest equivalents where the two schemas differ: our filter has no \"collaborates with a college\"',
    'condition, so q3 counts the enterprises with a membership in a consortium on all three sides; the peer cannot',
    'follow every relationship type generically, so q4 follows COLLABORATES_WITH only (ours: `relationshipTypes:',
    '[COLLABORATES_WITH]`, peer: `collaboratesWith { collaboratesWith }`); the peer has one field per flow',
    'relationship type and target label where ours has `outgoingFlows`/`incomingFlows`. Answers are compared as',
    'sorted lines (q2 in page order), so extra fields one side returns do not count.');
md.push('', 'Load: one JMH 1.37 process for all three targets, *N* closed-loop clients (`-t N`) that send the next',
    'request as soon as the last one is answered: the GraphQL servers over HTTP/1.1 keep-alive, one blocking',
    'connection per client (`bench/jmh/.../SocketHttp.java`), Cypher through the driver. The clients run on the',
    'same cores as the servers, so they should cost little: the JDK\'s `java.net.http.HttpClient`, used before,',
    'hands every answer from one selector thread to a pool and spent more CPU per request than the Neo4j driver.',
    'Latency from JMH sample-time mode; throughput = clients / mean latency (Little\'s law, no think time).',
    'Load generator, app, peer and database share the same 2 cores, so the absolute figures move from run to',
    'run: compare the ratios, measured in the same run, rather than the absolute figures. The peer is one',
    'Node.js process (one core); the app serves HTTP on both cores and also hosts the database the peer reads.',
    'Before the timed points of a city, the load generator warms each target up until it is steady: its four',
    'questions round robin from 8 clients, in windows of 2 s, until 3 windows in a row have not beaten the best',
    'one by more than 5 % (at most 10 s a target in the quick run, 60 s in the full run; the windows are in',
    '`bench/work/api-<city>-load.log`); then JMH warms each point up on its own. A freshly started app is far',
    'from its steady state after a few rounds of requests (its JIT is still compiling the GraphQL engine), and',
    'the 1-client points are timed first.', '');
for (const city of cities) {
    const params = join(results, `api-${city}-parameters.txt`);
    md.push(`### ${CITY_NAMES[city] ?? city}`, '');
    if (existsSync(params)) md.push(`Parameters: ${readFileSync(params, 'utf8').trim().split('\n').map(l => '`' + l + '`').join(', ')}.`, '');
    md.push('| query | clients | ours req/s | peer req/s | cypher req/s | ours median / p99 ms | peer median / p99 ms | cypher median / p99 ms | ours/peer throughput | ours/cypher median |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const q of queries) {
        for (const c of clientCounts) {
            const [o, p, y] = TARGETS.map(t => find(city, q, t, c));
            if (!o) continue;
            const lat = r => (r ? `${fmt(r.median_ms)} / ${fmt(r.p99_ms)}` : '–');
            const tp = ratio(o?.throughput, p?.throughput), lr = ratio(o?.median_ms, y?.median_ms);
            md.push(`| ${q} | ${c} | ${fmt(o?.throughput)} | ${fmt(p?.throughput)} | ${fmt(y?.throughput)} | ${lat(o)} | ${lat(p)} | ${lat(y)} | ${fmt(tp)}× ${tp >= 1.5 ? '✅' : '❌'} | ${fmt(lr)}× ${lr <= 1.3 ? '✅' : '❌'} |`);
        }
    }
    md.push('');
    const svg = `bench-api-${city}.svg`;
    const top = clientCounts[clientCounts.length - 1];
    writeFileSync(join(images, svg), chart({
        title: `Throughput at ${top} clients, ${CITY_NAMES[city] ?? city}`, xLabel: 'query', yLabel: 'requests / s', kind: 'bar',
        series: TARGETS.map(t => ({ name: t, points: queries.map(q => [q, find(city, q, t, top)?.throughput ?? 0]) })),
    }));
    md.push(`![Throughput at ${top} clients on the ${CITY_NAMES[city] ?? city}](images/${svg})`, '');
}
md.push('### Headline ratios', '', 'Goals: ours/peer throughput ≥ 1.5× on every query; ours/cypher median latency ≤ 1.3×.', '',
    '| city | query | ours/peer throughput (1 / 8 / 32 clients) | ours/cypher median latency (1 / 8 / 32 clients) |', '|---|---|---|---|');
for (const city of cities) {
    for (const q of queries) {
        const tp = clientCounts.map(c => fmt(ratio(find(city, q, 'ours', c)?.throughput, find(city, q, 'peer', c)?.throughput)));
        const lr = clientCounts.map(c => fmt(ratio(find(city, q, 'ours', c)?.median_ms, find(city, q, 'cypher', c)?.median_ms)));
        md.push(`| ${CITY_NAMES[city] ?? city} | ${q} | ${tp.join(' / ')} | ${lr.join(' / ')} |`);
    }
}
md.push('', `Raw numbers: \`bench/results/api.csv\`. Rerun: \`bench/run.sh ${args.includes('--quick') ? '--quick ' : ''}api\` (or \`bench/suites/10-api.sh${args ? ' ' + args : ''}\` once the jar is built).`);
writeFileSync(join(results, 'api.md'), md.join('\n') + '\n');
