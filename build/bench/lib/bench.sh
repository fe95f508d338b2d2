# shellcheck shell=bash
#
# Shared pieces of the benchmark scripts:  source "$REPO_ROOT/build/bench/lib/bench.sh"
#
# Expects REPO_ROOT and OUT (the output folder) to be set. Gives logging, process clean-up on exit,
# free ports, CPU accounting (the machine is shared: every figure comes with the CPU other processes
# took), a fresh PostgreSQL database, starting the host and waiting for it, tokens, and wrk runs.
# Scripts register the processes they start in BENCH_PIDS (the host in HOST_PID) so they stop on exit.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off
export OPENGOV_LOG_PREFIX="[bench]"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- processes we start
HOST_PID=""
BENCH_PIDS=()

stop_pid() { # $1 pid: SIGTERM, up to 15 s for a graceful stop, then SIGKILL. Only our own PIDs.
    local pid="$1" i
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "process $pid did not stop in 15 s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}


# shellcheck disable=SC2317  # invoked by the EXIT trap
on_exit() {
    local rc=$? pid
    stop_pid "$HOST_PID"
    for pid in "${BENCH_PIDS[@]}"; do stop_pid "$pid"; done
    HOST_PID=""
    BENCH_PIDS=()
    rm -f "$OUT"/*.curlrc
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- prerequisites
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
command -v curl >/dev/null 2>&1 || die "curl is required"
if ! command -v wrk >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || die "wrk is not installed; as root: apt-get update && apt-get install -y wrk"
    log "installing wrk from the Debian packages"
    apt-get -o DPkg::Lock::Timeout=300 update >"$OUT/apt.log" 2>&1 ||
        { tail -n 20 "$OUT/apt.log" >&2; die "apt-get update failed"; }
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends wrk >>"$OUT/apt.log" 2>&1 ||
        { tail -n 20 "$OUT/apt.log" >&2; die "apt-get install wrk failed"; }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() { # $1 first port to try; $2 a port to skip
    local p="$1"
    while ! port_free "$p" || [ "$p" = "${2:-}" ]; do
        p=$((p + 1))
        [ "$p" -lt $(($1 + 100)) ] || die "no free port in $1..$p"
    done
    printf '%s\n' "$p"
}
HOST_PORT="$(pick_port "${BENCH_HOST_PORT:-55180}")"

# ---------------------------------------------------------------- CPU accounting
CLK_TCK="$(getconf CLK_TCK)"
NCPU="$(nproc)"
now_us() { local t="${EPOCHREALTIME//[.,]/}"; printf '%s\n' "$((10#$t))"; }

# CPU time (user + system) a process has used, in clock ticks. Fields 14 and 15 of
# /proc/PID/stat; comm (field 2) is "(dotnet)" or "(postgres)", without spaces.
proc_ticks() {
    local st
    read -r -a st 2>/dev/null <"/proc/$1/stat" || { echo 0; return; }
    echo $((st[13] + st[14]))
}
# Busy (non-idle) clock ticks of the whole machine, all CPUs.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
# Clock ticks of every PostgreSQL process (the database is part of the measured work).
pg_ticks() {
    local pid sum=0
    for pid in $(pgrep -u postgres 2>/dev/null || true); do
        sum=$((sum + $(proc_ticks "$pid")))
    done
    echo "$sum"
}
ticks_ms() { echo $(($1 * 1000 / CLK_TCK)); }

# A snapshot "machine pg app" of tick counters; $1 the app's pid.
snapshot() { echo "$(machine_ticks) $(pg_ticks) $(proc_ticks "$1")"; }
# Clock ticks of this shell's finished children (wrk, the polling curls): ours, not "others".
# `times` must run in this shell, not in a $(...) subshell, which has children of its own.
children_ticks() {
    times >"$OUT/.times"
    awk -v hz="$CLK_TCK" 'NR == 2 {
        t = 0
        for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); t += p[1] * 60 + p[2] }
        printf "%d", t * hz }' "$OUT/.times"
}
# From two snapshots, $3 extra ticks of ours (wrk) and the elapsed microseconds $4, prints the
# CPU other processes used meanwhile, in cores (busy - app - postgres - ours, averaged).
others_cores() {
    local a b
    read -r -a a <<<"$1"
    read -r -a b <<<"$2"
    awk -v busy=$((b[0] - a[0])) -v pg=$((b[1] - a[1])) -v app=$((b[2] - a[2])) -v ours="$3" \
        -v us="$4" -v hz="$CLK_TCK" 'BEGIN {
            o = (busy - pg - app - ours) / hz / (us / 1e6); if (o < 0) o = 0; printf "%.2f", o }'
}

# ---------------------------------------------------------------- PostgreSQL
# bench_fresh_db NAME: starts the project's PostgreSQL, drops and re-creates NAME, sets CONNECTION.
bench_fresh_db() {
    local name="$1"
    # shellcheck source=build/lib/postgres.sh
    source "$REPO_ROOT/build/lib/postgres.sh"
    opengov_pg_start || die "PostgreSQL is not available; see the messages above"
    log "PostgreSQL on 127.0.0.1:$OPENGOV_PG_PORT; re-creating database $name"
    opengov_pg_psql -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 ||
        die "could not drop database $name"
    opengov_pg_create_db "$name" || die "could not create database $name"
    CONNECTION="Host=127.0.0.1;Port=$OPENGOV_PG_PORT;Username=postgres;Password=postgres;Database=$name"
}

# ---------------------------------------------------------------- starting the apps
ADMIN_USER=bench-admin
ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-9a"
SIGNING_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"

# Starts the app, polls $2 every ~20 ms until it answers 200. Sets STARTED_PID, READY_MS (process
# launch -> first 200), READY_CPU_MS (CPU the app used until then) and READY_OTHERS (cores other
# processes used meanwhile). $1 label (log file name), $2 ready URL, $3... command.
start_and_wait() {
    local label="$1" ready_url="$2" t0 code deadline s0 s1 c0 elapsed
    shift 2
    s0="$(machine_ticks) $(pg_ticks) 0"
    children_ticks >"$OUT/.c0"
    c0="$(cat "$OUT/.c0")"
    t0="$(now_us)"
    "$@" >"$OUT/$label.log" 2>&1 &
    STARTED_PID=$!
    deadline=$((t0 + 180 * 1000000))
    while :; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$ready_url" 2>/dev/null || true)"
        if [ "$code" = 200 ]; then
            elapsed=$(($(now_us) - t0))
            READY_MS=$((elapsed / 1000))
            READY_CPU_MS="$(ticks_ms "$(proc_ticks "$STARTED_PID")")"
            s1="$(snapshot "$STARTED_PID")"
            children_ticks >"$OUT/.c1"
            READY_OTHERS="$(others_cores "$s0" "$s1" $(($(cat "$OUT/.c1") - c0)) "$elapsed")"
            return 0
        fi
        if ! kill -0 "$STARTED_PID" 2>/dev/null; then
            tail -n 40 "$OUT/$label.log" >&2
            die "$label exited before it was ready ($OUT/$label.log)"
        fi
        [ "$(now_us)" -lt "$deadline" ] || { tail -n 40 "$OUT/$label.log" >&2; die "$label not ready after 180 s"; }
        sleep 0.02
    done
}

HOST_ENV=()
run_host() { # $1 folder; run from it so appsettings.json is found (content root = working directory). HOST_ENV: extra NAME=value settings
    cd "$1" && exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        Database__Provider=PostgreSql \
        Database__AutoMigrate=true \
        ConnectionStrings__OpenGov="$CONNECTION" \
        Bootstrap__AdminUserName="$ADMIN_USER" \
        Bootstrap__AdminPassword="$ADMIN_PASSWORD" \
        Authentication__SigningKey="$SIGNING_KEY" \
        Outbox__Enabled=true \
        Logging__LogLevel__Default=Warning \
        Logging__LogLevel__Microsoft=Warning \
        "${HOST_ENV[@]}" \
        dotnet OpenGov.Host.dll --urls "$HOST_URL"
}

start_host() { # $1 label, $2 folder (default: the build output)
    start_and_wait "$1" "$HOST_URL/health/ready" run_host "${2:-$HOST_BIN}"
    HOST_PID="$STARTED_PID"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

get_token() {
    local body
    body="$(curl -sf -X POST "$HOST_URL/api/auth/token" \
        --data-urlencode grant_type=password --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD")" ||
        return 1
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$body"
}

# run_wrk LABEL PID DURATION [wrk arguments...] URL: writes out/wrk-LABEL.txt and out/LABEL.cpu
# ("<app CPU us per request> <other processes' cores>").
run_wrk() {
    local label="$1" pid="$2" duration="$3" s0 s1 c0 t0 elapsed wrk_ticks requests app_us
    shift 3
    log "wrk $label: -t$THREADS -c$CONNECTIONS -d$duration"
    s0="$(snapshot "$pid")"
    children_ticks >"$OUT/.c0"
    c0="$(cat "$OUT/.c0")"
    t0="$(now_us)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" >"$OUT/wrk-$label.txt" 2>&1 ||
        { cat "$OUT/wrk-$label.txt" >&2; die "wrk $label failed"; }
    elapsed=$(($(now_us) - t0))
    s1="$(snapshot "$pid")"
    children_ticks >"$OUT/.c1"
    wrk_ticks=$(($(cat "$OUT/.c1") - c0))
    requests="$(awk '/ requests in / { print $1; exit }' "$OUT/wrk-$label.txt")"
    read -r -a _a <<<"$s0"
    read -r -a _b <<<"$s1"
    app_us=$(((_b[2] - _a[2]) * 1000000 / CLK_TCK / (requests > 0 ? requests : 1)))
    echo "$app_us $(others_cores "$s0" "$s1" "$wrk_ticks" "$elapsed")" >"$OUT/$label.cpu"
}
wrk_rps() { awk '/^Requests\/sec:/ { print $2 }' "$OUT/wrk-$1.txt"; }
wrk_pct() { awk -v p="$2%" '$1 == p { print $2; exit }' "$OUT/wrk-$1.txt"; }
wrk_bad() { # non-2xx responses + socket errors
    awk '/Non-2xx or 3xx responses:/ { n += $NF }
         /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
         END { print n + 0 }' "$OUT/wrk-$1.txt"
}
cpu_us() { cut -d' ' -f1 "$OUT/$1.cpu"; }
others() { cut -d' ' -f2 "$OUT/$1.cpu"; }
# The label among $@ whose requests/s is the median.
median_run() {
    local label
    for label in "$@"; do printf '%s %s\n' "$(wrk_rps "$label")" "$label"; done |
        sort -n | awk '{ v[NR] = $2 } END { print v[int((NR + 1) / 2)] }'
}

list() { local IFS=' '; echo "$*"; }
each() { local f="$1" l out=(); shift; for l in "$@"; do out+=("$("$f" "$l")"); done; list "${out[@]}"; }
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
# wrk_pct_ms LABEL PERCENT: that latency percentile of a wrk run ("850.00us", "12.34ms", "1.20s") in milliseconds.
wrk_pct_ms() {
    awk -v v="$(wrk_pct "$1" "$2")" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) sub(/ms$/, "", v); else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
        printf "%.2f", v }'
}

# bench_create_units COUNT FILE: COUNT county departments (基准县第NN局) under the county government, created through
# the API with one parallel curl (TOKEN must be set); all department ids, in the API's list order, go to FILE.
bench_create_units() {
    local count="$1" file="$2" root i
    root="$(curl -sf -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/organization/units?type=CountyGovernment" |
        sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')"
    [ -n "$root" ] || die "no CountyGovernment unit found"
    for ((i = 1; i <= count; i++)); do
        [ "$i" -eq 1 ] || printf 'next\n'
        printf 'url = "%s/api/organization/units"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' "$HOST_URL" "$TOKEN"
        printf 'data-binary = "{\\"name\\":\\"基准县第%02d局\\",\\"type\\":\\"CountyDepartment\\",\\"parentId\\":\\"%s\\"}"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$i" "$root"
    done >"$OUT/units.curlrc"
    curl -s --no-progress-meter --parallel --parallel-max 4 -K "$OUT/units.curlrc" >"$OUT/units-status.txt" || true
    rm -f "$OUT/units.curlrc"
    [ "$(grep -c '^201$' "$OUT/units-status.txt" || true)" -eq "$count" ] ||
        die "unit creation failed: $(sort "$OUT/units-status.txt" | uniq -c | tr '\n' ' ')"
    curl -sf -H "Authorization: Bearer $TOKEN" "$HOST_URL/api/organization/units?type=CountyDepartment&pageSize=200" |
        grep -o '"id":"[0-9a-f-]*"' | cut -d'"' -f4 >"$file"
}
