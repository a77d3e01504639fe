// Mixed read/write GraphQL load (Node 20+, no dependencies): N concurrent clients, each sending requests back
// to back for a fixed time; a share of them are mutations made with an EDITOR API token. Afterwards every write
// the server acknowledged is queried back.
//   node bench/load/load.mjs --url http://127.0.0.1:18500/graphql --token T --clients 64 --seconds 60
//       [--write-share 0.2] [--seed 1] [--out results.json]
// Prints (and writes to --out) a JSON object: per operation kind the requests, errors, latency median/p99,
// the acknowledged writes and the read-back check.
import { writeFileSync } from 'node:fs';
import { percentile } from '../lib/gql.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const url = args.url;
const token = args.token;
const clients = +(args.clients ?? 64);
const seconds = +(args.seconds ?? 60);
const writeShare = +(args['write-share'] ?? 0.2);
const runId = args['run-id'] ?? `load-${Date.now().toString(36)}`;
if (!url || !token) {
    console.error('usage: load.mjs --url URL --token EDITOR_TOKEN [--clients N] [--seconds S] [--write-share F] [--seed N] [--out F]');
    process.exit(2);
}

// A small seeded generator, so a run's mix of operations can be repeated.
let state = (+(args.seed ?? 1) >>> 0) || 1;
const random = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
};
const pick = list => list[Math.floor(random() * list.length)];

/** One request; returns {ok, body, error}. Counts HTTP errors, GraphQL errors and user errors as failures. */
async function send(query, variables) {
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                accept: 'application/graphql-response+json, application/json',
                authorization: `Bearer ${token}`,
            },
            body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        if (!response.ok) return { ok: false, error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
        const body = JSON.parse(text);
        if (body.errors?.length) return { ok: false, error: `GraphQL: ${JSON.stringify(body.errors).slice(0, 200)}` };
        const payload = body.data && Object.values(body.data)[0];
        if (payload?.userErrors?.length) return { ok: false, error: `userErrors: ${JSON.stringify(payload.userErrors).slice(0, 200)}` };
        return { ok: true, body };
    } catch (e) {
        return { ok: false, error: String(e) };
    }
}

// The demo city's ids the reads and writes use.
// Retried, because the first requests to a freshly started app on a busy machine can pass the time limit.
let seed;
for (let attempt = 1; attempt <= 10; attempt++) {
    seed = await send(`{
      governments: organizations(filter: {types: [GOVERNMENT]}, first: 50) { edges { node { id } } }
      all: organizations(first: 500) { edges { node { id type } } totalCount }
    }`);
    if (seed.ok) break;
    console.error(`reading the demo city, attempt ${attempt}: ${seed.error}`);
    await new Promise(resolve => setTimeout(resolve, 3000));
}
if (!seed.ok) throw new Error(`cannot read the demo city: ${seed.error}`);
const governments = seed.body.data.governments.edges.map(e => e.node.id);
const organizations = seed.body.data.all.edges.map(e => e.node.id);
const searchWords = ['宜宾', 'battery', '职业', 'college', '新能源', 'lithium', '智能', 'digital'];
const types = ['ENTERPRISE', 'COLLEGE', 'GOVERNMENT', 'RESEARCH_INSTITUTE'];

const READS = {
    organization: () => [`query($id: ID!) { organization(id: $id) { id name nameEn type
        memberships { role since until consortium { id name } }
        collaborations { kind since partner { id name } }
        outgoingFlows { kind year target { id } } incomingFlows { kind year source { id name } } } }`,
        { id: pick(organizations) }],
    organizationsPage: () => [`query($t: [OrganizationType!]) { organizations(filter: {types: $t}, first: 100) {
        totalCount edges { cursor node { id name type city founded } } pageInfo { hasNextPage endCursor } } }`,
        { t: [pick(types)] }],
    search: () => [`query($text: String!) { search(text: $text, first: 10) { score entity { id name type } } }`,
        { text: pick(searchWords) }],
    neighborhood: () => [`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 300) {
        centerId truncated nodes { id name type degree } edges { source target type } } }`,
        { id: pick(organizations) }],
    resourceFlows: () => [`{ resourceFlows(groupBy: ORGANIZATION) { totals { kind year value } } }`, {}],
};

const ADD_ORGANIZATION = `mutation($input: AddOrganizationInput!) { addOrganization(input: $input) {
    organization { id version } userErrors { field message code } } }`;
const ADD_COLLABORATION = `mutation($input: AddCollaborationInput!) { addCollaboration(input: $input) {
    organization { id } userErrors { field message code } } }`;
const RECORD_FLOW = `mutation($input: RecordFlowInput!) { recordFlow(input: $input) {
    flow { kind year } userErrors { field message code } } }`;

/** What the server acknowledged, to be queried back after the run. */
const acknowledged = { addOrganization: [], addCollaboration: [], recordFlow: [] };
const stats = {};
const failures = [];
const record = (kind, ms, result) => {
    const s = (stats[kind] ??= { samples: [], errors: 0 });
    s.samples.push(ms);
    if (!result.ok) {
        s.errors++;
        if (failures.length < 20) failures.push(`${kind}: ${result.error}`);
    }
};

