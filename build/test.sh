#!/usr/bin/env bash
#
# The one test command of OpenGov:  bash build/test.sh [extra `dotnet test` arguments]
#   e.g.  bash build/test.sh --filter FullyQualifiedName~Calendar
#
# Starts/reuses the project's PostgreSQL (build/lib/postgres.sh), builds once in Release,
# runs every test project, and ends with exactly one summary line, always the last line of
# output, that CI and people can rely on:
#   412 passed, 0 failed            (", N skipped" is appended when tests were skipped)
# Exit status is 0 only if the build succeeded, at least one test ran and none failed.
set -euo pipefail

log() { printf '[test.sh] %s\n' "$*" >&2; }

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
RESULTS_DIR="$REPO_ROOT/TestResults"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The terminal logger (interactive shells only) replaces the per-test console lines with a
# progress display; keep output identical between a developer's terminal and CI.
export MSBUILDTERMINALLOGGER=off

# Whatever goes wrong (Postgres, restore, build, a bug here), the summary line must not be
# missing and the run must count as failed.
summary_printed=0
# shellcheck disable=SC2317  # invoked by the EXIT trap
on_exit() {
    local rc=$?
    if [ "$summary_printed" -eq 0 ]; then
        log "stopped before any test ran (exit status $rc)"
        echo "0 passed, 1 failed"
        [ "$rc" -ne 0 ] || exit 1
    fi
}
trap on_exit EXIT

# Seen on a shared machine: something replaced /dev/null with a plain root-owned file, and
# initdb then fails with baffling "Permission denied" errors. Say so up front.
if [ ! -c /dev/null ]; then
    log "ERROR: /dev/null is not a character device; as root: mknod -m 666 /dev/null.new c 1 3 && mv -f /dev/null.new /dev/null"
    exit 1
fi

if ! command -v dotnet >/dev/null 2>&1; then
    # dotnet-install.sh's default location, used when the SDK is not on PATH.
    if [ -x "${DOTNET_ROOT:-$HOME/.dotnet}/dotnet" ]; then
        export PATH="${DOTNET_ROOT:-$HOME/.dotnet}:$PATH"
    else
        log "ERROR: the .NET SDK (dotnet) is not on PATH; see global.json for the version"
        exit 1
    fi
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

# shellcheck source=build/lib/postgres.sh
source "$REPO_ROOT/build/lib/postgres.sh"
if ! opengov_pg_start; then
    log "ERROR: PostgreSQL is not available; see the messages above"
    exit 1
fi
log "PostgreSQL ready: OPENGOV_TEST_POSTGRES=$OPENGOV_TEST_POSTGRES"

# Runs a quiet step, keeping its output in TestResults/<name>.log and showing the tail only
# when it fails: a passing build is noise, a failing one needs its errors on screen.
run_step() {
    local name="$1"
    shift
    local out="$RESULTS_DIR/$name.log"
    log "$name: $*"
    if ! "$@" >"$out" 2>&1; then
        log "ERROR: $name failed; last lines of $out:"
        tail -n 80 "$out" >&2
        return 1
    fi
}

build_args=(-c Release)
if [ "${CI:-}" = true ]; then
    # No lingering MSBuild/compiler servers after the job: some runners wait for every
    # child process to exit before finishing.
    build_args+=(-nodeReuse:false -p:UseSharedCompilation=false)
fi

if [ -f .config/dotnet-tools.json ]; then
    run_step tool-restore dotnet tool restore || exit 1
fi
run_step build dotnet build OpenGov.sln "${build_args[@]}" || exit 1

test_rc=0
dotnet test OpenGov.sln -c Release --no-build \
    --logger "trx;LogFilePrefix=r" \
    --logger "console;verbosity=normal" \
    --results-directory "$RESULTS_DIR" \
    "$@" || test_rc=$?

# Sum the <Counters .../> of every TRX (one per test project) and list failed tests.
# Plain awk, not python: CI images may not have python3. A test that errored, timed out or
# was aborted counts as failed; a test that did not execute (xunit Skip) counts as skipped.
# shellcheck disable=SC2016  # awk program, not shell
counts="$(find "$RESULTS_DIR" -name '*.trx' -type f -print0 | xargs -0 -r awk '
    function attr(s, name,    m) {
        if (match(s, " " name "=\"[0-9]+\"")) {
            m = substr(s, RSTART, RLENGTH)
            sub(/^[^"]*"/, "", m); sub(/"$/, "", m)
            return m + 0
        }
        return 0
    }
    /<Counters / {
        files++
        passed += attr($0, "passed")
        failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
        # xunit skips show up only as total > executed (notExecuted stays 0).
        n = attr($0, "total") - attr($0, "executed")
        if (n > 0) skipped += n
    }
    /<UnitTestResult / && / outcome="Failed"/ {
        if (match($0, / testName="[^"]*"/) && shown < 50) {
            name = substr($0, RSTART + 11, RLENGTH - 12)
            print "[test.sh] FAILED: " name > "/dev/stderr"
            shown++
        }
    }
    END { printf "%d %d %d %d\n", files, passed, failed, skipped }
')"
read -r trx_files passed failed skipped <<<"${counts:-0 0 0 0}"

log "$trx_files TRX file(s) in $RESULTS_DIR; dotnet test exit status $test_rc"
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # e.g. a test host crash or a blame/hang abort: no failed test is recorded, yet the run
    # is not good; the summary must not read as a pass.
    log "ERROR: dotnet test failed without a failed test in the TRX files (crash or abort?); counting 1 failure"
    failed=1
fi
status=0
if [ "$failed" -ne 0 ]; then
    status=1
elif [ "$passed" -eq 0 ]; then
    log "ERROR: no test ran (no test project, or a --filter that matches nothing)"
    status=1
fi

summary="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || summary+=", $skipped skipped"
summary_printed=1
echo "$summary"
exit "$status"
