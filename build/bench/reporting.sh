#!/usr/bin/env bash
#
# Benchmark of the county-wide annual report:  bash build/bench/reporting.sh
#
# Starts the host (Release build, PostgreSQL, Production environment, outbox on, logging at Warning) on a freshly
# re-created database `opengov_bench_rep` and creates BENCH_UNITS (200) units through the API. Seeding (timed apart,
# not part of the target):
#   - publications: BENCH_BASE_RECORDS (20,000) records through Publication's own model (build/bench/PublicationSeed,
#     with the report year: formed over that year and the one before, about 1 in 30 a 行政规范性文件 — some repealed
#     or expired within the year —, some redacted or withheld, registrations on several channels), then multiplied in
#     SQL to BENCH_RECORDS (1,000,000): every row of records, published_revisions, registrations and review_steps is
#     cloned with new ids (a mapping table keeps the foreign keys and replaced_by_record_id consistent) and the index
#     number suffixed with the copy's number so it stays unique. The model at ~650 records/s would take ~25 minutes
#     for a million; the clones are the rows the model wrote, so the queries see the same shapes and selectivities.
#   - requests: BENCH_REQUESTS (50,000) over the five years up to today through build/bench/RequestsSeed.
# Then it measures POST /api/reporting/county-reports {year: last year} as the county administrator (the roll-up of
# every member's tables through GetPublicationStatisticsQuery and GetRequestStatisticsQuery, validated and stored;
# the response is the validated draft): wall time seen by curl, one warm-up run, then the median of BENCH_RUNS; the
# draft is deleted in SQL between runs (a second create for the year is a 409). The host's memory after the runs is
# read from /proc: VmHWM (peak RSS since start, seeding through the API included) and VmRSS.
# Raw outputs go to build/bench/out/; the summary prints each figure beside its target with PASS/FAIL.
#
# Knobs: BENCH_UNITS=200  BENCH_RECORDS=1000000  BENCH_BASE_RECORDS=20000  BENCH_REQUESTS=50000  BENCH_RUNS=5
#        BENCH_HOST_PORT=55230  BENCH_SKIP_BUILD=1  BENCH_SKIP_SEED=1 (reuse the database of the previous run)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
OUT="$REPO_ROOT/build/bench/out"
mkdir -p "$OUT"
rm -f "$OUT"/rep-report-*.json

UNITS="${BENCH_UNITS:-200}"
RECORDS="${BENCH_RECORDS:-1000000}"
BASE="${BENCH_BASE_RECORDS:-20000}"
REQUESTS="${BENCH_REQUESTS:-50000}"
RUNS="${BENCH_RUNS:-5}"
DB_NAME=opengov_bench_rep
[ $((RECORDS % BASE)) -eq 0 ] || { echo "BENCH_RECORDS must be a multiple of BENCH_BASE_RECORDS" >&2; exit 2; }

# Targets (issue 7).
TARGET_MS=3000
TARGET_MB=300

HOST_BIN="$REPO_ROOT/src/Host/OpenGov.Host/bin/Release/net10.0"
PUB_SEED_DIR="$REPO_ROOT/build/bench/PublicationSeed"
REQ_SEED_DIR="$REPO_ROOT/build/bench/RequestsSeed"
PUB_SEED_BIN="$PUB_SEED_DIR/bin/Release/net10.0/PublicationSeed.dll"
REQ_SEED_BIN="$REQ_SEED_DIR/bin/Release/net10.0/RequestsSeed.dll"

# shellcheck source=build/bench/lib/bench.sh
source "$REPO_ROOT/build/bench/lib/bench.sh"

HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55230}")"
HOST_URL="http://127.0.0.1:$HOST_PORT"
TODAY="$(TZ=Asia/Shanghai date +%F)"
YEAR=$(($(TZ=Asia/Shanghai date +%Y) - 1))

if [ "${BENCH_SKIP_SEED:-0}" = 1 ]; then
    source "$REPO_ROOT/build/lib/postgres.sh"
    opengov_pg_start || die "PostgreSQL is not available"
    CONNECTION="Host=127.0.0.1;Port=$OPENGOV_PG_PORT;Username=postgres;Password=postgres;Database=$DB_NAME"
    [ -f "$OUT/rep-credentials" ] || die "BENCH_SKIP_SEED=1 needs out/rep-credentials from an earlier run"
    # shellcheck disable=SC1091
    source "$OUT/rep-credentials"
