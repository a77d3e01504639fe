# Shared shell functions of the benchmark harness; sourced by bench/run.sh and by every suite.
# A suite can also run on its own once the jar is built:  bench/suites/20-analytics.sh [--quick]
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-$BENCH_DIR/work}"
BENCH_RESULTS="${BENCH_RESULTS:-$BENCH_DIR/results}"
BENCH_QUICK="${BENCH_QUICK:-0}"
BENCH_PASSWORD="${BENCH_PASSWORD:-bench-admin-password}"
mkdir -p "$BENCH_WORK" "$BENCH_RESULTS"

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# JVM flags of every start of the app jar (the jar's manifest says the same; the AOT training start needs them too)
BENCH_APP_JVM_FLAGS="--enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
BENCH_JAR="${BENCH_JAR:-$REPO_DIR/target/consortium-explorer-0.1.0-SNAPSHOT.jar}"

for arg in "$@"; do
    [ "$arg" = "--quick" ] && BENCH_QUICK=1
done
# The gap finder's held-out-ties evaluation is a quality figure, not a timing: a full run makes it, a quick run
# leaves it out (ANALYTICS_EVALUATION=1 asks for it) and the report keeps the last one made.
ANALYTICS_EVALUATION="${ANALYTICS_EVALUATION:-$([ "$BENCH_QUICK" = 1 ] && echo 0 || echo 1)}"
export BENCH_WORK BENCH_RESULTS BENCH_QUICK BENCH_PASSWORD BENCH_JAR JAVA JAVA_HOME ANALYTICS_EVALUATION

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Builds the application jar unless it exists and BENCH_REBUILD is not 1.
bench_build() {
    if [ "${BENCH_REBUILD:-1}" = 1 ] || [ ! -f "$BENCH_JAR" ]; then
        log "building the application jar"
        (cd "$REPO_DIR" && ./mvnw -B -q -DskipTests package) || die "build failed"
    fi
    [ -f "$BENCH_JAR" ] || die "no jar at $BENCH_JAR"
}

