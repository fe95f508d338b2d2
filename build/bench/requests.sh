#!/usr/bin/env bash
#
# Benchmark of the Requests module:  bash build/bench/requests.sh
#
# Starts the host (Release build, PostgreSQL, Production environment, outbox on, logging at Warning) on a freshly
# re-created database `opengov_bench_req`, creates BENCH_UNITS (200) units through the API and seeds, through the
# Requests model (build/bench/RequestsSeed), BENCH_REQUESTS (50,000) requests over the five years up to today, about
# 1 in 50 with a review or litigation case; requests of the last 45 days are partly still open. Then it measures:
#   - the statistics query (tables 三 and 四) for the whole county and last year, GET /api/requests/statistics
#     (median of BENCH_STAT_RUNS after one warm-up, wall time seen by curl);
#   - the county's due-soon list, GET /api/requests?deadline=DueSoon as the county administrator, under wrk -c32, p99.
# Raw outputs go to build/bench/out/; the summary prints each figure beside its target with PASS/FAIL.
#
# Knobs: BENCH_UNITS=200  BENCH_REQUESTS=50000  BENCH_STAT_RUNS=7  BENCH_DURATION=20s  BENCH_WARMUP=10s
#        BENCH_HOST_PORT=55210  BENCH_SKIP_BUILD=1  BENCH_SKIP_SEED=1 (reuse the database of the previous run)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
OUT="$REPO_ROOT/build/bench/out"
mkdir -p "$OUT"
rm -f "$OUT"/wrk-req-*.txt "$OUT"/req-*.cpu

UNITS="${BENCH_UNITS:-200}"
REQUESTS="${BENCH_REQUESTS:-50000}"
STAT_RUNS="${BENCH_STAT_RUNS:-7}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
THREADS=2
CONNECTIONS=32
DB_NAME=opengov_bench_req

# Targets (issue 6).
TARGET_STATS_MS=500
TARGET_DUE_P99_MS=50

HOST_BIN="$REPO_ROOT/src/Host/OpenGov.Host/bin/Release/net10.0"
SEED_DIR="$REPO_ROOT/build/bench/RequestsSeed"
SEED_BIN="$SEED_DIR/bin/Release/net10.0/RequestsSeed.dll"

source "$REPO_ROOT/build/bench/lib/bench.sh"

HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55210}")"
HOST_URL="http://127.0.0.1:$HOST_PORT"

if [ "${BENCH_SKIP_SEED:-0}" = 1 ]; then
    source "$REPO_ROOT/build/lib/postgres.sh"
    opengov_pg_start || die "PostgreSQL is not available"
    CONNECTION="Host=127.0.0.1;Port=$OPENGOV_PG_PORT;Username=postgres;Password=postgres;Database=$DB_NAME"
    [ -f "$OUT/req-credentials" ] || die "BENCH_SKIP_SEED=1 needs out/req-credentials from an earlier run"
    # shellcheck disable=SC1091
    source "$OUT/req-credentials"
else
    bench_fresh_db "$DB_NAME"
    (umask 077 && printf 'ADMIN_USER=%q\nADMIN_PASSWORD=%q\nSIGNING_KEY=%q\n' "$ADMIN_USER" "$ADMIN_PASSWORD" "$SIGNING_KEY" >"$OUT/req-credentials")
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the host and the seeder (Release)"
    dotnet build src/Host/OpenGov.Host -c Release >"$OUT/build-host.log" 2>&1 ||
        { tail -n 40 "$OUT/build-host.log" >&2; die "host build failed ($OUT/build-host.log)"; }
    dotnet build "$SEED_DIR" -c Release >"$OUT/build-seed.log" 2>&1 ||
        { tail -n 40 "$OUT/build-seed.log" >&2; die "seeder build failed ($OUT/build-seed.log)"; }
fi

log "machine: $NCPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_host req-host
log "host ready after $READY_MS ms"
TOKEN="$(get_token)" || die "token request failed"
AUTH=(-H "Authorization: Bearer $TOKEN")