else
    bench_fresh_db "$DB_NAME"
    (umask 077 && printf 'ADMIN_USER=%q\nADMIN_PASSWORD=%q\nSIGNING_KEY=%q\n' "$ADMIN_USER" "$ADMIN_PASSWORD" "$SIGNING_KEY" >"$OUT/rep-credentials")
fi
psql_rep() { opengov_pg_psql -d "$DB_NAME" -v ON_ERROR_STOP=1 "$@"; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the host and the seeders (Release)"
    dotnet build src/Host/OpenGov.Host -c Release >"$OUT/build-host.log" 2>&1 ||
        { tail -n 40 "$OUT/build-host.log" >&2; die "host build failed ($OUT/build-host.log)"; }
    for dir in "$PUB_SEED_DIR" "$REQ_SEED_DIR"; do
        dotnet build "$dir" -c Release >"$OUT/build-seed.log" 2>&1 ||
            { tail -n 40 "$OUT/build-seed.log" >&2; die "seeder build failed ($OUT/build-seed.log)"; }
    done
fi

log "machine: $NCPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# The overdue monitor would scan the million records meanwhile; it is not part of drafting a report.
HOST_ENV=(Publication__DeadlineMonitor__Enabled=false)
start_host rep-host
log "host ready after $READY_MS ms"
TOKEN="$(get_token)" || die "token request failed"
AUTH=(-H "Authorization: Bearer $TOKEN")

# Clones every base record COPIES times (copy n = 1..COPIES), with the rows that hang off it. Columns come from the
# catalog, so a column added by a later migration is copied too; generated columns (search_vector) are left to the
# database. Secondary indexes are dropped during the load and re-created after (same definitions), and the foreign-key
# triggers are off meanwhile (session_replication_role): the mapping makes every reference point at a clone, and the
# check after the load proves it.
clone_publications() {
    local copies="$1"
    psql_rep -q <<SQL
SET maintenance_work_mem = '512MB';
SET session_replication_role = replica;
CREATE TEMP TABLE saved_indexes AS
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
    WHERE s.nspname = 'publication' AND t.relname IN ('records', 'published_revisions', 'registrations', 'review_steps')
      AND NOT i.indisprimary;
DO \$\$ DECLARE x record; BEGIN
    FOR x IN SELECT name FROM saved_indexes LOOP EXECUTE 'DROP INDEX ' || x.name; END LOOP;
END \$\$;
CREATE TEMP TABLE clone_map AS
    SELECT r.id AS old_id, n, gen_random_uuid() AS new_id FROM publication.records r CROSS JOIN generate_series(1, $copies) n;
CREATE UNIQUE INDEX ON clone_map (old_id, n);
ANALYZE clone_map;
DO \$\$
DECLARE t text; cols text; sel text; key text;
BEGIN
    FOREACH t IN ARRAY ARRAY['records', 'published_revisions', 'registrations', 'review_steps'] LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
               string_agg(CASE
                   WHEN column_name = 'id' AND t = 'records' THEN 'm.new_id'
                   WHEN column_name = 'id' THEN 'gen_random_uuid()'
                   WHEN column_name = 'record_id' THEN 'm.new_id'
                   WHEN column_name = 'index_number' THEN 'x.index_number || ''-'' || m.n'
                   WHEN column_name = 'replaced_by_record_id' THEN
                       '(SELECT r.new_id FROM clone_map r WHERE r.old_id = x.replaced_by_record_id AND r.n = m.n)'
                   ELSE 'x.' || quote_ident(column_name) END, ', ' ORDER BY ordinal_position)
          INTO cols, sel
          FROM information_schema.columns
         WHERE table_schema = 'publication' AND table_name = t AND is_generated = 'NEVER';
        key := CASE WHEN t = 'records' THEN 'id' ELSE 'record_id' END;
        EXECUTE format('INSERT INTO publication.%I (%s) SELECT %s FROM clone_map m JOIN publication.%I x ON x.%I = m.old_id',
                       t, cols, sel, t, key);
    END LOOP;
END \$\$;
DO \$\$ DECLARE x record; BEGIN
    FOR x IN SELECT def FROM saved_indexes LOOP EXECUTE x.def; END LOOP;
END \$\$;
SET session_replication_role = origin;
SQL
    local orphans
    orphans="$(psql_rep -Atc "SELECT
        (SELECT count(*) FROM publication.published_revisions v WHERE NOT EXISTS (SELECT 1 FROM publication.records r WHERE r.id = v.record_id))
      + (SELECT count(*) FROM publication.registrations v WHERE NOT EXISTS (SELECT 1 FROM publication.records r WHERE r.id = v.record_id))
      + (SELECT count(*) FROM publication.review_steps v WHERE NOT EXISTS (SELECT 1 FROM publication.records r WHERE r.id = v.record_id))")"
    [ "$orphans" = 0 ] || die "cloning left $orphans rows without their record"
}

if [ "${BENCH_SKIP_SEED:-0}" != 1 ]; then
    log "creating $UNITS units through the API"
    bench_create_units "$UNITS" "$OUT/rep-units.txt"
    log "seeding $BASE records through the model (report year $YEAR)"
    t0="$(now_us)"
    dotnet "$PUB_SEED_BIN" "$CONNECTION" "$OUT/rep-units.txt" "$BASE" "$YEAR" 2>"$OUT/rep-pub-seed.log" ||
        { tail -n 20 "$OUT/rep-pub-seed.log" >&2; die "publication seeding failed"; }
    PUB_MODEL_S="$(awk -v us=$(($(now_us) - t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
    log "cloning them to $RECORDS records in SQL"
    t0="$(now_us)"
    [ "$RECORDS" -eq "$BASE" ] || clone_publications $((RECORDS / BASE - 1))
    PUB_CLONE_S="$(awk -v us=$(($(now_us) - t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
    log "seeding $REQUESTS requests up to $TODAY"
    t0="$(now_us)"
    dotnet "$REQ_SEED_BIN" "$CONNECTION" "$OUT/rep-units.txt" "$REQUESTS" "$TODAY" 2>"$OUT/rep-req-seed.log" ||
        { tail -n 20 "$OUT/rep-req-seed.log" >&2; die "requests seeding failed"; }
    REQ_SEED_S="$(awk -v us=$(($(now_us) - t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
    t0="$(now_us)"
    psql_rep -c "VACUUM ANALYZE" >/dev/null
    VACUUM_S="$(awk -v us=$(($(now_us) - t0)) 'BEGIN { printf "%.0f", us / 1e6 }')"
    SEEDING="publications $PUB_MODEL_S s through the model + $PUB_CLONE_S s cloning, requests $REQ_SEED_S s, VACUUM ANALYZE $VACUUM_S s"
    echo "$SEEDING" >"$OUT/rep-seeding.txt"
else
    SEEDING="(reused: $(cat "$OUT/rep-seeding.txt" 2>/dev/null || echo '?'))"
fi

# What the report must add up to, counted here in SQL straight from the tables (China-time year, as the handler).
COUNT="$(psql_rep -Atc "SELECT count(*) FROM publication.records")"
[ "$COUNT" -eq "$RECORDS" ] || die "publication.records holds $COUNT rows, not $RECORDS"
EXPECT_NORMATIVE_ISSUED="$(psql_rep -Atc "SELECT count(*) FROM publication.records WHERE kind = 3
    AND published_at >= '$YEAR-01-01 00:00+08' AND published_at < '$((YEAR + 1))-01-01 00:00+08'")"
EXPECT_NORMATIVE_REPEALED="$(psql_rep -Atc "SELECT count(*) FROM publication.records WHERE kind = 3
    AND normative_status = 3 AND normative_status_on BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'")"
EXPECT_NEW_REQUESTS="$(psql_rep -Atc "SELECT count(*) FROM requests.requests WHERE received_on BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'" 2>/dev/null || echo '?')"
mapfile -t PG_SIZES < <(psql_rep -Atc "SELECT pg_size_pretty(pg_total_relation_size('publication.records')),
    pg_size_pretty(pg_total_relation_size('publication.published_revisions')), pg_size_pretty(pg_database_size(current_database()))" | tr '|' '\n')

report_ms() { # $1 label: one county report; the response goes to out/rep-report-LABEL.json
    local code
    psql_rep -qc "DELETE FROM reporting.annual_reports" >/dev/null
    code="$(curl -s -o "$OUT/rep-report-$1.json" -w '%{http_code} %{time_total}' "${AUTH[@]}" -H 'Content-Type: application/json' \
        -X POST "$HOST_URL/api/reporting/county-reports" -d "{\"year\":$YEAR}")" || die "county report $1: curl failed"
    [ "${code%% *}" = 201 ] || { head -c 2000 "$OUT/rep-report-$1.json" >&2; die "county report $1: HTTP ${code%% *}"; }
    awk -v s="${code#* }" 'BEGIN { printf "%.0f\n", s * 1000 }'
}

log "county report for $YEAR: warm-up, then $RUNS runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# The host's memory before the first report: what start-up and unit creation left, apart from the reports' own.
PRE_HWM_MB=$((($(awk '/^VmHWM:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))
PRE_RSS_MB=$((($(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))
s0="$(snapshot "$HOST_PID")"
t0="$(now_us)"
WARM_MS="$(report_ms warmup)"
TIMES=()
for ((i = 1; i <= RUNS; i++)); do TIMES+=("$(report_ms "$i")"); done
s1="$(snapshot "$HOST_PID")"
RUN_OTHERS="$(others_cores "$s0" "$s1" 0 $(($(now_us) - t0)))"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
MEDIAN_MS="$(printf '%s\n' "${TIMES[@]}" | median)"
HWM_MB=$((($(awk '/^VmHWM:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))
RSS_MB=$((($(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status") + 512) / 1024))

LAST="$OUT/rep-report-$RUNS.json"
# grep finds nothing for an empty list; that is a count of 0, not a failure of the pipeline.
json_int() { { grep -o "\"$1\":[0-9-]*" "$LAST" || true; } | head -n 1 | cut -d: -f2; }
json_count() { { grep -o "$1" "$LAST" || true; } | wc -l; }
GOT_NORMATIVE_ISSUED="$(json_int normativeIssued)"
GOT_NORMATIVE_REPEALED="$(json_int normativeRepealed)"
GOT_NORMATIVE_IN_FORCE="$(json_int normativeInForce)"
MEMBERS="$(json_count '"unitName":')"
BLOCKING="$(json_count '"blocking":true')"
ISSUES="$(json_count '"blocking":')"
STATUS="$({ grep -o '"status":"[A-Za-z]*"' "$LAST" || true; } | head -n 1 | cut -d'"' -f4)"
plausible=1
[ "$GOT_NORMATIVE_ISSUED" = "$EXPECT_NORMATIVE_ISSUED" ] && [ "$GOT_NORMATIVE_REPEALED" = "$EXPECT_NORMATIVE_REPEALED" ] &&
    [ "${GOT_NORMATIVE_ISSUED:-0}" -gt 0 ] && [ "$STATUS" = Draft ] || plausible=0

t_ok="$(awk -v a="$MEDIAN_MS" -v b="$TARGET_MS" -v p="$plausible" 'BEGIN { print (a < b && p == 1) ? 1 : 0 }')"
m_ok="$(awk -v a="$HWM_MB" -v b="$TARGET_MB" 'BEGIN { print (a < b) ? 1 : 0 }')"
{
    echo "==== OpenGov benchmark: reporting ($(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "machine: $NCPU cores, shared; load average before the runs $LOAD_BEFORE, after $LOAD_AFTER; others used $RUN_OTHERS cores during the runs"
    echo "data: $COUNT publication records (records ${PG_SIZES[0]:-?}, published_revisions ${PG_SIZES[1]:-?}, database ${PG_SIZES[2]:-?}), $REQUESTS requests, $UNITS units"
    echo "seeding (not part of the target): $SEEDING"
    echo "check, $YEAR: 行政规范性文件 issued $GOT_NORMATIVE_ISSUED (SQL $EXPECT_NORMATIVE_ISSUED), repealed $GOT_NORMATIVE_REPEALED (SQL $EXPECT_NORMATIVE_REPEALED), in force $GOT_NORMATIVE_IN_FORCE; requests received in $YEAR (SQL) $EXPECT_NEW_REQUESTS; members $MEMBERS; status $STATUS; issues $ISSUES ($BLOCKING blocking)"
    printf 'county report %s, POST to validated draft: median %s ms  (runs %s; warm-up %s ms)  target < %s ms   %s\n' \
        "$YEAR" "$MEDIAN_MS" "$(list "${TIMES[@]}")" "$WARM_MS" "$TARGET_MS" "$(verdict "$t_ok")"
    printf 'host memory: peak (VmHWM) %s MB, now (VmRSS) %s MB (before the first report: VmHWM %s MB, VmRSS %s MB)  target peak < %s MB   %s\n' \
        "$HWM_MB" "$RSS_MB" "$PRE_HWM_MB" "$PRE_RSS_MB" "$TARGET_MB" "$(verdict "$m_ok")"
} | tee "$OUT/reporting-summary.txt"

[ "$t_ok" = 1 ] && [ "$m_ok" = 1 ]
