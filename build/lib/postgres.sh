# shellcheck shell=bash
#
# PostgreSQL for OpenGov's tests and benchmarks.
#
#   source build/lib/postgres.sh
#   opengov_pg_start              # server up, database opengov_test present, env exported
#   opengov_pg_create_db NAME     # e.g. opengov_bench
#   opengov_pg_psql -d NAME ...   # psql against that server
#
# Or, from any shell:  eval "$(bash build/lib/postgres.sh)"
#
# Inputs (all optional):
#   OPENGOV_PG_DIR     data directory              (default /tmp/opengov-pg)
#   OPENGOV_PG_PORT    TCP port on 127.0.0.1        (default 55432)
#   OPENGOV_PG_DB      database for the tests       (default opengov_test)
#   OPENGOV_PG_BINDIR  server binaries to use instead of /usr/lib/postgresql/*/bin;
#                      if it holds no server, the apt install path runs (used to test it)
# Outputs (exported): OPENGOV_TEST_POSTGRES, OPENGOV_PG_PORT, OPENGOV_PG_DIR
#
# The cluster is private to the project (own data dir and port) so it never depends on, nor
# disturbs, a system cluster, and it is tuned for speed, not durability: it holds only
# throwaway test data.
#
# No `set -euo pipefail` here: a sourced library must not change its caller's shell options,
# so every step checks its own result and functions return non-zero on failure.

_opengov_pg_log() { printf '%s %s\n' "${OPENGOV_LOG_PREFIX:-[test.sh]}" "$*" >&2; }
_opengov_pg_err() { _opengov_pg_log "ERROR: $*"; return 1; }
_opengov_pg_is_root() { [ "$(id -u)" -eq 0 ]; }

# Filled in by opengov_pg_start; the other functions fall back to PATH / defaults.
_OPENGOV_PG_BIN=""
_OPENGOV_PG_LOCK_FD=""

# Runs a command with the lock descriptor closed, so that daemons it spawns (the postmaster,
# or a system cluster started by apt) do not inherit the flock and block every later caller.
_opengov_pg_nolock() {
    if [ -n "$_OPENGOV_PG_LOCK_FD" ]; then
        "$@" {_OPENGOV_PG_LOCK_FD}<&-
    else
        "$@"
    fi
}

# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` OS user.
# cd / because the caller's directory may not be readable by that user.
_opengov_pg_as_owner() {
    if _opengov_pg_is_root; then
        (cd / && _opengov_pg_nolock runuser -u postgres -- "$@")
    else
        _opengov_pg_nolock "$@"
    fi
}

_opengov_pg_has_server() { [ -x "$1/postgres" ] && [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ]; }

# Major version of the server in bindir $1 ("15"), from `postgres -V`.
_opengov_pg_major_of() {
    "$1/postgres" -V 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p'
}

# Prints the server bin dir. $1: preferred major version (the existing cluster's), else the
# newest installed. $2=1 ignores OPENGOV_PG_BINDIR (after installing from apt).
_opengov_pg_find_bindir() {
    local want="${1:-}" ignore_override="${2:-0}" d best=""
    if [ -n "${OPENGOV_PG_BINDIR:-}" ] && [ "$ignore_override" != 1 ]; then
        _opengov_pg_has_server "$OPENGOV_PG_BINDIR" || return 1
        printf '%s\n' "$OPENGOV_PG_BINDIR"
        return 0
    fi
    if [ -n "$want" ] && _opengov_pg_has_server "/usr/lib/postgresql/$want/bin"; then
        printf '%s\n' "/usr/lib/postgresql/$want/bin"
        return 0
    fi
    # sort -V: a plain glob would rank 9.6 above 15.
    while IFS= read -r d; do
        _opengov_pg_has_server "$d" && best="$d"
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
    [ -n "$best" ] || return 1
    printf '%s\n' "$best"
}

_opengov_pg_install() {
    if ! _opengov_pg_is_root; then
        _opengov_pg_err "PostgreSQL server binaries not found (looked in ${OPENGOV_PG_BINDIR:-/usr/lib/postgresql/*/bin})." \
            "Install them as root:  apt-get install -y --no-install-recommends postgresql  (or run this script as root)."
        return 1
    fi
    command -v apt-get >/dev/null 2>&1 ||
        { _opengov_pg_err "PostgreSQL server binaries not found and apt-get is unavailable; install PostgreSQL server manually."; return 1; }
    _opengov_pg_log "PostgreSQL server not found; installing it with apt-get (one-time, ~1 min)..."
    local out
    out="$(mktemp)" || return 1
    # Lock timeout: on a fresh CI image unattended-upgrades may hold the dpkg lock for a while.
    if ! { _opengov_pg_nolock apt-get -o DPkg::Lock::Timeout=300 update &&
           DEBIAN_FRONTEND=noninteractive _opengov_pg_nolock apt-get -o DPkg::Lock::Timeout=300 \
               install -y --no-install-recommends postgresql; } >"$out" 2>&1; then
        tail -n 40 "$out" >&2
        rm -f "$out"
        _opengov_pg_err "apt-get install postgresql failed (output above)."
        return 1
    fi
    rm -f "$out"
    _opengov_pg_log "PostgreSQL installed."
}