async function client(number, deadline) {
    // Organizations this client created that have no tie or no funding yet, so every write adds exactly one
    // node or one relationship and a write is never a duplicate of another.
    const withoutTie = [];
    const withoutFunding = [];
    let created = 0;
    while (performance.now() < deadline) {
        let kind, query, variables, onSuccess;
        if (random() < writeShare) {
            const roll = random();
            if (roll < 0.3 && withoutTie.length) {
                const id = withoutTie.shift();
                kind = 'addCollaboration';
                query = ADD_COLLABORATION;
                const partner = pick(organizations);
                const tie = { organizationId: id, partnerId: partner, kind: 'JOINT_TRAINING', since: 2024 };
                variables = { input: tie };
                onSuccess = () => acknowledged.addCollaboration.push(tie);
            } else if (roll < 0.6 && withoutFunding.length) {
                const id = withoutFunding.shift();
                kind = 'recordFlow';
                query = RECORD_FLOW;
                const flow = { kind: 'FUNDING', sourceId: pick(governments), targetId: id, year: 2025,
                    amount: 1000 + Math.floor(random() * 1e6), channel: 'GRANT' };
                variables = { input: flow };
                onSuccess = () => acknowledged.recordFlow.push(flow);
            } else {
                const id = `${runId}-c${number}-${created++}`;
                kind = 'addOrganization';
                query = ADD_ORGANIZATION;
                variables = { input: { id, type: 'ENTERPRISE', name: `压测企业 ${id}`, nameEn: `Load test ${id}`,
                    city: '宜宾市', regionCode: '511500', founded: 2020, size: 'SMALL' } };
                onSuccess = () => {
                    acknowledged.addOrganization.push(id);
                    withoutTie.push(id);
                    withoutFunding.push(id);
                };
            }
        } else {
            kind = pick(Object.keys(READS));
            [query, variables] = READS[kind]();
        }
        const start = performance.now();
        const result = await send(query, variables);
        record(kind, performance.now() - start, result);
        if (result.ok && onSuccess) onSuccess();
    }
}

const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(Array.from({ length: clients }, (_, i) => client(i, deadline)));
const elapsed = (performance.now() - started) / 1000;

// Read back every acknowledged write, 50 at a time with aliases.
async function readBack(items, field, check) {
    let missing = 0;
    for (let i = 0; i < items.length; i += 50) {
        const batch = items.slice(i, i + 50);
        const query = `query { ${batch.map((item, j) => `o${j}: organization(id: ${JSON.stringify(item.id)}) { ${field} }`).join(' ')} }`;
        const result = await send(query, {});
        if (!result.ok) throw new Error(`read-back failed: ${result.error}`);
        batch.forEach((item, j) => { if (!check(item, result.body.data[`o${j}`])) missing++; });
    }
    return missing;
}
const missing = {
    addOrganization: await readBack(acknowledged.addOrganization.map(id => ({ id })), 'id', (item, o) => o?.id === item.id),
    addCollaboration: await readBack(acknowledged.addCollaboration.map(t => ({ ...t, id: t.organizationId })),
        'collaborations { kind since partner { id } }',
        (t, o) => o?.collaborations.some(c => c.partner.id === t.partnerId && c.kind === t.kind && c.since === t.since)),
    recordFlow: await readBack(acknowledged.recordFlow.map(f => ({ ...f, id: f.targetId })),
        'incomingFlows { kind year source { id } ... on FundingFlow { amount channel } }',
        (f, o) => o?.incomingFlows.some(x => x.kind === 'FUNDING' && x.source.id === f.sourceId && x.year === f.year
            && x.amount === f.amount && x.channel === f.channel)),
};

const round = v => Math.round(v * 100) / 100;
const kinds = Object.entries(stats).map(([kind, s]) => ({
    kind,
    write: kind in acknowledged,
    requests: s.samples.length,
    errors: s.errors,
    median_ms: round(percentile(s.samples, 50)),
    p99_ms: round(percentile(s.samples, 99)),
    mean_ms: round(s.samples.reduce((a, b) => a + b, 0) / s.samples.length),
})).sort((a, b) => a.write - b.write || a.kind.localeCompare(b.kind));
const all = Object.values(stats).flatMap(s => s.samples);
const result = {
    clients, seconds: round(elapsed), writeShare, runId,
    requests: all.length,
    errors: kinds.reduce((a, k) => a + k.errors, 0),
    throughput_rps: round(all.length / elapsed),
    median_ms: round(percentile(all, 50)),
    p99_ms: round(percentile(all, 99)),
    kinds,
    acknowledged: Object.fromEntries(Object.entries(acknowledged).map(([k, v]) => [k, v.length])),
    missing,
    failures,
};
const json = JSON.stringify(result, null, 2);
if (args.out) writeFileSync(args.out, json);
console.log(json);
