#!/usr/bin/env bash
# Load: 64 concurrent GraphQL clients mixing reads (80 %) and writes (20 %, with an EDITOR API token) against
# the embedded app on the demo city; latency per operation kind, errors, throughput, resident memory at rest and
# under load, then a consistency check (every acknowledged write read back; counts = before + writes).
#   bench/suites/50-load.sh [--quick]      (60 s of load; 20 s in quick mode)
source "$(dirname "$0")/../lib/common.sh"

HTTP_PORT="${LOAD_HTTP_PORT:-18500}"
BOLT_PORT="${LOAD_BOLT_PORT:-17500}"
CLIENTS="${LOAD_CLIENTS:-64}"
SECONDS_OF_LOAD=$([ "$BENCH_QUICK" = 1 ] && echo 20 || echo 60)
URL="http://127.0.0.1:$HTTP_PORT/graphql"
work="$BENCH_WORK/load"

# A fresh copy of the demo city every run: the writes must not leak into the folder other suites read. A copy of
# the API suite's demo folder when it is there and no app has it open (loading the demo again costs a new store
# and its migrations); otherwise the demo loaded into an empty folder.
rm -rf "$work" && mkdir -p "$work"
demo="$(bench_demo)"
if [ -f "$demo/neo4j-password" ] && ! grep -qas -- "data-dir=$demo" /proc/[0-9]*/cmdline; then
    cp -a "$demo" "$work/data"
fi
BENCH_FRESH_DEMO=1 bench_start_app load "$work/data" "$HTTP_PORT" "$BOLT_PORT"

counts() {
    "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$(bench_java_cp)" GraphCounts \
        "bolt://127.0.0.1:$BOLT_PORT" "$(bench_neo4j_password "$work/data")"
}

token=$(curl -fsS -u "admin:$BENCH_PASSWORD" -H 'content-type: application/json' "$URL" -d '{"query":
    "mutation { issueApiToken(input: {name: \"load-benchmark\", role: EDITOR, validDays: 1}) { secret userErrors { message } } }"}' |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s).data.issueApiToken.secret;if(!t)process.exit(1);console.log(t)})') ||
    die "cannot issue an EDITOR token"

# Warm-up: every read kind a few times, one client, so the first timed requests do not pay for class loading.
node "$BENCH_DIR/load/load.mjs" --url "$URL" --token "$token" --clients 4 --seconds 5 --write-share 0 \
    --out "$work/warmup.json" >/dev/null || die "warm-up failed"
sleep 3
rss_rest=$(bench_rss load)
before=$(counts)
log "at rest: RSS $rss_rest MB; nodes,relationships,audit = $before"

echo "second,rss_mb" >"$work/rss.csv"
(
    for s in $(seq 1 $((SECONDS_OF_LOAD + 5))); do
        sleep 1
        echo "$s,$(bench_rss load 2>/dev/null || echo)" >>"$work/rss.csv"
    done
) &
sampler=$!
log "load: $CLIENTS clients for $SECONDS_OF_LOAD s"
node "$BENCH_DIR/load/load.mjs" --url "$URL" --token "$token" --clients "$CLIENTS" --seconds "$SECONDS_OF_LOAD" \
    --write-share 0.2 --seed 7 --out "$work/load.json" >/dev/null || die "load run failed"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
after=$(counts)
sleep 5
rss_after=$(bench_rss load)
log "after: RSS $rss_after MB; nodes,relationships,audit = $after"

node "$BENCH_DIR/load/report.mjs" --load "$work/load.json" --rss "$work/rss.csv" --before "$before" \
    --after "$after" --rss-rest "$rss_rest" --rss-after "$rss_after" --quick "$BENCH_QUICK" \
    --results "$BENCH_RESULTS" --images "$REPO_DIR/docs/images" || die "the load run failed its checks"
bench_stop_app load