_opengov_pg_ensure_os_user() {
    id -u postgres >/dev/null 2>&1 && return 0
    _opengov_pg_log "creating the 'postgres' OS user to own the cluster"
    if getent group postgres >/dev/null 2>&1; then
        useradd -r -M -g postgres -d /var/lib/postgresql -s /bin/bash postgres
    else
        useradd -r -M -U -d /var/lib/postgresql -s /bin/bash postgres
    fi || { _opengov_pg_err "could not create the 'postgres' OS user"; return 1; }
}

_opengov_pg_tool() { # $1 tool name: prefer the server's own client, else PATH
    if [ -n "$_OPENGOV_PG_BIN" ] && [ -x "$_OPENGOV_PG_BIN/$1" ]; then
        printf '%s\n' "$_OPENGOV_PG_BIN/$1"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    else
        _opengov_pg_err "$1 not found (it comes with the PostgreSQL client package)"
    fi
}

# 0 = accepting connections, 1 = up but rejecting (starting/stopping), 2 = nothing there.
_opengov_pg_ready() {
    local isready rc=0
    isready="$(_opengov_pg_tool pg_isready)" || return 2
    "$isready" -q -h 127.0.0.1 -p "$1" -t 3 || rc=$?
    [ "$rc" -le 2 ] || rc=2
    return "$rc"
}

opengov_pg_psql() {
    local psql
    psql="$(_opengov_pg_tool psql)" || return 1
    PGPASSWORD=postgres PGCONNECT_TIMEOUT=10 "$psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "${OPENGOV_PG_PORT:-55432}" -U postgres "$@"
}

opengov_pg_create_db() {
    local name="${1:-}"
    [ -n "$name" ] || { _opengov_pg_err "usage: opengov_pg_create_db NAME"; return 1; }
    local exists_sql
    exists_sql="SELECT 1 FROM pg_database WHERE datname = :'db'"
    # \gexec so the whole check-and-create is one round trip; %I quotes odd names safely.
    if printf '%s\n' "SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS ($exists_sql) \\gexec" |
        opengov_pg_psql -d postgres -v db="$name" -f - >/dev/null 2>&1; then
        return 0
    fi
    # Another process may have created it between the check and the CREATE.
    if [ "$(printf '%s\n' "$exists_sql" | opengov_pg_psql -d postgres -v db="$name" -tA -f - 2>/dev/null)" = 1 ]; then
        return 0
    fi
    _opengov_pg_err "could not create database '$name' on 127.0.0.1:${OPENGOV_PG_PORT:-55432}"
    printf '%s\n' "SELECT format('CREATE DATABASE %I', :'db') \\gexec" |
        opengov_pg_psql -d postgres -v db="$name" -f - >&2 || true
    return 1
}

# Is the postmaster recorded in $1/postmaster.pid alive and really serving that data dir?
# (After a reboot or container restart the PID may belong to anything, even another cluster,
# which we must neither signal nor mistake for ours.)
_opengov_pg_pid_is_ours() {
    local dir="$1" pid
    pid="$(head -n 1 "$dir/postmaster.pid" 2>/dev/null)" || return 1
    case "$pid" in '' | *[!0-9]*) return 1 ;; esac
    grep -qxE 'postgres|postmaster' "/proc/$pid/comm" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir" || return 1
}

_opengov_pg_wait_ready() { # $1 port, $2 seconds
    local i
    for ((i = 0; i < $2 * 5; i++)); do
        _opengov_pg_ready "$1" && return 0
        sleep 0.2
    done
    return 1
}

_opengov_pg_show_log() {
    if [ -r "$1/server.log" ]; then
        _opengov_pg_log "last lines of $1/server.log:"
        tail -n 25 "$1/server.log" >&2
    fi
}