TODAY="$(TZ=Asia/Shanghai date +%F)"
LAST_YEAR=$(($(TZ=Asia/Shanghai date +%Y) - 1))
if [ "${BENCH_SKIP_SEED:-0}" != 1 ]; then
    log "creating $UNITS units through the API"
    bench_create_units "$UNITS" "$OUT/req-units.txt"
    log "seeding $REQUESTS requests up to $TODAY"
    seed_t0="$(now_us)"
    dotnet "$SEED_BIN" "$CONNECTION" "$OUT/req-units.txt" "$REQUESTS" "$TODAY" 2>"$OUT/req-seed.log" || { tail -n 20 "$OUT/req-seed.log" >&2; die "seeding failed"; }
    SEED_S="$(awk -v us=$(($(now_us) - seed_t0)) 'BEGIN { printf "%.0f s", us / 1e6 }')"
    opengov_pg_psql -d "$DB_NAME" -c "VACUUM ANALYZE" >/dev/null
    log "  $(tail -n 1 "$OUT/req-seed.log")"
else
    SEED_S="an earlier run: reused"
fi

STATS_URL="$HOST_URL/api/requests/statistics?year=$LAST_YEAR"
stat_ms() { curl -sf -o "$OUT/req-stats.json" -w '%{time_total}\n' "${AUTH[@]}" "$STATS_URL" | awk '{ printf "%.0f\n", $1 * 1000 }'; }
log "statistics, county-wide, $LAST_YEAR"
stat_ms >/dev/null || die "statistics request failed"
STAT_TIMES=()
for ((i = 0; i < STAT_RUNS; i++)); do STAT_TIMES+=("$(stat_ms)"); done
STATS_MS="$(printf '%s\n' "${STAT_TIMES[@]}" | median)"
HANDLED="$(grep -o '"total":{"unitId":null,"applications":{"rows":\[.*' "$OUT/req-stats.json" | grep -o '"key":"TotalHandled","counts":{[^}]*}' | head -n 1)"

log "due-soon list, county-wide"
DUE_URL="$HOST_URL/api/requests?deadline=DueSoon&pageSize=20"
DUE_COUNT="$(curl -sf "${AUTH[@]}" "$DUE_URL" | grep -o '"total":[0-9]*' | tail -n 1 | cut -d: -f2)"
THREADS=2 CONNECTIONS=32 run_wrk req-due-warmup "$HOST_PID" "$WARMUP" -H "Authorization: Bearer $TOKEN" "$DUE_URL"
THREADS=2 CONNECTIONS=32 run_wrk req-due "$HOST_PID" "$DURATION" -H "Authorization: Bearer $TOKEN" "$DUE_URL"
RSS_MB=$((($(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))

due99="$(wrk_pct_ms req-due 99)"
s_ok="$(awk -v a="$STATS_MS" -v b="$TARGET_STATS_MS" 'BEGIN { print (a < b) ? 1 : 0 }')"
d_ok="$(awk -v a="$due99" -v b="$TARGET_DUE_P99_MS" -v bad="$(wrk_bad req-due)" 'BEGIN { print (a < b && bad == 0) ? 1 : 0 }')"
{
    echo "==== OpenGov benchmark: requests ($(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "machine: $NCPU cores, shared; 'others' = cores used by processes other than the host, PostgreSQL and wrk"
    echo "data: $REQUESTS requests over $UNITS units and five years (seeded in $SEED_S); $LAST_YEAR TotalHandled: ${HANDLED:-?}"
    printf 'statistics, county, %s:  median %s ms  (runs %s)  target < %s ms   %s\n' \
        "$LAST_YEAR" "$STATS_MS" "$(list "${STAT_TIMES[@]}")" "$TARGET_STATS_MS" "$(verdict "$s_ok")"
    printf 'due-soon list, county (wrk -c32, %s open due soon): p99 %s ms  p50 %s  %s req/s  errors %s  (CPU %s us/request, others %s cores)  target p99 < %s ms   %s\n' \
        "${DUE_COUNT:-?}" "$due99" "$(wrk_pct req-due 50)" "$(wrk_rps req-due)" "$(wrk_bad req-due)" "$(cpu_us req-due)" "$(others req-due)" "$TARGET_DUE_P99_MS" "$(verdict "$d_ok")"
    echo "host RSS after load: $RSS_MB MB"
} | tee "$OUT/requests-summary.txt"

[ "$s_ok" = 1 ] && [ "$d_ok" = 1 ]
