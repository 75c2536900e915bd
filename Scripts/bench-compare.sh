#!/usr/bin/env bash
# Side-by-side benchmarks of chiso against visidata, pandas, sqlite3, polars and duckdb on the same files.
# Installs visidata, pandas, polars and duckdb into a private virtual environment (.bench-venv) when missing,
# builds chiso in release mode, generates the synthetic commune data, and runs
# Scripts/bench_compare.py, which alternates the tools run by run and prints the ratios.
#   Scripts/bench-compare.sh [--runs N] [--quick] [--no-4m] [--data-dir DIR]
# The generated data goes to a private temporary folder removed at the end, unless --data-dir
# names a folder to keep it in for the next run. Interrupted (Ctrl-C, SIGTERM, SIGHUP), the script
# passes SIGTERM to the step that runs; each Python step then kills its own children and tmux
# server and removes its temporary folders (Scripts/bench_signals.py).
set -euo pipefail
cd "$(dirname "$0")/.."
MEETING_LOG=""
STEP=""
cleanup() {
  if [ -n "$STEP" ]; then kill -TERM "$STEP" 2>/dev/null || true; wait "$STEP" 2>/dev/null || true; fi
  [ -z "$MEETING_LOG" ] || rm -f "$MEETING_LOG"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
# Runs one step in the background and waits for it, so that a signal reaches the trap at once
# (bash runs a trap only after a foreground command ends) and the step can be told to stop.
step() {
  "$@" &
  STEP=$!
  local status=0
  wait "$STEP" || status=$?
  STEP=""
  return "$status"
}
VENV=${BENCH_VENV:-.bench-venv}
if [ ! -x "$VENV/bin/vd" ] || ! "$VENV/bin/python" -c "import pandas, polars, duckdb" 2>/dev/null; then
  echo "setting up $VENV (visidata, pandas, polars, duckdb) from PyPI…" >&2
  step python3 -m venv "$VENV"
  step "$VENV/bin/pip" install -q --disable-pip-version-check visidata pandas polars duckdb
fi
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
# The Swift runtime and Foundation linked in: a start-up of ~4 ms instead of ~9 ms (dynamic
# linking and relocation of the shared Swift libraries dominated the start).
step swift build -c release --static-swift-stdlib >&2
# Meetings (issue 13): 30 followers' lag and the presenter's key-to-frame, MET/MISSED (Docs/meeting.md).
command -v tmux >/dev/null || { apt-get update -qq && apt-get install -y -qq tmux; }
# Its output is kept for the summary at the end, which lists every goal of every benchmark.
MEETING_LOG=$(mktemp "${TMPDIR:-/tmp}/chiso-bench-meeting-XXXXXX.log")
step python3 Scripts/bench-meeting.py --bin .build/release/chiso --log "$MEETING_LOG" $(case " $* " in *" --quick "*) echo --rounds 1;; esac) \
  || echo "bench-meeting.py failed (exit status above)" | tee -a "$MEETING_LOG"
step python3 Scripts/bench_compare.py --venv "$VENV" --meeting-log "$MEETING_LOG" "$@"
