#!/usr/bin/env bash
#
# Benchmark of the Publication module:  bash build/bench/publication.sh
#
# Starts the host (Release build, PostgreSQL, Production environment, outbox ON, logging at Warning) on a freshly
# re-created database `opengov_bench_pub`, creates 60 units through the API, seeds BENCH_RECORDS (100,000)
# published records with Chinese text through Publication's own model (build/bench/PublicationSeed), then:
#   - OA ingest: POST /api/publication/documents with a new external id per request (submitForReview on), with one
#     sequential client (wrk -t1 -c1) and with 4 concurrent clients (wrk -t4 -c4, each its own OA client and unit);
#   - public search p99: wrk -t2 -c32 on GET /api/public/publication/documents?q=… (Chinese words, some filters);
#   - public detail p99: wrk -t2 -c32 on GET /api/public/publication/documents/{id} over 1,000 random ids.
# Each load run follows a warm-up. Beside each figure: the host's CPU per request and the cores other processes
# took meanwhile (the machine is shared). Raw outputs go to build/bench/out/; the summary prints PASS/FAIL.
#
# Knobs: BENCH_RECORDS=100000  BENCH_UNITS=60  BENCH_DURATION=20s  BENCH_WARMUP=10s  BENCH_HOST_PORT=55190
#        BENCH_SKIP_BUILD=1 (reuse builds)  BENCH_SKIP_SEED=1 (reuse the database of the previous run)
#        BENCH_R2R=1 (default) runs the host as it is deployed (README: dotnet publish -r linux-x64, ReadyToRun);
#        BENCH_R2R=0 runs the plain build output, all JIT, whose tier-up still competes with the first minute of load
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
OUT="$REPO_ROOT/build/bench/out"
mkdir -p "$OUT"
rm -f "$OUT"/wrk-pub-*.txt "$OUT"/pub-*.cpu

RECORDS="${BENCH_RECORDS:-100000}"
UNITS="${BENCH_UNITS:-60}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
THREADS=2
CONNECTIONS=32
DB_NAME=opengov_bench_pub

# Targets (issue 5).
TARGET_INGEST_RPS=300
TARGET_SEARCH_P99_MS=100
TARGET_DETAIL_P99_MS=20

HOST_BIN="$REPO_ROOT/src/Host/OpenGov.Host/bin/Release/net10.0"
HOST_R2R_BIN="$REPO_ROOT/build/bench/out/host-r2r"
SEED_DIR="$REPO_ROOT/build/bench/PublicationSeed"
SEED_BIN="$SEED_DIR/bin/Release/net10.0/PublicationSeed.dll"
LUA="$REPO_ROOT/build/bench/lua"

# shellcheck source=build/bench/lib/bench.sh
source "$REPO_ROOT/build/bench/lib/bench.sh"

HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55190}")"
HOST_URL="http://127.0.0.1:$HOST_PORT"

if [ "${BENCH_SKIP_SEED:-0}" = 1 ]; then
    source "$REPO_ROOT/build/lib/postgres.sh"
    opengov_pg_start || die "PostgreSQL is not available"
    CONNECTION="Host=127.0.0.1;Port=$OPENGOV_PG_PORT;Username=postgres;Password=postgres;Database=$DB_NAME"
    [ -f "$OUT/pub-credentials" ] || die "BENCH_SKIP_SEED=1 needs out/pub-credentials from an earlier run"
    # shellcheck disable=SC1091
    source "$OUT/pub-credentials"
else
    bench_fresh_db "$DB_NAME"
    (umask 077 && printf 'ADMIN_USER=%q\nADMIN_PASSWORD=%q\nSIGNING_KEY=%q\n' "$ADMIN_USER" "$ADMIN_PASSWORD" "$SIGNING_KEY" >"$OUT/pub-credentials")
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the host and the seeder (Release)"
    dotnet build src/Host/OpenGov.Host -c Release >"$OUT/build-host.log" 2>&1 ||
        { tail -n 40 "$OUT/build-host.log" >&2; die "host build failed ($OUT/build-host.log)"; }
    dotnet build "$SEED_DIR" -c Release >"$OUT/build-seed.log" 2>&1 ||
        { tail -n 40 "$OUT/build-seed.log" >&2; die "seeder build failed ($OUT/build-seed.log)"; }
    if [ "${BENCH_R2R:-1}" = 1 ]; then
        log "publishing the host with ReadyToRun, as deployed (BENCH_R2R=1)"
        rm -rf "$HOST_R2R_BIN"
        dotnet publish src/Host/OpenGov.Host -c Release -r linux-x64 --self-contained false \
            -p:PublishReadyToRun=true -o "$HOST_R2R_BIN" >"$OUT/publish-host-r2r.log" 2>&1 ||
            { tail -n 40 "$OUT/publish-host-r2r.log" >&2; die "ReadyToRun publish failed ($OUT/publish-host-r2r.log)"; }
    fi
