#!/usr/bin/env bash
# Ingest: generate a city as import-format CSV, import it with the `import` command into an empty embedded
# database, and compare with a plain `UNWIND $rows ... CREATE` batch insert of the same CSV through the Java
# driver (bench/java/UnwindBaseline.java) into the same kind of empty database, measured in the same run; then
# export the imported city as JSON, CSV and GraphML through the HTTP endpoint of one app started on it. (Generating
# straight into a database is timed by bench_city, for the analytics suite's cities: bench/work/city-*/.generated.)
#   bench/suites/30-ingest.sh [--quick]     (quick: 10,000 organizations; full: 100,000 under the heavy lock)
source "$(dirname "$0")/../lib/common.sh"

ORGS=$([ "$BENCH_QUICK" = 1 ] && echo 10000 || echo 100000)
MODE=$([ "$BENCH_QUICK" = 1 ] && echo quick || echo full)
HEAP=-Xmx4g
PAGE_CACHE=1024
HTTP_PORT=18310
BOLT_PORT=17310
WORK="$BENCH_WORK/ingest"
CSV="$BENCH_RESULTS/ingest-$MODE.csv"
rm -rf "$WORK" && mkdir -p "$WORK"

if [ "$BENCH_QUICK" != 1 ]; then
    exec 9>/tmp/bench-heavy.lock
    log "ingest: waiting for /tmp/bench-heavy.lock"
    flock 9
fi

echo "step,organizations,nodes,relationships,seconds,wall_seconds,nodes_per_s,relationships_per_s,peak_rss_mb" >"$CSV"

# Runs the jar with a command under /usr/bin/time; sets WALL (seconds) and RSS (peak, MB); output in $WORK/<name>.log
timed() {
    local name="$1"
    shift
    bench_app_prepare
    EXPLORER_ADMIN_PASSWORD="$BENCH_PASSWORD" /usr/bin/time -v -o "$WORK/$name.time" \
        "$JAVA" $BENCH_APP_JVM_FLAGS $HEAP "${BENCH_APP_AOT[@]}" -jar "$BENCH_APP_JAR" "$@" >"$WORK/$name.log" 2>&1 \
        || die "$name failed, see $WORK/$name.log"
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; w = s}
                /Maximum resident set size/ {m = $2 / 1024}
                END {printf "%.1f %d\n", w, m}' "$WORK/$name.time" >"$WORK/$name.measured"
    read -r WALL RSS <"$WORK/$name.measured"
}

db() { echo "--explorer.embedded.data-dir=$WORK/$1 --explorer.embedded.bolt-port=0 --explorer.embedded.page-cache=$PAGE_CACHE --logging.level.root=WARN"; }

row() { echo "$1,$ORGS,$2,$3,$4,$5,$(awk -v n="$2" -v s="$4" 'BEGIN {printf "%d", (s > 0 ? n / s : 0)}'),$(awk -v n="$3" -v s="$4" 'BEGIN {printf "%d", (s > 0 ? n / s : 0)}'),$6" >>"$CSV"; }

# 1. The city as CSV.
log "ingest: generating $ORGS organizations as CSV"
timed generate-csv generate --organizations "$ORGS" --seed 42 --out "$WORK/city"
line=$(grep -a '^Generated' "$WORK/generate-csv.log")
nodes=$(sed -E 's/Generated ([0-9,]+) nodes.*/\1/' <<<"$line" | tr -d ,)
rels=$(sed -E 's/.* and ([0-9,]+) relationships.*/\1/' <<<"$line" | tr -d ,)
secs=$(sed -E 's/.* in ([0-9.]+) s.*/\1/' <<<"$line")
row generate-csv "$nodes" "$rels" "$secs" "$WALL" "$RSS"

