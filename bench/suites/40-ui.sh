#!/usr/bin/env bash
# UI: time to first render in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) of the
# start page and of a 1,000-node explorer neighbourhood in a generated city of 10,000 organizations, with a
# 30-node neighbourhood of the same city as the baseline of the same run. Several runs, medians and p99.
#   bench/suites/40-ui.sh [--quick]
# With UI_BASELINE_JAR=<another build's jar> it also measures that build on the same city right after, so
# that a change to the UI is compared before/after under the same load.
source "$(dirname "$0")/../lib/common.sh"

UI_DIR="$BENCH_DIR/ui"
HTTP_PORT="${UI_BENCH_PORT:-18410}"
BOLT_PORT="${UI_BENCH_BOLT_PORT:-17410}"
RUNS=$([ "$BENCH_QUICK" = 1 ] && echo 5 || echo 10)
# Before the counted runs, the server is warmed by requests of each page over plain HTTP (each request builds the
# page and its route's UI on the server, the neighbourhood included) and the browser by runs that are not counted: a
# freshly started server compiles its hot paths during its first page loads (on the city of 10,000 organizations,
# explorer loads took 1.4-1.8 s during the first dozen, 1.25-1.4 s after 30), and a returning browser has the
# scripts in its cache.
SERVER_WARMUP=30
WARMUP=2
[ -x /usr/bin/chromium ] || die "the UI suite needs Debian's chromium at /usr/bin/chromium"

bench_npm "$UI_DIR"
city="$(bench_city 10000)"
raw="$BENCH_RESULTS/ui-runs.csv"
rm -f "$raw"

# measure <label> <jar>: starts that build on the city, picks the centres, times the pages
measure() {
    local label="$1" jar="$2" url="http://127.0.0.1:$HTTP_PORT"
    BENCH_JAR="$jar" bench_start_app "ui-$label" "$city" "$HTTP_PORT" "$BOLT_PORT"
    local big small
    big="$(node "$UI_DIR/pick-focus.mjs" --url "$url/graphql" --depth 2 --nodes 1000)" || die "no 1,000-node neighbourhood"
    small="$(node "$UI_DIR/pick-focus.mjs" --url "$url/graphql" --depth 1 --nodes 30)" || die "no 30-node neighbourhood"
    log "UI ($label): explorer on $big (depth 2, 1,000 nodes) and $small (depth 1, 30 nodes); the server warmed by" \
        "$SERVER_WARMUP requests of each page, then $WARMUP warm-up runs and $RUNS runs each"
    local round page
    for round in $(seq 1 "$SERVER_WARMUP"); do
        for page in "/" "/explorer?focus=$big&depth=2&limit=1000" "/explorer?focus=$small&depth=1&limit=30"; do
            curl -fs -o /dev/null "$url$page" || die "warming the server: $url$page failed"
        done
    done
    node "$UI_DIR/ui-bench.mjs" --base "$url" --label "$label" --runs "$RUNS" --warmup "$WARMUP" --focus "$big" --depth 2 --limit 1000 \
        --screenshot "$BENCH_WORK/ui-$label-1000.png" >"$BENCH_WORK/ui-$label-big.csv"
    node "$UI_DIR/ui-bench.mjs" --base "$url" --label "$label" --runs "$RUNS" --warmup "$WARMUP" --focus "$small" --depth 1 --limit 30 \
        --skip-start >"$BENCH_WORK/ui-$label-small.csv"
    [ -s "$raw" ] || head -1 "$BENCH_WORK/ui-$label-big.csv" >"$raw"
    { tail -n +2 "$BENCH_WORK/ui-$label-big.csv"
      tail -n +2 "$BENCH_WORK/ui-$label-small.csv" | sed 's/,explorer,/,explorer-small,/'; } >>"$raw"
    bench_stop_app "ui-$label"
}

measure current "$BENCH_JAR"
if [ -n "${UI_BASELINE_JAR:-}" ]; then
    measure baseline "$UI_BASELINE_JAR"
fi
node "$UI_DIR/summarize.mjs" "$raw" "$BENCH_RESULTS/ui.csv" "$BENCH_RESULTS/ui.md" \
    "bench/suites/40-ui.sh$([ "$BENCH_QUICK" = 1 ] && echo ' --quick')" "$RUNS" "$WARMUP" "$SERVER_WARMUP"
log "UI results in bench/results/ui.md"