# The jar's own libraries, for single-file Java programs (java -cp "$(bench_lib_cp)" bench/java/X.java).
bench_lib_cp() {
    local lib="$BENCH_WORK/lib"
    if [ ! -f "$lib/.done" ] || [ "$lib/.done" -ot "$BENCH_JAR" ]; then
        rm -rf "$lib" && mkdir -p "$lib"
        (cd "$lib" && "$JAVA_HOME/bin/jar" xf "$BENCH_JAR" BOOT-INF/lib && mv BOOT-INF/lib/* . && rm -rf BOOT-INF)
        touch "$lib/.done"
    fi
    echo "$lib/*"
}

# A short key of the jar under test (path, size, time), for what is made once per build.
bench_jar_key() { stat -c '%n %s %Y' "$BENCH_JAR" | sha1sum | cut -c1-12; }

# Compiles the programs of bench/java/ against the jar's libraries once per jar (instead of a source launch, which
# compiles on every run); prints the class path that runs them: "$JAVA" -cp "$(bench_java_cp)" GraphCounts …
bench_java_cp() {
    local lib classes="$BENCH_WORK/classes"
    lib="$(bench_lib_cp)"
    if [ ! -f "$classes/.done" ] || [ "$classes/.done" -ot "$BENCH_JAR" ] \
        || [ -n "$(find "$BENCH_DIR/java" -newer "$classes/.done" | head -1)" ]; then
        rm -rf "$classes" && mkdir -p "$classes"
        "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$classes" -cp "$lib" "$BENCH_DIR"/java/*.java \
            >"$BENCH_WORK/javac.log" 2>&1 || die "cannot compile bench/java, see $BENCH_WORK/javac.log"
        touch "$classes/.done"
    fi
    echo "$classes:$lib"
}

# Builds the JMH load generator (bench/jmh) unless its jar is newer than its sources.
bench_jmh_build() {
    local jar="$BENCH_DIR/jmh/target/benchmarks.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$BENCH_DIR/jmh/src" "$BENCH_DIR/jmh/pom.xml" -newer "$jar" | head -1)" ]; then
        log "building the JMH clients (bench/jmh)"
        (cd "$REPO_DIR" && ./mvnw -B -q -f bench/jmh/pom.xml package) || die "JMH build failed"
    fi
}

# The gap finder's held-out-ties evaluation (a quality figure, not a timing): it runs from the test class path
# (bench_build compiles the tests), each city in its own throw-away embedded Neo4j: the demo city and a generated
# one of 1,000 organizations. Once per build: a later call for the same jar only reports that it is done.
bench_gap_evaluation() {
    local done="$BENCH_WORK/gap-evaluation.done" key
    key="$(bench_jar_key) $BENCH_RESULTS"
    if [ -f "$done" ] && [ "$(cat "$done")" = "$key" ] && [ -f "$BENCH_RESULTS/analytics-gaps.csv" ]; then
        log "gap finder evaluation: done for this build"
        return 0
    fi
    log "gap finder evaluation"
    rm -f "$done"
    "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g \
        -cp "$REPO_DIR/target/test-classes:$REPO_DIR/target/classes:$(bench_lib_cp)" \
        com.consortiumexplorer.bench.GapEvaluationCommand --demo --generate=1000 --work="$BENCH_WORK/gap-evaluation" \
        --out="$BENCH_WORK/gap-evaluation.md" --csv="$BENCH_RESULTS/analytics-gaps.csv" \
        >"$BENCH_WORK/gap-evaluation.log" 2>&1 || die "gap evaluation failed, see $BENCH_WORK/gap-evaluation.log"
    echo "$key" >"$done"
    log "gap finder evaluation done"
}

# Makes the start-up cache of the jar $BENCH_JAR once: the jar extracted (Spring Boot's `jarmode=tools extract`)
# and a JDK AOT cache recorded by one training start (JEP 514: classes loaded and linked, method profiles), which
# starts the app and every command in about a third of the time of the fat jar. Kept under $BENCH_WORK/aot, one
# per jar (path, size and time); needs JDK 25 or newer, BENCH_AOT=0 turns it off. Measured figures are unchanged
# in kind: start-up is not part of any figure except the ingest commands' wall time, which says so.
bench_app_prepare() {
    BENCH_APP_JAR="$BENCH_JAR"
    BENCH_APP_AOT=()
    local version
    version="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
    if [ "${BENCH_AOT:-1}" != 1 ] || [ "${version%%.*}" -lt 25 ]; then
        return 0
    fi
    local key dir
    key="$(bench_jar_key)"
    dir="$BENCH_WORK/aot/$key"
    if [ ! -f "$dir/app.aot" ]; then
        log "start-up cache for $(basename "$BENCH_JAR"): extracting and recording a training start"
        # keep the newest other cache (UI_BASELINE_JAR measures two builds in one run), drop older ones
        { ls -dt "$BENCH_WORK"/aot/*/ 2>/dev/null || true; } | tail -n +2 | xargs -r rm -rf
        rm -rf "$dir" && mkdir -p "$dir"
        "$JAVA" -Djarmode=tools -jar "$BENCH_JAR" extract --destination "$dir/app" >"$dir/extract.log" 2>&1 \
            || die "cannot extract $BENCH_JAR, see $dir/extract.log"
        EXPLORER_ADMIN_PASSWORD="$BENCH_PASSWORD" "$JAVA" $BENCH_APP_JVM_FLAGS \
            -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$dir/app/$(basename "$BENCH_JAR")" \
            --server.address=127.0.0.1 --server.port=0 --explorer.embedded.bolt-port=0 \
            --explorer.embedded.data-dir="$dir/training-data" --explorer.demo-data=false >"$dir/training.log" 2>&1 \
            || die "the training start failed, see $dir/training.log"
        rm -rf "$dir/training-data"
        [ -f "$dir/app.aot" ] || die "no AOT cache written, see $dir/training.log"
    fi
    BENCH_APP_JAR="$dir/app/$(basename "$BENCH_JAR")"
    BENCH_APP_AOT=(-XX:AOTCache="$dir/app.aot")
}