# 2. The import command into an empty database.
log "ingest: importing the CSV city"
timed import import "$WORK/city" $(db imported)
line=$(grep -a '^Imported' "$WORK/import.log")
inodes=$(sed -E 's/Imported ([0-9,]+) nodes.*/\1/' <<<"$line" | tr -d ,)
irels=$(sed -E 's/.* and ([0-9,]+) relationships.*/\1/' <<<"$line" | tr -d ,)
isecs=$(sed -E 's/.* in ([0-9.]+) s.*/\1/' <<<"$line")
# Which writer the command took: the offline bulk importer (an empty data folder, as here) or transactional batches.
grep -a '^Path:' "$WORK/import.log" | sed 's/^Path: //' >"$WORK/path.txt"
[ -s "$WORK/path.txt" ] || die "the import did not say which path it took, see $WORK/import.log"
[ "$inodes" = "$nodes" ] && [ "$irels" = "$rels" ] || die "import wrote $inodes/$irels, the city has $nodes/$rels"
row import "$inodes" "$irels" "$isecs" "$WALL" "$RSS"
# The phases: the offline path reads and validates while the importer builds (its node stage, relationship stage,
# linking and post-processing), then the migrations create and populate the constraints and indexes; the
# transactional path validates, then writes.
phases=$(grep -a '^Phases:' "$WORK/import.log" || true)
if [ -n "$phases" ]; then
    phase() { sed -E "s/.*$1 ([0-9.]+) s.*/\1/" <<<"$phases"; }
    row import-read-validate "$inodes" "$irels" "$(phase 'read and validated in')" "" ""
    row import-node-stage "$inodes" 0 "$(phase 'node stage')" "" ""
    row import-relationship-stage 0 "$irels" "$(phase 'relationship stage')" "" ""
    row import-linking "$inodes" "$irels" "$(phase 'linking and post-processing')" "" ""
    row import-indexes "$inodes" "$irels" "$(phase 'constraints and indexes')" "" ""
else
    phases=$(grep -a '^Validated' "$WORK/import.log")
    row import-validate "$inodes" "$irels" "$(sed -E 's/Validated in ([0-9.]+) s.*/\1/' <<<"$phases")" "" ""
    row import-write "$inodes" "$irels" "$(sed -E 's/.*wrote in ([0-9.]+) s.*/\1/' <<<"$phases")" "" ""
fi

# 3. The baseline: UNWIND ... CREATE through the driver into an app started on an empty data folder.
log "ingest: baseline UNWIND/CREATE through the driver"
BENCH_APP_JVM_OPTS=$HEAP bench_start_app ingest-baseline "$WORK/baseline" "$HTTP_PORT" "$BOLT_PORT" \
    --explorer.embedded.page-cache=$PAGE_CACHE
baseline_cp="$(bench_java_cp)"
start=$(date +%s.%N)
"$JAVA" -Xmx4g -cp "$baseline_cp" UnwindBaseline "bolt://127.0.0.1:$BOLT_PORT" neo4j \
    "$(bench_neo4j_password "$WORK/baseline")" "$WORK/city" 10000 >"$WORK/baseline.out" 2>"$WORK/baseline.log" \
    || die "baseline failed, see $WORK/baseline.log"
IFS=, read -r bnodes bnode_s brels brel_s <"$WORK/baseline.out"
bwall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
brss=$(bench_rss ingest-baseline)
bench_stop_app ingest-baseline
[ "$bnodes" = "$nodes" ] && [ "$brels" = "$rels" ] || die "baseline wrote $bnodes/$brels, the city has $nodes/$rels"
bsecs=$(awk -v a="$bnode_s" -v b="$brel_s" 'BEGIN {printf "%.2f", a + b}')
row baseline "$bnodes" "$brels" "$bsecs" "$bwall" "$brss"
row baseline-nodes "$bnodes" 0 "$bnode_s" "" ""
row baseline-relationships 0 "$brels" "$brel_s" "" ""

# 4. Export of the imported city: downloads of GET /api/export from one app started on it (one start for the
# three formats instead of one `export` command each), timed to the last byte; peak RSS is the app's so far (VmHWM).
BENCH_APP_JVM_OPTS=$HEAP bench_start_app ingest-export "$WORK/imported" "$HTTP_PORT" "$BOLT_PORT" \
    --explorer.embedded.page-cache=$PAGE_CACHE
for format in json csv graphml; do
    log "ingest: export $format"
    target="$WORK/export.$format"
    [ "$format" = csv ] && target="$WORK/export-csv.zip"
    secs=$(curl -fsS -u "admin:$BENCH_PASSWORD" -o "$target" -w '%{time_total}' \
        "http://127.0.0.1:$HTTP_PORT/api/export?format=$format") || die "export $format failed"
    [ -s "$target" ] || die "export $format wrote nothing"
    peak=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$(bench_pid ingest-export)/status")
    row "export-$format" "$nodes" "$rels" "$(awk -v s="$secs" 'BEGIN {printf "%.1f", s}')" "" "$peak"
    du -sm "$target" | awk -v f="$format" '{print f, $1}' >>"$WORK/sizes.txt"
done
bench_stop_app ingest-export