# Brings the server up when nothing answers on the port. Sets _opengov_pg_fresh=1 after initdb.
_opengov_pg_boot() {
    local dir="$1" port="$2" bindir="$3" major have locale out
    _opengov_pg_fresh=0

    if [ -e "$dir" ] && [ ! -d "$dir" ]; then
        _opengov_pg_err "OPENGOV_PG_DIR=$dir exists and is not a directory"
        return 1
    fi
    # Checked before any chown/chmod: a mistyped OPENGOV_PG_DIR must be left as it was.
    if [ -d "$dir" ] && [ -r "$dir" ] && [ ! -e "$dir/PG_VERSION" ] && [ -n "$(ls -A "$dir")" ]; then
        _opengov_pg_err "$dir is not empty and is not a PostgreSQL cluster; refusing to touch it" \
            "(empty it or set OPENGOV_PG_DIR elsewhere)"
        return 1
    fi
    if _opengov_pg_is_root; then
        _opengov_pg_ensure_os_user || return 1
        mkdir -p "$dir" || return 1
        if [ "$(stat -c %U "$dir")" != postgres ]; then
            chown -R postgres:postgres "$dir" || return 1
        fi
        chmod 700 "$dir" || return 1
        if ! runuser -u postgres -- test -w "$dir" 2>/dev/null; then
            _opengov_pg_err "the 'postgres' OS user cannot reach $dir (a parent directory is private);" \
                "set OPENGOV_PG_DIR to a path under /tmp"
            return 1
        fi
    else
        (umask 077 && mkdir -p "$dir") || return 1
        if [ ! -O "$dir" ]; then
            _opengov_pg_err "$dir belongs to $(stat -c %U "$dir"), not to $(id -un); run as root," \
                "or set OPENGOV_PG_DIR (and OPENGOV_PG_PORT) to a cluster of your own"
            return 1
        fi
        chmod 700 "$dir" || return 1
    fi

    major="$(_opengov_pg_major_of "$bindir")"
    if [ -f "$dir/PG_VERSION" ]; then
        have="$(cat "$dir/PG_VERSION")"
        if [ ! -f "$dir/global/pg_control" ]; then
            _opengov_pg_log "$dir holds a half-initialised cluster (interrupted initdb?); re-creating it"
            find "$dir" -mindepth 1 -delete || return 1
        elif [ -n "$major" ] && [ "$have" != "$major" ] && ! _opengov_pg_pid_is_ours "$dir"; then
            # Only test data lives here, so re-creating beats pg_upgrade.
            _opengov_pg_log "$dir was made by PostgreSQL $have but only $major is installed; re-creating it"
            find "$dir" -mindepth 1 -delete || return 1
        fi
    fi

    if [ ! -f "$dir/PG_VERSION" ]; then
        # C.UTF-8: byte-order collation (fast, identical on every machine) yet UTF-8 aware
        # ctype; plain C only where the C library lacks it.
        locale=C
        if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8' || [ -d /usr/lib/locale/C.utf8 ]; then
            locale=C.UTF-8
        fi
        while :; do
            _opengov_pg_log "initialising PostgreSQL ${major:-?} cluster in $dir (locale $locale)"
            # --no-sync: fsync is off for this cluster anyway; saves seconds on slow disks.
            out="$(_opengov_pg_as_owner "$bindir/initdb" -D "$dir" -U postgres --auth=trust \
                -E UTF8 --locale="$locale" --no-sync 2>&1)" && break
            if [ "$locale" != C ]; then
                _opengov_pg_log "initdb with locale $locale failed; retrying with locale C"
                locale=C
                continue
            fi
            printf '%s\n' "$out" >&2
            _opengov_pg_err "initdb failed"
            return 1
        done
        printf '\n# Project settings (build/lib/postgres.sh regenerates opengov.conf on each start).\ninclude_if_exists = '\''opengov.conf'\''\n' |
            _opengov_pg_as_owner tee -a "$dir/postgresql.conf" >/dev/null || return 1
        _opengov_pg_fresh=1
    fi

    # Rewritten on every start so a changed OPENGOV_PG_PORT/DIR takes effect, and so a
    # manual `pg_ctl restart` keeps the same settings. Quotes doubled for the conf syntax.
    {
        printf '# Generated by build/lib/postgres.sh; edit that script, not this file.\n'
        printf "listen_addresses = '127.0.0.1'\n"
        printf 'port = %s\n' "$port"
        printf "unix_socket_directories = '%s'\n" "${dir//\'/\'\'}"
        printf '# Test data is disposable: trade durability for speed.\n'
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
        printf '# Parallel test classes each hold a connection pool.\n'
        printf 'max_connections = 300\n'
    } | _opengov_pg_as_owner tee "$dir/opengov.conf" >/dev/null || return 1

    if [ -f "$dir/postmaster.pid" ]; then
        if _opengov_pg_pid_is_ours "$dir"; then
            # Alive but not answering on our port. postmaster.pid line 4 is its port, line 8
            # its state: serving another port means restart now; anything else may be a
            # start-up or crash recovery in progress, worth waiting for.
            local pid_port pid_state
            pid_port="$(sed -n 4p "$dir/postmaster.pid" | tr -d ' ')"
            pid_state="$(sed -n 8p "$dir/postmaster.pid" | tr -d ' ')"
            if ! { [ "$pid_state" = ready ] && [ "$pid_port" != "$port" ]; } &&
                _opengov_pg_wait_ready "$port" 30; then
                return 0
            fi
            _opengov_pg_log "server in $dir runs but does not answer on port $port; restarting it"
            _opengov_pg_as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null 2>&1 ||
                { _opengov_pg_err "could not stop the server in $dir"; return 1; }
        else
            _opengov_pg_log "removing stale $dir/postmaster.pid (server crashed or machine restarted)"
            rm -f "$dir/postmaster.pid" || return 1
        fi
    fi

    _opengov_pg_log "starting PostgreSQL ${major:-} on 127.0.0.1:$port (data $dir)"
    # -l: the postmaster must not inherit our stdout/stderr, or a CI job piping them would
    # wait for the daemon to exit.
    if ! _opengov_pg_as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 120 start >/dev/null 2>&1; then
        _opengov_pg_show_log "$dir"
        _opengov_pg_err "pg_ctl start failed (is port $port taken by another program?)"
        return 1
    fi
    if ! _opengov_pg_wait_ready "$port" 30; then
        _opengov_pg_show_log "$dir"
        _opengov_pg_err "server started but 127.0.0.1:$port does not accept connections"
        return 1
    fi
}

