// A/B probe of the flow table's first call: run against an app just started on a city, it times the first
// resourceFlows call (it reads the flow table), 3 warm calls, 10 consortiumHealth calls (a yardstick whose code
// the compared builds share) and the collaboration gaps of the first 7 colleges, enterprises and research
// institutes (one warm-up round, then one timed call each). Prints one JSON line.
//   node bench/analytics/first-call-probe.mjs http://127.0.0.1:18290/graphql <label>
// Used for the session-6 A/B in docs/analytics.md: each build started twice, alternately, with bench_start_app on
// bench/work/city-100000-42 (--explorer.embedded.page-cache=1024 --explorer.analytics.timeout=120s).
import { post, summarize } from '../lib/gql.mjs';

const [url, label] = process.argv.slice(2);
const t = async (q, v) => { const s = performance.now(); await post(url, q, v); return performance.now() - s; };
const FLOWS = `query($g: FlowGrouping) { resourceFlows(groupBy: $g) { totals { kind year value } topFlows { kind value } } }`;
const first = await t(FLOWS, { g: 'TYPE' });
const warm = []; for (let i = 0; i < 3; i++) warm.push(await t(FLOWS, { g: 'TYPE' }));
const cons = (await post(url, `{ consortia(first: 1) { edges { node { id } } } }`)).data.consortia.edges[0].node.id;
const H = `query($c: ID!) { consortiumHealth(consortiumId: $c, year: 2024) { density } }`;
await t(H, { c: cons });
const health = []; for (let i = 0; i < 10; i++) health.push(await t(H, { c: cons }));
const ids = [];
for (const type of ['COLLEGE', 'ENTERPRISE', 'RESEARCH_INSTITUTE'])
  ids.push(...(await post(url, `query($t: [OrganizationType!]) { organizations(filter: {types: $t}, first: 7) { edges { node { id } } } }`, { t: [type] })).data.organizations.edges.map(e => e.node.id));
const G = `query($id: ID!) { collaborationGaps(organizationId: $id, first: 10) { score } }`;
for (const id of ids) await t(G, { id });
const gaps = []; for (const id of ids) gaps.push(await t(G, { id }));
console.log(JSON.stringify({ label, flowsFirst: Math.round(first), flowsWarm: summarize(warm).median_ms, health: summarize(health).median_ms, gaps: summarize(gaps) }));