fi
HOST_RUN_BIN="$HOST_BIN"
if [ "${BENCH_R2R:-1}" = 1 ]; then
    [ -f "$HOST_R2R_BIN/OpenGov.Host.dll" ] || die "$HOST_R2R_BIN/OpenGov.Host.dll missing (run once without BENCH_SKIP_BUILD=1)"
    HOST_RUN_BIN="$HOST_R2R_BIN"
fi

log "machine: $NCPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
HOST_ENV=(Publication__DeadlineMonitor__Enabled=false)
start_host pub-host "$HOST_RUN_BIN"
log "host ready after $READY_MS ms"
TOKEN="$(get_token)" || die "token request failed"
AUTH=(-H "Authorization: Bearer $TOKEN")

if [ "${BENCH_SKIP_SEED:-0}" != 1 ]; then
    log "creating $UNITS units through the API"
    bench_create_units "$UNITS" "$OUT/pub-units.txt"
    log "seeding $RECORDS published records"
    seed_t0="$(now_us)"
    dotnet "$SEED_BIN" "$CONNECTION" "$OUT/pub-units.txt" "$RECORDS" 2>"$OUT/pub-seed.log" || { tail -n 20 "$OUT/pub-seed.log" >&2; die "seeding failed"; }
    SEED_S="$(awk -v us=$(($(now_us) - seed_t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
    opengov_pg_psql -d "$DB_NAME" -c "VACUUM ANALYZE" >/dev/null
    log "  seeded in $SEED_S s"
else
    SEED_S="(reused)"
fi
mapfile -t UNIT_IDS <"$OUT/pub-units.txt"
PUBLISHED="$(opengov_pg_psql -d "$DB_NAME" -Atc "SELECT count(*) FROM publication.published_revisions WHERE is_current")"
opengov_pg_psql -d "$DB_NAME" -Atc "SELECT record_id FROM publication.published_revisions ORDER BY random() LIMIT 1000" >"$OUT/pub-detail-ids.txt"

