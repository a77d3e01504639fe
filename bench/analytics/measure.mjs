// Latency of every analytics query over GraphQL on one running app (one city size), sequential, after warm-up.
//   node bench/analytics/measure.mjs --url http://127.0.0.1:18200/graphql --size 1000 --out rows.csv
//       [--runs 15] [--heavy-runs 3] [--heavy-budget 30000] [--exact-betweenness true]
// Appends CSV rows "size,query,n,median_ms,p99_ms,min_ms,max_ms,status,first_ms" to --out. The organizations and
// the consortium are picked deterministically (first by id of each kind), so every size asks the same questions.
// A whole-city query's first call is timed on its own (first_ms: it may read a city-wide cache, see
// docs/analytics.md) and stands for the warm-up; the timed runs that follow are the warm calls. A whole-city query
// whose first call takes longer than --heavy-budget ms (default 30,000) gets no further runs.
// A query that fails (for example by hitting the API's time limit) is recorded with its error, not dropped.
import { appendFileSync } from 'node:fs';
import { post, summarize } from '../lib/gql.mjs';

const a = {};
for (let i = 2; i < process.argv.length; i += 2) a[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const url = a.url, size = a.size, out = a.out;
const runs = +(a.runs ?? 15), heavyRuns = +(a['heavy-runs'] ?? 3), heavyBudget = +(a['heavy-budget'] ?? 30000);
if (!url || !size || !out) {
    console.error('usage: measure.mjs --url URL --size N --out FILE [--runs N] [--heavy-runs N] [--heavy-budget MS] [--exact-betweenness true]');
    process.exit(2);
}

// The organizations whose collaboration gaps are measured: --gap-organizations of them (default 6), spread over
// the range of collaboration degrees. A sample of up to 100 organizations of each kind a gap search is asked for
// most (colleges, enterprises, research institutes; first by id) is sorted by number of collaborations and cut
// into equal strata, and one organization of each stratum is drawn with a seeded generator (seed 42), so every
// run asks the same questions, from isolated organizations to hubs.
const gapOrganizations = +(a['gap-organizations'] ?? 6);
const sampleOf = async type => (await post(url, `query($t: [OrganizationType!]) {
    organizations(filter: {types: $t}, first: 100) { edges { node { id collaborations { since } } } } }`, { t: [type] }))
    .data.organizations.edges.map(e => ({ id: e.node.id, degree: e.node.collaborations.length }));
const sample = [
    ...(await sampleOf('COLLEGE')), ...(await sampleOf('ENTERPRISE')), ...(await sampleOf('RESEARCH_INSTITUTE')),
].sort((x, y) => x.degree - y.degree || (x.id < y.id ? -1 : 1));
let seed = 42;
const random = () => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const strata = Math.min(gapOrganizations, sample.length);
const picked = Array.from({ length: strata }, (_, i) => {
    const lo = Math.floor((i * sample.length) / strata), hi = Math.floor(((i + 1) * sample.length) / strata);
    return sample[lo + Math.floor(random() * (hi - lo))];
});
const organizations = picked.map(o => o.id);
const consortium = (await post(url, '{ consortia(first: 1) { edges { node { id } } } }')).data.consortia.edges[0].node.id;

const GAPS = `query($id: ID!) { collaborationGaps(organizationId: $id, first: 10) {
    organization { id } score reasons { kind weight evidence } } }`;
const CONSORTIUM_GAPS = `query($c: ID!) { consortiumGaps(consortiumId: $c, first: 10) { first { id } second { id } score } }`;
const FLOWS = `query($g: FlowGrouping) { resourceFlows(groupBy: $g) {
    nodes { id } links { source target kind value } totals { kind year value } topFlows { kind value } } }`;
const TALENT = '{ talentBalance { year majors { code intake graduates demand gap colleges enterprises } } }';
const CHAIN = '{ chainAlignment { year industries { code demand supply flag enterprises colleges researchInstitutes } } }';
const HEALTH = `query($c: ID!) { consortiumHealth(consortiumId: $c, year: 2024) {
    members ties density isolatedShare crossTypeShare flows { kind year value } membershipChanges { year joins exits } } }`;
const CENTRALITY = `query($m: CentralityMeasure!, $x: Boolean) {
    centrality(measure: $m, first: 20, approximate: $x) { organization { id } score } }`;
const COMMUNITIES = '{ communities { id members { id } dominantIndustries } }';
const BROKERS = '{ brokers(first: 20) { organization { id } brokeredPairs } }';

// [name, query, variables per run (list, cycled), light?]
const plan = [
    ['collaborationGaps', GAPS, organizations.map(id => ({ id })), true],
    ['consortiumGaps', CONSORTIUM_GAPS, [{ c: consortium }], true],
    ['consortiumHealth', HEALTH, [{ c: consortium }], true],
    ['resourceFlows by type', FLOWS, [{ g: 'TYPE' }], false],
    ['resourceFlows by organization', FLOWS, [{ g: 'ORGANIZATION' }], false],
    ['talentBalance', TALENT, [{}], false],
    ['chainAlignment', CHAIN, [{}], false],
    ['centrality DEGREE', CENTRALITY, [{ m: 'DEGREE' }], false],
    ['centrality PAGERANK', CENTRALITY, [{ m: 'PAGERANK' }], false],
    ['centrality BETWEENNESS approximate', CENTRALITY, [{ m: 'BETWEENNESS', x: true }], false],
    ['communities', COMMUNITIES, [{}], false],
    ['brokers', BROKERS, [{}], false],
];
if (a['exact-betweenness'] === 'true') plan.push(['centrality BETWEENNESS exact', CENTRALITY, [{ m: 'BETWEENNESS', x: false }], false]);

console.error(`size ${size}: organizations ${picked.map(o => `${o.id} (${o.degree})`).join(' ')}, consortium ${consortium}`);
for (const [name, query, variables, light] of plan) {
    let n = light ? runs : heavyRuns;
    const samples = [];
    let status = 'ok', first = '';
    try {
        if (light) {
            for (const v of variables) await post(url, query, v);
        } else {
            const start = performance.now();
            for (const v of variables) await post(url, query, v);
            first = Math.round((performance.now() - start) * 100) / 100;
            if (first > heavyBudget) n = 0;
        }
        for (let i = 0; i < n; i++) {
            const v = variables[i % variables.length];
            const start = performance.now();
            await post(url, query, v);
            samples.push(performance.now() - start);
        }
    } catch (e) {
        const message = String(e.message);
        status = (message.match(/"message":"([^"]*)"/)?.[1] ?? message).replace(/[\s,"]+/g, ' ').slice(0, 120);
    }
    const s = samples.length ? summarize(samples) : { n: 0, median_ms: '', p99_ms: '', min_ms: '', max_ms: '' };
    appendFileSync(out, `${size},${name},${s.n},${s.median_ms},${s.p99_ms},${s.min_ms},${s.max_ms},${status},${first}\n`);
    console.error(`  ${name}: first ${first || '-'} ms, median ${s.median_ms} ms, p99 ${s.p99_ms} ms (${s.n} runs) ${status}`);
}
