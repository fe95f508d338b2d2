#!/usr/bin/env bash
#
# Benchmark of the Organization unit list:  bash build/bench/org-units.sh
#
# Starts the host (Release build, PostgreSQL, Production environment, logging at Warning) on a
# freshly re-created database `opengov_bench`, seeds units through the API, and runs beside it a
# bare minimal-API + EF Core app (build/bench/BareUnits) doing the same paged query. Measures:
#   - cold start: process launch -> first 200 on /health/ready, on the empty database (the host
#     migrates and seeds) and on the migrated database (BENCH_COLD_RUNS restarts; the median is
#     compared to the target);
#   - throughput: wrk against the host's authenticated GET /api/organization/units and the bare
#     app's GET /units (same page and size), one app at a time, each after a warm-up, alternating
#     host/bare for BENCH_ROUNDS rounds; the ratio is the median of the per-round ratios, so a burst
#     of outside load during one run cannot decide it;
#   - the host's resident memory (VmRSS) right after its load.
# Beside each figure it prints the CPU time the process used (per request, or to get ready) and how
# much CPU *other* processes took meanwhile: the machine is shared, and wall-clock figures from a
# busy machine mean little on their own.
# Prints a summary with PASS/FAIL per target; raw outputs go to build/bench/out/.
# Exit status: 0 when every target is met, 1 when one is missed or the run broke.
#
# Knobs (environment, all optional):
#   BENCH_UNITS=1000        units created through the API (the county government comes on top)
#   BENCH_DURATION=20s      each measured wrk run
#   BENCH_WARMUP=15s        warm-up per app: with 5 s the first measured round still paid for
#                           tiered JIT (about 40% more CPU per request than the later rounds)
#   BENCH_THREADS=2  BENCH_CONNECTIONS=32   wrk -t / -c
#   BENCH_ROUNDS=3          measured runs per app, alternating host/bare
#   BENCH_COLD_RUNS=3       restarts on the migrated database (median compared to the target)
#   BENCH_R2R=1             (default) also publish the host as it is deployed (dotnet publish -r linux-x64,
#                           ReadyToRun) and compare THAT build's cold start to the target; the plain
#                           build output's cold start (all JIT) is then printed for information.
#                           BENCH_R2R=0 compares the build output instead.
#   BENCH_HOST_PORT=55180  BENCH_BARE_PORT=55181   first ports tried (the next free one is used)
#   BENCH_SKIP_BUILD=1      reuse the existing Release builds
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
OUT="$REPO_ROOT/build/bench/out"
mkdir -p "$OUT"
rm -f "$OUT"/wrk-*.txt "$OUT"/host-start-*.log "$OUT"/*.cpu "$OUT"/.c0 "$OUT"/.c1 "$OUT"/.times

UNITS="${BENCH_UNITS:-1000}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-15s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
ROUNDS="${BENCH_ROUNDS:-3}"
COLD_RUNS="${BENCH_COLD_RUNS:-3}"
DB_NAME=opengov_bench
PAGE_QUERY="page=1&pageSize=20"

# Targets (issue 3, item 9).
TARGET_RATIO_PCT=70
TARGET_COLD_MS=3000
TARGET_RSS_MB=300

HOST_BIN="$REPO_ROOT/src/Host/OpenGov.Host/bin/Release/net10.0"
HOST_R2R_BIN="$OUT/host-r2r"
BARE_DIR="$REPO_ROOT/build/bench/BareUnits"
BARE_BIN="$BARE_DIR/bin/Release/net10.0"

# shellcheck source=build/bench/lib/bench.sh
source "$REPO_ROOT/build/bench/lib/bench.sh"

HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55180}")"
BARE_PORT="$(pick_port "${BENCH_BARE_PORT:-55181}" "$HOST_PORT")"
HOST_URL="http://127.0.0.1:$HOST_PORT"
BARE_URL="http://127.0.0.1:$BARE_PORT"

bench_fresh_db "$DB_NAME"

# ---------------------------------------------------------------- build
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the host (Release)"
    dotnet build src/Host/OpenGov.Host -c Release >"$OUT/build-host.log" 2>&1 ||
        { tail -n 40 "$OUT/build-host.log" >&2; die "host build failed ($OUT/build-host.log)"; }
    log "building the bare app (Release)"
    dotnet build "$BARE_DIR" -c Release >"$OUT/build-bare.log" 2>&1 ||
        { tail -n 40 "$OUT/build-bare.log" >&2; die "bare app build failed ($OUT/build-bare.log)"; }
    if [ "${BENCH_R2R:-1}" = 1 ]; then
        log "publishing the host with ReadyToRun (BENCH_R2R=1)"
        rm -rf "$HOST_R2R_BIN"
        dotnet publish src/Host/OpenGov.Host -c Release -r linux-x64 --self-contained false \
            -p:PublishReadyToRun=true -o "$HOST_R2R_BIN" >"$OUT/publish-host-r2r.log" 2>&1 ||
            { tail -n 40 "$OUT/publish-host-r2r.log" >&2; die "ReadyToRun publish failed ($OUT/publish-host-r2r.log)"; }
    fi
fi
[ -f "$HOST_BIN/OpenGov.Host.dll" ] || die "$HOST_BIN/OpenGov.Host.dll missing (build first)"
[ -f "$BARE_BIN/BareUnits.dll" ] || die "$BARE_BIN/BareUnits.dll missing (build first)"
[ "${BENCH_R2R:-1}" != 1 ] || [ -f "$HOST_R2R_BIN/OpenGov.Host.dll" ] || die "$HOST_R2R_BIN/OpenGov.Host.dll missing"

run_bare() {
    cd "$BARE_BIN" && exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__OpenGov="$CONNECTION" \
        Logging__LogLevel__Default=Warning \
        dotnet BareUnits.dll --urls "$BARE_URL"
}


# Restarts the host $1 times from folder $2 on the migrated database; fills COLD_MS_ALL,
# COLD_CPU_ALL, COLD_OTHERS_ALL. $3 label prefix.
cold_starts() {
    local runs="$1" folder="$2" prefix="$3" run
    COLD_MS_ALL=()
    COLD_CPU_ALL=()
    COLD_OTHERS_ALL=()
    for ((run = 1; run <= runs; run++)); do
        stop_pid "$HOST_PID"
        HOST_PID=""
        start_host "$prefix-$run" "$folder"
        COLD_MS_ALL+=("$READY_MS")
        COLD_CPU_ALL+=("$READY_CPU_MS")
        COLD_OTHERS_ALL+=("$READY_OTHERS")
        log "  $prefix $run/$runs: ready after $READY_MS ms (CPU $READY_CPU_MS ms; other processes $READY_OTHERS cores)"
    done
}

log "machine: $NCPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: other builds may be running)"
log "host on $HOST_URL, bare app on $BARE_URL"

log "cold start: empty database (the host migrates and seeds)"
start_host host-start-empty-db
COLD_EMPTY_MS="$READY_MS"
COLD_EMPTY_CPU="$READY_CPU_MS"
COLD_EMPTY_OTHERS="$READY_OTHERS"
log "  ready after $COLD_EMPTY_MS ms (CPU $COLD_EMPTY_CPU ms; other processes $COLD_EMPTY_OTHERS cores)"

TOKEN="$(get_token)" || die "token request failed"
[ -n "$TOKEN" ] || die "no access_token in the token response"

ROOT_JSON="$(curl -sf -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/organization/units?type=CountyGovernment")" ||
    die "could not list the county government unit"
ROOT_ID="$(sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p' <<<"$ROOT_JSON")"
[ -n "$ROOT_ID" ] || die "no CountyGovernment unit found: $ROOT_JSON"

# One curl process for every POST (--parallel, keep-alive): 1,000 curl and bash processes would
# cost more CPU than the host spends creating the units. The config holds the token; deleted after.
seed_config() {
    local i n
    for ((i = 1; i <= UNITS; i++)); do
        n="$(printf '%04d' "$i")"
        [ "$i" -eq 1 ] || printf 'next\n'
        printf 'url = "%s/api/organization/units"\n' "$HOST_URL"
        printf 'header = "Authorization: Bearer %s"\n' "$TOKEN"
        printf 'header = "Content-Type: application/json"\n'
        # Quotes are escaped for curl's config syntax, which unescapes them again.
        printf 'data-binary = "{\\"name\\":\\"基准测试单位%s\\",\\"shortName\\":\\"基准%s\\",\\"type\\":\\"CountyDepartment\\",\\"parentId\\":\\"%s\\",\\"sortOrder\\":%d,' "$n" "$n" "$ROOT_ID" $((i % 100))
        printf '\\"contact\\":{\\"person\\":\\"联系人%s\\",\\"phone\\":\\"0000-1234%s\\",\\"address\\":\\"XX县人民路%s号\\",\\"email\\":\\"unit%s@example.gov.cn\\",\\"postalCode\\":\\"100000\\"}}"\n' "$n" "$n" "$n" "$n"
        printf 'output = "/dev/null"\n'
        printf 'write-out = "%%{http_code}\\n"\n'
        printf 'max-time = 60\n'
    done
}

log "seeding $UNITS units through POST /api/organization/units (6 in parallel)"
(umask 077 && seed_config >"$OUT/seed.curlrc")
seed_t0="$(now_us)"
curl -s --no-progress-meter --parallel --parallel-max 6 -K "$OUT/seed.curlrc" >"$OUT/seed-status.txt" 2>"$OUT/seed-errors.txt" || true
SEED_S="$(awk -v us=$(($(now_us) - seed_t0)) 'BEGIN { printf "%.1f", us / 1e6 }')"
rm -f "$OUT/seed.curlrc"
seed_ok="$(grep -c '^201$' "$OUT/seed-status.txt" || true)"
[ "$seed_ok" -eq "$UNITS" ] ||
    die "only $seed_ok of $UNITS units were created (statuses: $(sort "$OUT/seed-status.txt" | uniq -c | tr '\n' ' '))"
log "  $seed_ok units created in $SEED_S s"

# The migrated-database cold start is measured on restarts of the seeded database; the last
# start is the one that takes the load.
if [ "${BENCH_R2R:-1}" = 1 ]; then
    log "cold start: migrated database, deployed build (ReadyToRun publish; $COLD_RUNS restarts)"
    cold_starts "$COLD_RUNS" "$HOST_R2R_BIN" host-start-r2r
    R2R_MS_ALL=("${COLD_MS_ALL[@]}")
    R2R_CPU_ALL=("${COLD_CPU_ALL[@]}")
    R2R_OTHERS_ALL=("${COLD_OTHERS_ALL[@]}")
fi
log "cold start: migrated database ($COLD_RUNS restarts)"
cold_starts "$COLD_RUNS" "$HOST_BIN" host-start-migrated-db
COLD_MS="$(printf '%s\n' "${COLD_MS_ALL[@]}" | median)"
COLD_CPU="$(printf '%s\n' "${COLD_CPU_ALL[@]}" | median)"

# Reference: the bare app, launch -> first 200 on /units (its first database query included).
log "starting the bare app"
start_and_wait bare-app "$BARE_URL/units?$PAGE_QUERY" run_bare
BARE_PID="$STARTED_PID"
BENCH_PIDS+=("$BARE_PID")
BARE_READY_MS="$READY_MS"
BARE_READY_CPU="$READY_CPU_MS"
log "  first /units answer after $BARE_READY_MS ms (CPU $BARE_READY_CPU ms; other processes $READY_OTHERS cores)"

TOKEN="$(get_token)" || die "token request failed"
[ -n "$TOKEN" ] || die "no access_token in the token response"
HOST_LIST_URL="$HOST_URL/api/organization/units?$PAGE_QUERY"
BARE_LIST_URL="$BARE_URL/units?$PAGE_QUERY"

# Same query, same shape: the two first pages should be byte-for-byte identical.
curl -sf -H "Authorization: Bearer $TOKEN" "$HOST_LIST_URL" >"$OUT/host-page1.json" || die "host list request failed"
curl -sf "$BARE_LIST_URL" >"$OUT/bare-page1.json" || die "bare list request failed"
TOTAL="$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$OUT/host-page1.json")"
if cmp -s "$OUT/host-page1.json" "$OUT/bare-page1.json"; then
    SAME_JSON="identical"
else
    SAME_JSON="DIFFERENT (compare out/host-page1.json and out/bare-page1.json)"
    log "WARNING: the host's and the bare app's first pages differ"
fi
log "units in the table: $TOTAL; first page host vs bare: $SAME_JSON"

AUTH=(-H "Authorization: Bearer $TOKEN")
run_wrk host-warmup "$HOST_PID" "$WARMUP" "${AUTH[@]}" "$HOST_LIST_URL"
run_wrk bare-warmup "$BARE_PID" "$WARMUP" "$BARE_LIST_URL"
HOST_RUNS=()
BARE_RUNS=()
RATIOS=()
HOST_RSS_KB=0
for ((round = 1; round <= ROUNDS; round++)); do
    run_wrk "host-$round" "$HOST_PID" "$DURATION" "${AUTH[@]}" "$HOST_LIST_URL"
    HOST_RUNS+=("host-$round")
    # Right after the host's load, before the bare app's run gives its GC time to shrink the heap.
    rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status")"
    [ "$rss" -le "$HOST_RSS_KB" ] || HOST_RSS_KB="$rss"
    run_wrk "bare-$round" "$BARE_PID" "$DURATION" "$BARE_LIST_URL"
    BARE_RUNS+=("bare-$round")
    RATIOS+=("$(awk -v h="$(wrk_rps "host-$round")" -v b="$(wrk_rps "bare-$round")" 'BEGIN { printf "%.1f", 100 * h / b }')")
    log "  round $round: host $(wrk_rps "host-$round") req/s ($(cpu_us "host-$round") us CPU/request), bare $(wrk_rps "bare-$round") req/s ($(cpu_us "bare-$round") us CPU/request), ratio ${RATIOS[-1]}%"
done
HOST_HWM_KB="$(awk '/^VmHWM:/ { print $2 }' "/proc/$HOST_PID/status")"
BARE_RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$BARE_PID/status")"

HOST_MED="$(median_run "${HOST_RUNS[@]}")"
BARE_MED="$(median_run "${BARE_RUNS[@]}")"
if [ -z "$HOST_MED" ] || [ -z "$BARE_MED" ] || [ -z "$(wrk_rps "$HOST_MED")" ] || [ -z "$(wrk_rps "$BARE_MED")" ]; then
    die "could not read Requests/sec from wrk's output"
fi
HOST_RPS="$(wrk_rps "$HOST_MED")"
BARE_RPS="$(wrk_rps "$BARE_MED")"
RATIO_PCT="$(printf '%s\n' "${RATIOS[@]}" | median)"
HOST_CPU_US="$(for l in "${HOST_RUNS[@]}"; do cpu_us "$l"; done | median)"
BARE_CPU_US="$(for l in "${BARE_RUNS[@]}"; do cpu_us "$l"; done | median)"
HOST_BAD=0
BARE_BAD=0
for label in "${HOST_RUNS[@]}"; do HOST_BAD=$((HOST_BAD + $(wrk_bad "$label"))); done
for label in "${BARE_RUNS[@]}"; do BARE_BAD=$((BARE_BAD + $(wrk_bad "$label"))); done

# ---------------------------------------------------------------- summary
ratio_ok="$(awk -v r="$RATIO_PCT" -v t="$TARGET_RATIO_PCT" 'BEGIN { print (r >= t) ? 1 : 0 }')"
[ "$HOST_BAD" -eq 0 ] && [ "$BARE_BAD" -eq 0 ] || ratio_ok=0
# The deployed form (a ReadyToRun publish) is what the target is about; the build output is all JIT.
if [ "${BENCH_R2R:-1}" = 1 ]; then
    TARGET_COLD_MS_VALUE="$(printf '%s\n' "${R2R_MS_ALL[@]}" | median)"
    TARGET_COLD_CPU="$(printf '%s\n' "${R2R_CPU_ALL[@]}" | median)"
    TARGET_COLD_LABEL="deployed build: dotnet publish -r linux-x64, ReadyToRun"
else
    TARGET_COLD_MS_VALUE="$COLD_MS"
    TARGET_COLD_CPU="$COLD_CPU"
    TARGET_COLD_LABEL="build output"
fi
cold_ok=$((TARGET_COLD_MS_VALUE < TARGET_COLD_MS ? 1 : 0))
RSS_MB=$(((HOST_RSS_KB + 512) / 1024))
rss_ok=$((RSS_MB < TARGET_RSS_MB ? 1 : 0))

{
    echo "==== OpenGov benchmark: organization units ($(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "machine: $NCPU cores, shared with other work; 'others' = cores used by processes other than the app, PostgreSQL and wrk"
    echo "data: $TOTAL units ($UNITS created through the API in $SEED_S s); first page host vs bare: $SAME_JSON"
    echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one app at a time, $ROUNDS rounds alternating host/bare after a $WARMUP warm-up each;"
    echo "      req/s below are each app's median round; the ratio is the median of the per-round host/bare ratios"
    printf 'host   GET /api/organization/units?%s (bearer): median %.1f req/s  p50 %s  p99 %s  errors %s\n' \
        "$PAGE_QUERY" "$HOST_RPS" "$(wrk_pct "$HOST_MED" 50)" "$(wrk_pct "$HOST_MED" 99)" "$HOST_BAD"
    printf '       rounds req/s: %s;  app CPU us/request: %s;  others (cores): %s\n' \
        "$(each wrk_rps "${HOST_RUNS[@]}")" "$(each cpu_us "${HOST_RUNS[@]}")" "$(each others "${HOST_RUNS[@]}")"
    printf 'bare   GET /units?%s (no auth):                  median %.1f req/s  p50 %s  p99 %s  errors %s\n' \
        "$PAGE_QUERY" "$BARE_RPS" "$(wrk_pct "$BARE_MED" 50)" "$(wrk_pct "$BARE_MED" 99)" "$BARE_BAD"
    printf '       rounds req/s: %s;  app CPU us/request: %s;  others (cores): %s\n' \
        "$(each wrk_rps "${BARE_RUNS[@]}")" "$(each cpu_us "${BARE_RUNS[@]}")" "$(each others "${BARE_RUNS[@]}")"
    printf 'ratio per round: %s%%;  app CPU per request host/bare (median): %s / %s us\n' \
        "$(list "${RATIOS[@]}" | sed 's/ /%, /g')" "$HOST_CPU_US" "$BARE_CPU_US"
    printf 'cold start, migrated db: %s ms (CPU %s ms; others %s cores)\n' \
        "$(list "${COLD_MS_ALL[@]}")" "$(list "${COLD_CPU_ALL[@]}")" "$(list "${COLD_OTHERS_ALL[@]}")"
    printf 'cold start, empty db (migrating): %s ms (CPU %s ms; others %s cores); bare app to its first /units answer: %s ms (CPU %s ms)\n' \
        "$COLD_EMPTY_MS" "$COLD_EMPTY_CPU" "$COLD_EMPTY_OTHERS" "$BARE_READY_MS" "$BARE_READY_CPU"
    echo "--------------------------------------------------------------------------------"
    printf 'host requests/s %.1f  (bare %.1f; ratio, median of the rounds, %s%%  target >= %s%%)   %s\n' \
        "$HOST_RPS" "$BARE_RPS" "$RATIO_PCT" "$TARGET_RATIO_PCT" "$(verdict "$ratio_ok")"
    printf 'cold start (migrated db, %s) %s ms  target < %s ms  (median of %s; CPU %s ms)   %s\n' \
        "$TARGET_COLD_LABEL" "$TARGET_COLD_MS_VALUE" "$TARGET_COLD_MS" "$COLD_RUNS" "$TARGET_COLD_CPU" "$(verdict "$cold_ok")"
    if [ "${BENCH_R2R:-1}" = 1 ]; then
        printf 'cold start (migrated db, build output, all JIT) %s ms  (information; runs %s ms, CPU %s ms, others %s cores)\n' \
            "$COLD_MS" "$(list "${COLD_MS_ALL[@]}")" "$(list "${COLD_CPU_ALL[@]}")" "$(list "${COLD_OTHERS_ALL[@]}")"
    fi
    printf 'cold start (empty db, migrating) %s ms  (no target; CPU %s ms)\n' "$COLD_EMPTY_MS" "$COLD_EMPTY_CPU"
    printf 'host RSS after load %s MB  target < %s MB  (peak %s MB; bare app %s MB)   %s\n' \
        "$RSS_MB" "$TARGET_RSS_MB" "$(((HOST_HWM_KB + 512) / 1024))" "$(((BARE_RSS_KB + 512) / 1024))" "$(verdict "$rss_ok")"
} | tee "$OUT/summary.txt"

[ "$ratio_ok" = 1 ] && [ "$cold_ok" = 1 ] && [ "$rss_ok" = 1 ]
