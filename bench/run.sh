#!/usr/bin/env bash
# The benchmark harness: builds the app, generates the cities, runs every suite under bench/suites/ in order
# and writes docs/benchmarks.md.  Usage: bench/run.sh [--quick] [suite-name ...]
source "$(dirname "$0")/lib/common.sh"

suites=()
for arg in "$@"; do
    [ "$arg" != "--quick" ] && suites+=("$arg")
done

selected() { [ ${#suites[@]} -eq 0 ] || [[ " ${suites[*]} " =~ " $1 " ]]; }

# Everything the selected suites need that is not itself measured, made before the first measurement in two
# queues, one per core. One records the start-up cache and then generates the other cities through it; the other
# builds the load generators, installs the npm packages, compiles the bench/java programs, makes the gap evaluation
# of a full run (a quality figure) and generates the largest city under 100,000 organizations from the plain jar,
# which it reaches before the cache is recorded. Each suite still makes what it misses when it runs on its own.
prepare() {
    local cities=()
    if selected analytics; then
        read -r -a cities <<<"${ANALYTICS_SIZES:-$([ "$BENCH_QUICK" = 1 ] && echo 1000 10000 || echo 1000 10000 100000)}"
    fi
    if selected ui; then cities+=(10000); fi
    if selected api && [ "$BENCH_QUICK" != 1 ]; then cities+=(100000); fi
    local sizes plain
    sizes="$(printf '%s\n' "${cities[@]}" | sort -nru)"
    plain="$(awk '$1 < 100000' <<<"$sizes" | head -1)"
    log "preparing: start-up cache, load generators, programs,$([ "$ANALYTICS_EVALUATION" = 1 ] && echo ' gap evaluation,') cities ${cities[*]:-(none)}"
    bench_lib_cp >/dev/null
    (
        bench_app_prepare
        local size
        for size in $sizes; do
            if [ "$size" = "$plain" ]; then
                continue
            elif [ "$size" -ge 100000 ]; then
                # one agent at a time on the 100,000-organization city (machine-wide lock)
                (flock 9 && bench_city "$size" >/dev/null) 9>/tmp/bench-heavy.lock
            else
                bench_city "$size" >/dev/null
            fi
        done
    ) &
    local cached=$!
    (
        if selected api; then bench_jmh_build && bench_npm "$BENCH_DIR/peer"; fi
        if selected ui; then bench_npm "$BENCH_DIR/ui"; fi
        bench_java_cp >/dev/null
        if selected analytics && [ "$ANALYTICS_EVALUATION" = 1 ]; then bench_gap_evaluation; fi
        if [ -n "$plain" ]; then BENCH_AOT=0 bench_city "$plain" >/dev/null; fi
    ) &
    local other=$!
    wait "$cached" || die "preparing the start-up cache or generating a city with it failed"
    wait "$other" || die "preparing the load generators, programs, gap evaluation or the city from the plain jar failed"
}

started=$(date +%s)
bench_build
prepare
log "prepared in $(( $(date +%s) - started )) s"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "mode: $([ "$BENCH_QUICK" = 1 ] && echo quick || echo full)"
    echo "command: bench/run.sh $*"
    echo "commit: $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "cpu: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "java: $("$JAVA" -version 2>&1 | head -1)"
    echo "node: $(node --version)"
} >"$BENCH_RESULTS/machine.txt"

for suite in "$BENCH_DIR"/suites/*.sh; do
    name="$(basename "$suite" .sh)"
    selected "${name#*-}" || continue
    log "suite $name"
    suite_start=$(date +%s)
    bash "$suite" || die "suite $name failed"
    log "suite $name done in $(( $(date +%s) - suite_start )) s"
done

node "$BENCH_DIR/report/report.mjs" "$BENCH_RESULTS" "$REPO_DIR/docs/benchmarks.md"
log "report written to docs/benchmarks.md in $(( $(date +%s) - started )) s"
