#!/usr/bin/env bash
#
# Benchmark of the Catalogue module:  bash build/bench/catalogue.sh
#
# Starts the host (Release build, PostgreSQL, Production environment, outbox on, logging at Warning) on a freshly
# re-created database `opengov_bench_cat`, creates BENCH_UNITS (60) units through the API and seeds, through
# Catalogue's own model (build/bench/CatalogueSeed), a published catalogue of every pilot domain for each unit with
# BENCH_ITEMS (60) items: 60 × 26 × 60 = 93,600 items. One more unit gets a BENCH_IMPORT_ROWS (5,000) item catalogue.
# Then it measures:
#   - the whole-county XLSX export, GET /api/catalogue/export (median of 3);
#   - importing a 5,000-row file: that unit's export, uploaded to its new adjustment draft (median of 3 uploads);
#   - the public catalogue tree of one unit and domain under wrk -t2 -c32 (random unit and domain), p99.
# Raw outputs go to build/bench/out/; the summary prints each figure beside its target with PASS/FAIL.
#
# Knobs: BENCH_UNITS=60  BENCH_ITEMS=60  BENCH_IMPORT_ROWS=5000  BENCH_DURATION=20s  BENCH_WARMUP=10s
#        BENCH_HOST_PORT=55200  BENCH_SKIP_BUILD=1
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
OUT="$REPO_ROOT/build/bench/out"
mkdir -p "$OUT"
rm -f "$OUT"/wrk-cat-*.txt "$OUT"/cat-*.cpu

UNITS="${BENCH_UNITS:-60}"
ITEMS="${BENCH_ITEMS:-60}"
IMPORT_ROWS="${BENCH_IMPORT_ROWS:-5000}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
THREADS=2
CONNECTIONS=32
DB_NAME=opengov_bench_cat

# Targets (issue 4).
TARGET_EXPORT_S=5
TARGET_IMPORT_S=10
TARGET_TREE_P99_MS=50

HOST_BIN="$REPO_ROOT/src/Host/OpenGov.Host/bin/Release/net10.0"
SEED_DIR="$REPO_ROOT/build/bench/CatalogueSeed"
SEED_BIN="$SEED_DIR/bin/Release/net10.0/CatalogueSeed.dll"
LUA="$REPO_ROOT/build/bench/lua"

# shellcheck source=build/bench/lib/bench.sh
source "$REPO_ROOT/build/bench/lib/bench.sh"

HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55200}")"
HOST_URL="http://127.0.0.1:$HOST_PORT"
bench_fresh_db "$DB_NAME"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the host and the seeder (Release)"
    dotnet build src/Host/OpenGov.Host -c Release >"$OUT/build-host.log" 2>&1 ||
        { tail -n 40 "$OUT/build-host.log" >&2; die "host build failed ($OUT/build-host.log)"; }
    dotnet build "$SEED_DIR" -c Release >"$OUT/build-cat-seed.log" 2>&1 ||
        { tail -n 40 "$OUT/build-cat-seed.log" >&2; die "seeder build failed ($OUT/build-cat-seed.log)"; }
fi

log "machine: $NCPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
HOST_ENV=(Publication__DeadlineMonitor__Enabled=false)
start_host cat-host
log "host ready after $READY_MS ms"
TOKEN="$(get_token)" || die "token request failed"
AUTH=(-H "Authorization: Bearer $TOKEN")

log "creating $((UNITS + 1)) units through the API"
bench_create_units $((UNITS + 1)) "$OUT/cat-all-units.txt"
BIG_UNIT="$(tail -n 1 "$OUT/cat-all-units.txt")"
head -n "$UNITS" "$OUT/cat-all-units.txt" >"$OUT/cat-units.txt"

log "seeding $UNITS units × 26 domains × $ITEMS items, and one catalogue of $IMPORT_ROWS items"
seed_t0="$(now_us)"
dotnet "$SEED_BIN" "$CONNECTION" "$OUT/cat-units.txt" "$ITEMS" "$BIG_UNIT" D01 "$IMPORT_ROWS" 2>"$OUT/cat-seed.log" ||
    { tail -n 20 "$OUT/cat-seed.log" >&2; die "seeding failed"; }
SEED_S="$(awk -v us=$(($(now_us) - seed_t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
opengov_pg_psql -d "$DB_NAME" -c "VACUUM ANALYZE" >/dev/null
ITEMS_TOTAL="$(opengov_pg_psql -d "$DB_NAME" -Atc "SELECT count(*) FROM catalogue.catalogue_items")"
log "  $ITEMS_TOTAL items in $SEED_S s"

# time_of CURL-ARGS...: prints curl's total time in seconds and fails unless the status is 200.
time_of() {
    local result
    result="$(curl -s -o "$OUT/cat-last-body" -w '%{http_code} %{time_total}' "$@")"
    [ "${result% *}" = 200 ] || { head -c 2000 "$OUT/cat-last-body" >&2; die "request failed with ${result% *}: $*"; }
    echo "${result#* }"
}