_opengov_pg_start_locked() {
    local dir="$1" port="$2" db="$3" bindir want="" state=0

    # The existing cluster's version picks the binaries (readable only by its owner; fine).
    want="$(cat "$dir/PG_VERSION" 2>/dev/null || true)"
    if ! bindir="$(_opengov_pg_find_bindir "$want")"; then
        _opengov_pg_install || return 1
        bindir="$(_opengov_pg_find_bindir "$want" 1)" ||
            { _opengov_pg_err "PostgreSQL installed but no server found in /usr/lib/postgresql/*/bin"; return 1; }
    fi
    _OPENGOV_PG_BIN="$bindir"

    _opengov_pg_fresh=0
    _opengov_pg_ready "$port" || state=$?
    if [ "$state" -eq 1 ]; then
        # Someone else is starting (or recovering) it right now.
        _opengov_pg_wait_ready "$port" 60 && state=0
    fi
    if [ "$state" -ne 0 ]; then
        _opengov_pg_boot "$dir" "$port" "$bindir" || return 1
    fi

    export OPENGOV_PG_PORT="$port" OPENGOV_PG_DIR="$dir"
    if [ "$_opengov_pg_fresh" = 1 ]; then
        # Trust auth ignores it, but a password lets the cluster switch to scram without
        # touching any connection string.
        opengov_pg_psql -d postgres -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null ||
            { _opengov_pg_err "could not set the postgres password"; return 1; }
    fi
    opengov_pg_create_db "$db" || return 1
    export OPENGOV_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=$db;Include Error Detail=true"
}

opengov_pg_start() {
    local dir="${OPENGOV_PG_DIR:-/tmp/opengov-pg}" port="${OPENGOV_PG_PORT:-55432}"
    local db="${OPENGOV_PG_DB:-opengov_test}" lock rc=0
    dir="${dir%/}"
    case "$port" in '' | *[!0-9]*) _opengov_pg_err "OPENGOV_PG_PORT must be a number, got '$port'"; return 1 ;; esac
    case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

    # Serialise concurrent callers (two test runs, a benchmark) so only one of them runs
    # initdb/pg_ctl. Opened read-only: that needs no write access to a file another user made.
    lock="$dir.lock"
    _OPENGOV_PG_LOCK_FD=""
    if command -v flock >/dev/null 2>&1; then
        [ -e "$lock" ] || : >"$lock" 2>/dev/null || true
        if [ -r "$lock" ] && exec {_OPENGOV_PG_LOCK_FD}<"$lock"; then
            if ! flock -w 300 "$_OPENGOV_PG_LOCK_FD"; then
                _opengov_pg_log "warning: waited 300 s for $lock; continuing without it"
            fi
        else
            _OPENGOV_PG_LOCK_FD=""
        fi
    fi

    _opengov_pg_start_locked "$dir" "$port" "$db" || rc=$?

    if [ -n "$_OPENGOV_PG_LOCK_FD" ]; then
        exec {_OPENGOV_PG_LOCK_FD}<&-
        _OPENGOV_PG_LOCK_FD=""
    fi
    return "$rc"
}

# Executed rather than sourced: start the server and print the exports for `eval`.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -uo pipefail
    opengov_pg_start || exit 1
    printf 'export OPENGOV_TEST_POSTGRES=%q OPENGOV_PG_PORT=%q OPENGOV_PG_DIR=%q\n' \
        "$OPENGOV_TEST_POSTGRES" "$OPENGOV_PG_PORT" "$OPENGOV_PG_DIR"
fi
