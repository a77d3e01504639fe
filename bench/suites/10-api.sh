#!/usr/bin/env bash
# GraphQL API: our API against the @neo4j/graphql peer (bench/peer/) on the same embedded Neo4j, and against the
# same questions as plain Cypher through the Java driver, at 1, 8 and 32 closed-loop clients driven by one JMH
# load generator (bench/jmh/). Checks that all three answer the same before timing.
#   bench/suites/10-api.sh [--quick]     (needs the app jar: bench/run.sh builds it)
# Quick: the demo city, short iterations. Full: the demo city and a generated 100,000-organization city.
source "$(dirname "$0")/../lib/common.sh"

APP_PORT=18100
BOLT_PORT=17100
PEER_PORT=18101
JMH_JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
CLIENTS=(1 8 32)
if [ "$BENCH_QUICK" = 1 ]; then
    CITIES=(demo)
    JMH_TIMES=(-wi 1 -w 500ms -i 1 -r 1500ms)
    # no fork per point: the 36 points share one load-generator JVM, which stays warm from one point to the next
    # (a forked client starts cold each time; 36 forks cost 4 of the quick run's minutes)
    JMH_FORKS=(-f 0)
    WARMUP_ROUNDS=2
    # the load generator's warm-up of each target until it is steady, at most this many seconds a target
    WARMUP_MAX=10
else
    CITIES=(demo 100000)
    JMH_TIMES=(-wi 1 -w 2s -i 1 -r 5s)
    JMH_FORKS=(-f 1)
    WARMUP_ROUNDS=100
    WARMUP_MAX=60
fi
# BENCH_API_CITIES="100000" (or "demo"): measure only these cities; the report keeps the last run of the others
if [ -n "${BENCH_API_CITIES:-}" ]; then
    read -r -a CITIES <<<"$BENCH_API_CITIES"
fi

peer_pid=""
stop_peer() {
    if [ -n "$peer_pid" ] && kill -0 "$peer_pid" 2>/dev/null; then
        kill "$peer_pid"
        wait "$peer_pid" 2>/dev/null || true
    fi
    peer_pid=""
}
trap 'stop_peer; bench_stop_all' EXIT

bench_jmh_build
bench_npm "$BENCH_DIR/peer"

# Starts the peer against the app's Bolt port and waits until it answers.
start_peer() {
    local data="$1" name="$2"
    NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" NEO4J_PASSWORD="$(bench_neo4j_password "$data")" PORT="$PEER_PORT" \
        node "$BENCH_DIR/peer/server.mjs" >"$BENCH_WORK/$name-peer.log" 2>&1 &
    peer_pid=$!
    local deadline=$((SECONDS + 120))
    until grep -q "peer ready" "$BENCH_WORK/$name-peer.log"; do
        kill -0 "$peer_pid" 2>/dev/null || die "the peer died on start, see $BENCH_WORK/$name-peer.log"
        [ $SECONDS -lt $deadline ] || die "the peer not ready after 2 minutes"
        sleep 1
    done
    log "peer ready (pid $peer_pid)"
}

# One city: start the app and the peer, check equal answers, run the load at each client count.
run_city() {
    local city="$1" data name="api-$1"
    if [ "$city" = demo ]; then data="$(bench_demo)"; else data="$(bench_city "$city")"; fi
    bench_start_app "$name" "$data" "$APP_PORT" "$BOLT_PORT"
    start_peer "$data" "$name"
    local config="$BENCH_WORK/$name.properties"
    {
        echo "ours.url=http://127.0.0.1:$APP_PORT/graphql"
        echo "peer.url=http://127.0.0.1:$PEER_PORT/graphql"
        echo "bolt.uri=bolt://127.0.0.1:$BOLT_PORT"
        echo "neo4j.password=$(bench_neo4j_password "$data")"
    } >"$config"
    log "checking that ours, the peer and Cypher answer the same on the $city city"
    # priming rounds before the check: on the 100,000-organization city a round of the slowest questions takes
    # seconds and 20 rounds fill the page cache as well as 100 did (JMH warms up each point on its own as well)
    local rounds="$WARMUP_ROUNDS"
    [ "$city" = demo ] || rounds=$((WARMUP_ROUNDS < 20 ? WARMUP_ROUNDS : 20))
    "$JAVA" -Dbench.config="$config" -cp "$JMH_JAR" com.consortiumexplorer.bench.AnswerCheck "$rounds" \
        | tee "$BENCH_WORK/$name-check.txt" >&2 || die "the answers differ, see above"
    grep -v '^#' "$config" | grep '^q' >"$BENCH_RESULTS/api-$city-parameters.txt"
    log "load on the $city city at $(IFS=,; echo "${CLIENTS[*]}") clients"
    "$JAVA" -Dbench.config="$config" -Dbench.warmup.max="$WARMUP_MAX" -cp "$JMH_JAR" com.consortiumexplorer.bench.ClientCounts \
        "$(IFS=,; echo "${CLIENTS[*]}")" "$BENCH_WORK/$name-t%d.json" "${JMH_FORKS[@]}" "${JMH_TIMES[@]}" \
        >"$BENCH_WORK/$name-load.log" 2>&1 || die "JMH failed, see $BENCH_WORK/$name-load.log"
    echo "$(bench_rss "$name")" >"$BENCH_WORK/$name-rss.txt"
    stop_peer
    bench_stop_app "$name"
}

for city in "${CITIES[@]}"; do
    rm -f "$BENCH_WORK/api-$city"-t*.json
    if [ "$city" = demo ]; then
        run_city "$city"
    else
        # a 100,000-organization city is heavy: one agent at a time on this machine
        exec 9>/tmp/bench-heavy.lock
        log "waiting for the heavy-benchmark lock"
        flock 9
        run_city "$city"
        flock -u 9
    fi
done

node "$BENCH_DIR/report/api.mjs" "$BENCH_WORK" "$BENCH_RESULTS" "$REPO_DIR/docs/images" "$*"
log "wrote bench/results/api.csv and bench/results/api.md"