log "county export (3 runs)"
EXPORTS=()
for run in 1 2 3; do
    EXPORTS+=("$(time_of "${AUTH[@]}" "$HOST_URL/api/catalogue/export")")
    log "  run $run: ${EXPORTS[-1]} s"
done
EXPORT_S="$(printf '%s\n' "${EXPORTS[@]}" | median)"
cp "$OUT/cat-last-body" "$OUT/cat-county.xlsx"
EXPORT_MB="$(awk -v b="$(stat -c %s "$OUT/cat-county.xlsx")" 'BEGIN { printf "%.1f", b / 1048576 }')"

log "importing the $IMPORT_ROWS-row export of one unit's domain (3 uploads)"
password="Bench-Editor-2026a"
curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$HOST_URL/api/organization/users" \
    -d "{\"userName\":\"bench-editor\",\"displayName\":\"基准编辑\",\"unitId\":\"$BIG_UNIT\",\"roles\":[\"Editor\"],\"password\":\"$password\"}" >/dev/null ||
    die "could not create the editor"
EDITOR="$(curl -sf -X POST "$HOST_URL/api/auth/token" --data-urlencode grant_type=password --data-urlencode username=bench-editor \
    --data-urlencode "password=$password" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[ -n "$EDITOR" ] || die "editor sign-in failed"
CAT_URL="$HOST_URL/api/catalogue/units/$BIG_UNIT/catalogues/D01"
time_of -H "Authorization: Bearer $EDITOR" "$HOST_URL/api/catalogue/units/$BIG_UNIT/export?domainCode=D01" >/dev/null
cp "$OUT/cat-last-body" "$OUT/cat-import.xlsx"
draft="$(curl -sf -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' -X POST "$CAT_URL/draft" -d '{"changeReason":"基准测试：导入"}')" ||
    die "could not open an adjustment draft"
IMPORTS=()
for run in 1 2 3; do
    version="$(sed -n 's/.*"version":\([0-9]*\).*/\1/p' <<<"$draft" | tail -n 1)"
    IMPORTS+=("$(time_of -H "Authorization: Bearer $EDITOR" -F "file=@$OUT/cat-import.xlsx" -F "version=$version" "$CAT_URL/draft/import")")
    draft="$(cat "$OUT/cat-last-body")"
    log "  upload $run: ${IMPORTS[-1]} s"
done
IMPORTED="$(grep -o '"itemId"' "$OUT/cat-last-body" | wc -l)"
IMPORT_S="$(printf '%s\n' "${IMPORTS[@]}" | median)"

log "public catalogue tree"
run_wrk cat-tree-warmup "$HOST_PID" "$WARMUP" -s "$LUA/catalogue-tree.lua" "$HOST_URL" -- "$OUT/cat-units.txt"
run_wrk cat-tree "$HOST_PID" "$DURATION" -s "$LUA/catalogue-tree.lua" "$HOST_URL" -- "$OUT/cat-units.txt"
TREE99="$(wrk_pct_ms cat-tree 99)"
RSS_MB=$((($(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))

lt() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? 1 : 0 }'; }
export_ok="$(lt "$EXPORT_S" "$TARGET_EXPORT_S")"
import_ok="$(lt "$IMPORT_S" "$TARGET_IMPORT_S")"
[ "$IMPORTED" -eq "$IMPORT_ROWS" ] || import_ok=0
tree_ok="$(lt "$TREE99" "$TARGET_TREE_P99_MS")"
[ "$(wrk_bad cat-tree)" -eq 0 ] || tree_ok=0
{
    echo "==== OpenGov benchmark: catalogue ($(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "machine: $NCPU cores, shared; 'others' = cores used by processes other than the host, PostgreSQL and wrk"
    echo "data: $ITEMS_TOTAL catalogue items ($UNITS units × 26 domains × $ITEMS, plus one catalogue of $IMPORT_ROWS), seeded in $SEED_S s"
    printf 'county XLSX export: %s s (runs %s; %s MB)  target < %s s   %s\n' "$EXPORT_S" "$(list "${EXPORTS[@]}")" "$EXPORT_MB" "$TARGET_EXPORT_S" "$(verdict "$export_ok")"
    printf 'import of a %s-row file: %s s (uploads %s; %s items in the draft)  target < %s s   %s\n' \
        "$IMPORT_ROWS" "$IMPORT_S" "$(list "${IMPORTS[@]}")" "$IMPORTED" "$TARGET_IMPORT_S" "$(verdict "$import_ok")"
    printf 'public catalogue tree (wrk -c32): p99 %s ms  p50 %s  %s req/s  errors %s  (CPU %s us/request, others %s cores)  target p99 < %s ms   %s\n' \
        "$TREE99" "$(wrk_pct cat-tree 50)" "$(wrk_rps cat-tree)" "$(wrk_bad cat-tree)" "$(cpu_us cat-tree)" "$(others cat-tree)" "$TARGET_TREE_P99_MS" "$(verdict "$tree_ok")"
    echo "host RSS after load: $RSS_MB MB"
} | tee "$OUT/catalogue-summary.txt"

[ "$export_ok" = 1 ] && [ "$import_ok" = 1 ] && [ "$tree_ok" = 1 ]
