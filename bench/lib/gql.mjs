// GraphQL-over-HTTP client pieces shared by the suites (Node 20+, no dependencies).
//   node bench/lib/gql.mjs latency --url http://127.0.0.1:8080/graphql --query-file q.graphql
//       [--variables '{"id":"…"}'] [--warmup 5] [--runs 30] [--token T]
// prints {"n":…,"median_ms":…,"p99_ms":…,"min_ms":…,"max_ms":…,"mean_ms":…} after checking every answer has no errors.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Posts one GraphQL request; returns the parsed body and throws on HTTP or GraphQL errors. */
export async function post(url, query, variables = {}, token) {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body;
}

/** The p-th percentile (0..100) of numbers, nearest-rank. */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(samples) {
    const round = v => Math.round(v * 100) / 100;
    return {
        n: samples.length,
        median_ms: round(percentile(samples, 50)),
        p99_ms: round(percentile(samples, 99)),
        min_ms: round(Math.min(...samples)),
        max_ms: round(Math.max(...samples)),
        mean_ms: round(samples.reduce((a, b) => a + b, 0) / samples.length),
    };
}

/** Sequential latency of one request: warm-up runs, then timed runs. */
export async function latency(url, query, variables, { warmup = 5, runs = 30, token } = {}) {
    for (let i = 0; i < warmup; i++) await post(url, query, variables, token);
    const samples = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await post(url, query, variables, token);
        samples.push(performance.now() - start);
    }
    return summarize(samples);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [command, ...rest] = process.argv.slice(2);
    const a = {};
    for (let i = 0; i < rest.length; i += 2) a[rest[i].replace(/^--/, '')] = rest[i + 1];
    if (command !== 'latency' || !a.url || !a['query-file']) {
        console.error('usage: gql.mjs latency --url URL --query-file FILE [--variables JSON] [--warmup N] [--runs N] [--token T]');
        process.exit(2);
    }
    const result = await latency(a.url, readFileSync(a['query-file'], 'utf8'), JSON.parse(a.variables ?? '{}'),
        { warmup: +(a.warmup ?? 5), runs: +(a.runs ?? 30), token: a.token });
    console.log(JSON.stringify(result));
}