# The fragment of docs/benchmarks.md.
node - "$CSV" "$BENCH_RESULTS/ingest.md" "$MODE" "$WORK/sizes.txt" "$WORK/path.txt" <<'JS'
const fs = require('node:fs');
const [csv, out, mode, sizes, pathFile] = process.argv.slice(2);
const path = fs.readFileSync(pathFile, 'utf8').trim();
const [head, ...lines] = fs.readFileSync(csv, 'utf8').trim().split('\n');
const cols = head.split(',');
const rows = Object.fromEntries(lines.map(l => { const v = l.split(','); return [v[0], Object.fromEntries(cols.map((c, i) => [c, v[i]]))]; }));
const size = Object.fromEntries(fs.readFileSync(sizes, 'utf8').trim().split('\n').map(l => l.split(' ')));
const n = x => Number(x).toLocaleString('en-US');
const r = (a, b) => (Number(a) / Number(b)).toFixed(2);
const imp = rows.import, base = rows.baseline;
const md = [
  '## Ingest: import, generator and export',
  '',
  `City of ${n(imp.organizations)} organizations (seed 42, ${mode} mode): ${n(imp.nodes)} nodes, ${n(imp.relationships)} relationships.`,
  'Ours is the `import` command into an empty data folder (one pass reads and validates every row and feeds the valid',
  'ones to Neo4j\'s offline batch importer, which builds the store alongside; the engine starts on it and the migrations',
  'create and populate the constraints and indexes; the time runs from the first row read until every index is online,',
  'less the start-up of the engine and the application); the baseline is a plain `UNWIND $rows AS row CREATE …` batch insert (10,000 rows per transaction,',
  'endpoints matched through the id constraints, no validation, no merge, no checkpoint) of the same CSV through the',
  'Java driver into an app started on an empty data folder (`bench/java/UnwindBaseline.java`). Times exclude JVM and',
  'application start-up (wall clock with start-up in its own column); peak RSS from `/usr/bin/time -v` (for the',
  'baseline: the app\'s resident memory after the load). Heap 4 GiB, page cache 1 GiB. Exports are downloads of',
  '`GET /api/export?format=…` from one app started on the imported city, timed to the last byte (peak RSS: the app\'s',
  'peak resident memory so far).',
  '',
  `Path the import took: ${path}.`,
  '',
  '| What | Time (s) | Wall incl. start (s) | Nodes/s | Relationships/s | Peak RSS (MB) |',
  '|---|---:|---:|---:|---:|---:|',
  ...['import', 'import-read-validate', 'import-node-stage', 'import-relationship-stage', 'import-linking',
    'import-indexes', 'import-validate', 'import-write', 'baseline', 'baseline-nodes', 'baseline-relationships']
    .filter(k => rows[k]).map(k => rows[k]).map(x => `| ${x.step} | ${x.seconds} | ${x.wall_seconds || ''} | ${n(x.nodes_per_s)} | ${n(x.relationships_per_s)} | ${x.peak_rss_mb || ''} |`),
  '',
  `**Ours / baseline:** whole import (validation included) ${r(base.seconds, imp.seconds)}× the baseline's speed ` +
  `(${imp.seconds} s vs ${base.seconds} s); relationships/s over the whole import ${r(imp.relationships_per_s, rows['baseline-relationships'].relationships_per_s)}× ` +
  `the baseline's relationship phase` +
  (rows['import-write'] ? `; write pass alone ${r(base.seconds, rows['import-write'].seconds)}× the baseline.` : '.'),
  '',
  '| Other step | Time (s) | Wall incl. start (s) | Rows/s | Peak RSS (MB) | Output (MB) |',
  '|---|---:|---:|---:|---:|---:|',
  ...['generate-csv', 'export-json', 'export-csv', 'export-graphml'].filter(k => rows[k]).map(k => rows[k]).map(x =>
    `| ${x.step} | ${x.seconds} | ${x.wall_seconds} | ${n(Math.round((+x.nodes + +x.relationships) / +x.seconds))} | ${x.peak_rss_mb} | ${size[x.step.replace('export-', '')] || ''} |`),
  '',
  `Raw numbers: \`bench/results/ingest-${mode}.csv\`. Rerun: \`bench/run.sh${mode === 'quick' ? ' --quick' : ''} ingest\``,
  `(or \`bench/suites/30-ingest.sh${mode === 'quick' ? ' --quick' : ''}\` once the jar is built).`,
];
fs.writeFileSync(out, md.join('\n') + '\n');
JS
log "ingest: results in ${CSV#$REPO_DIR/} and bench/results/ingest.md"