# Runs the application jar (through its start-up cache): bench_run_jar [JVM options ...] -- [arguments ...]
bench_run_jar() {
    local jvm=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
    shift
    bench_app_prepare
    "$JAVA" $BENCH_APP_JVM_FLAGS "${jvm[@]}" "${BENCH_APP_AOT[@]}" -jar "$BENCH_APP_JAR" "$@"
}

# Installs the pinned npm packages of a folder under bench/ (its package-lock.json is committed).
bench_npm() {
    local dir="$1"
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
        log "npm ci in ${dir#$REPO_DIR/}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
        touch "$dir/node_modules"
    fi
}

# A generated city as a database folder, made once and reused: bench_city <organizations> [seed] -> folder
bench_city() {
    local orgs="$1" seed="${2:-42}"
    local dir="$BENCH_WORK/city-$orgs-$seed"
    if [ ! -f "$dir/.generated" ]; then
        rm -rf "$dir"
        bench_app_prepare
        log "generating a city of $orgs organizations (seed $seed)"
        local start=$(date +%s.%N)
        bench_run_jar -Xmx8g -- generate \
            --organizations "$orgs" --seed "$seed" \
            --explorer.embedded.data-dir="$dir" --explorer.embedded.bolt-port=0 \
            >"$BENCH_WORK/generate-$orgs.log" 2>&1 || die "generate failed, see $BENCH_WORK/generate-$orgs.log"
        awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f\n", e - s}' >"$dir/.generated"
    fi
    echo "$dir"
}

# The demo city as a database folder (the app loads it on first start): bench_demo -> folder
bench_demo() { echo "$BENCH_WORK/demo"; }

declare -a BENCH_STARTED=()

# Starts the app on loopback: bench_start_app <name> <data-dir> <http-port> <bolt-port> [--extra.property=v ...]
# Waits for readiness (up to BENCH_START_TIMEOUT seconds, default 600) and records the pid in $BENCH_WORK/<name>.pid.
bench_start_app() {
    local name="$1" data="$2" port="$3" bolt="$4"
    shift 4
    local demo=false
    [ "$data" = "$(bench_demo)" ] && demo=true
    # BENCH_FRESH_DEMO=1: load the demo city into another (empty) folder, for suites that write to it.
    [ "${BENCH_FRESH_DEMO:-0}" = 1 ] && demo=true
    bench_app_prepare
    log "starting the app '$name' on :$port (data ${data#$REPO_DIR/})"
    EXPLORER_ADMIN_PASSWORD="$BENCH_PASSWORD" "$JAVA" $BENCH_APP_JVM_FLAGS \
        ${BENCH_APP_JVM_OPTS:--Xmx6g} "${BENCH_APP_AOT[@]}" -jar "$BENCH_APP_JAR" \
        --server.address=127.0.0.1 --server.port="$port" \
        --explorer.embedded.data-dir="$data" --explorer.embedded.bolt-port="$bolt" \
        --explorer.demo-data="$demo" "$@" >"$BENCH_WORK/$name.log" 2>&1 &
    local pid=$!
    echo "$pid" >"$BENCH_WORK/$name.pid"
    BENCH_STARTED+=("$name")
    local deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-600}))
    until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || die "app '$name' died on start, see $BENCH_WORK/$name.log"
        [ $SECONDS -lt $deadline ] || die "app '$name' not ready after ${BENCH_START_TIMEOUT:-600} s"
        sleep 0.2
    done
    log "app '$name' ready (pid $pid)"
}

bench_pid() { cat "$BENCH_WORK/$1.pid"; }

# Resident memory of a running app in MB: bench_rss <name>
bench_rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(bench_pid "$1")/status"; }

# The password of the embedded Neo4j of a data folder (user neo4j).
bench_neo4j_password() { cat "$1/neo4j-password"; }

bench_stop_app() {
    local name="$1" pid
    pid="$(cat "$BENCH_WORK/$name.pid" 2>/dev/null)" || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$BENCH_WORK/$name.pid"
}

bench_stop_all() {
    for name in "${BENCH_STARTED[@]}"; do bench_stop_app "$name"; done
    BENCH_STARTED=()
}
trap bench_stop_all EXIT