# One OA client per concurrent connection, each for its own unit (an OA system acts for its own unit only).
oa_token() { # $1 unit id -> prints a client_credentials token with publication.write
    local created id secret
    created="$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$HOST_URL/api/organization/api-clients" \
        -d "{\"name\":\"基准 OA $1\",\"unitId\":\"$1\",\"scopes\":[\"publication.write\",\"publication.read\"]}")" || return 1
    id="$(grep -o '"clientId":"[^"]*"' <<<"$created" | cut -d'"' -f4)"
    secret="$(grep -o '"clientSecret":"[^"]*"' <<<"$created" | cut -d'"' -f4)"
    curl -sf -X POST "$HOST_URL/api/auth/token" --data-urlencode grant_type=client_credentials \
        --data-urlencode "client_id=$id" --data-urlencode "client_secret=$secret" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
OA_ARGS=()
for ((i = 0; i < 4; i++)); do
    OA_ARGS+=("$(oa_token "${UNIT_IDS[$i]}")" "${UNIT_IDS[$i]}")
    [ -n "${OA_ARGS[-2]}" ] || die "could not get an OA token"
done

# bench_load LABEL THREADS CONNECTIONS DURATION wrk-args...: one run, its CPU figures in out/LABEL.cpu
bench_load() {
    local label="$1" t="$2" c="$3" d="$4"
    shift 4
    THREADS="$t" CONNECTIONS="$c" run_wrk "$label" "$HOST_PID" "$d" "$@"
}

log "OA ingest: sequential client"
bench_load pub-ingest-warmup 1 1 "$WARMUP" -s "$LUA/publication-ingest.lua" "$HOST_URL/api/publication/documents" -- "${OA_ARGS[@]:0:2}"
bench_load pub-ingest-1 1 1 "$DURATION" -s "$LUA/publication-ingest.lua" "$HOST_URL/api/publication/documents" -- "${OA_ARGS[@]:0:2}"
log "OA ingest: 4 concurrent clients"
bench_load pub-ingest-4 4 4 "$DURATION" -s "$LUA/publication-ingest.lua" "$HOST_URL/api/publication/documents" -- "${OA_ARGS[@]}"
OUTBOX_PENDING="$(opengov_pg_psql -d "$DB_NAME" -Atc "SELECT count(*) FROM publication.outbox_messages WHERE processed_at IS NULL" 2>/dev/null || echo '?')"

log "public search"
bench_load pub-search-warmup 2 32 "$WARMUP" -s "$LUA/publication-search.lua" "$HOST_URL"
bench_load pub-search 2 32 "$DURATION" -s "$LUA/publication-search.lua" "$HOST_URL"
log "public detail"
bench_load pub-detail-warmup 2 32 "$WARMUP" -s "$LUA/publication-detail.lua" "$HOST_URL" -- "$OUT/pub-detail-ids.txt"
bench_load pub-detail 2 32 "$DURATION" -s "$LUA/publication-detail.lua" "$HOST_URL" -- "$OUT/pub-detail-ids.txt"
RSS_MB=$((($(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))

ingest1="$(wrk_rps pub-ingest-1)"
ingest4="$(wrk_rps pub-ingest-4)"
search99="$(wrk_pct_ms pub-search 99)"
detail99="$(wrk_pct_ms pub-detail 99)"
ok() { awk -v a="$1" -v op="$2" -v b="$3" -v bad="$4" 'BEGIN { r = (op == ">=") ? (a >= b) : (a < b); print (r && bad == 0) ? 1 : 0 }'; }
i1_ok="$(ok "$ingest1" ">=" "$TARGET_INGEST_RPS" "$(wrk_bad pub-ingest-1)")"
i4_ok="$(ok "$ingest4" ">=" "$TARGET_INGEST_RPS" "$(wrk_bad pub-ingest-4)")"
s_ok="$(ok "$search99" "<" "$TARGET_SEARCH_P99_MS" "$(wrk_bad pub-search)")"
d_ok="$(ok "$detail99" "<" "$TARGET_DETAIL_P99_MS" "$(wrk_bad pub-detail)")"
{
    echo "==== OpenGov benchmark: publication ($(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "machine: $NCPU cores, shared; 'others' = cores used by processes other than the host, PostgreSQL and wrk"
    echo "host: $([ "${BENCH_R2R:-1}" = 1 ] && echo 'ReadyToRun publish, as deployed' || echo 'build output (JIT)')"
    echo "data: $PUBLISHED current published records over $UNITS units (seeded in $SEED_S s); outbox on; unsent outbox rows after ingest: $OUTBOX_PENDING"
    printf 'OA ingest, 1 sequential client:  %s records/s  p50 %s p99 %s  errors %s  (CPU %s us/request, others %s cores)  target >= %s   %s\n' \
        "$ingest1" "$(wrk_pct pub-ingest-1 50)" "$(wrk_pct pub-ingest-1 99)" "$(wrk_bad pub-ingest-1)" "$(cpu_us pub-ingest-1)" "$(others pub-ingest-1)" "$TARGET_INGEST_RPS" "$(verdict "$i1_ok")"
    printf 'OA ingest, 4 concurrent clients: %s records/s  p50 %s p99 %s  errors %s  (CPU %s us/request, others %s cores)  target >= %s   %s\n' \
        "$ingest4" "$(wrk_pct pub-ingest-4 50)" "$(wrk_pct pub-ingest-4 99)" "$(wrk_bad pub-ingest-4)" "$(cpu_us pub-ingest-4)" "$(others pub-ingest-4)" "$TARGET_INGEST_RPS" "$(verdict "$i4_ok")"
    printf 'public search (wrk -c32): p99 %s ms  p50 %s  %s req/s  errors %s  (CPU %s us/request, others %s cores)  target p99 < %s ms   %s\n' \
        "$search99" "$(wrk_pct pub-search 50)" "$(wrk_rps pub-search)" "$(wrk_bad pub-search)" "$(cpu_us pub-search)" "$(others pub-search)" "$TARGET_SEARCH_P99_MS" "$(verdict "$s_ok")"
    printf 'public detail (wrk -c32): p99 %s ms  p50 %s  %s req/s  errors %s  (CPU %s us/request, others %s cores)  target p99 < %s ms   %s\n' \
        "$detail99" "$(wrk_pct pub-detail 50)" "$(wrk_rps pub-detail)" "$(wrk_bad pub-detail)" "$(cpu_us pub-detail)" "$(others pub-detail)" "$TARGET_DETAIL_P99_MS" "$(verdict "$d_ok")"
    echo "host RSS after load: $RSS_MB MB"
} | tee "$OUT/publication-summary.txt"

[ "$i1_ok" = 1 ] && [ "$i4_ok" = 1 ] && [ "$s_ok" = 1 ] && [ "$d_ok" = 1 ]
