#!/usr/bin/env bash
# The benchmark harness: builds the app, generates the cities, runs every suite under bench/suites/ in order
# and writes docs/benchmarks.md.  Usage: bench/run.sh [--quick] [suite-name ...]
source "$(dirname "$0")/lib/common.sh"

suites=()
for arg in "$@"; do
    [ "$arg" != "--quick" ] && suites+=("$arg")
done

started=$(date +%s)
bench_build
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
    if [ ${#suites[@]} -gt 0 ] && [[ ! " ${suites[*]} " =~ " ${name#*-} " ]]; then
        continue
    fi
    log "suite $name"
    suite_start=$(date +%s)
    bash "$suite" || die "suite $name failed"
    log "suite $name done in $(( $(date +%s) - suite_start )) s"
done

node "$BENCH_DIR/report/report.mjs" "$BENCH_RESULTS" "$REPO_DIR/docs/benchmarks.md"
log "report written to docs/benchmarks.md in $(( $(date +%s) - started )) s"
