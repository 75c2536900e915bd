#!/usr/bin/env bash
# Side-by-side benchmarks of chiso against visidata, pandas, sqlite3, polars and duckdb on the same files.
# Installs visidata, pandas, polars and duckdb into a private virtual environment (.bench-venv) when missing,
# builds chiso in release mode, generates the synthetic commune data, and runs
# Scripts/bench_compare.py, which alternates the tools run by run and prints the ratios.
#   Scripts/bench-compare.sh [--runs N] [--quick] [--no-4m]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${BENCH_VENV:-.bench-venv}
if [ ! -x "$VENV/bin/vd" ] || ! "$VENV/bin/python" -c "import pandas, polars, duckdb" 2>/dev/null; then
  echo "setting up $VENV (visidata, pandas, polars, duckdb) from PyPI…" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check visidata pandas polars duckdb
fi
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
# The Swift runtime and Foundation linked in: a start-up of ~4 ms instead of ~9 ms (dynamic
# linking and relocation of the shared Swift libraries dominated the start).
swift build -c release --static-swift-stdlib >&2
# Meetings (issue 13): 30 followers' lag and the presenter's key-to-frame, MET/MISSED (Docs/meeting.md).
command -v tmux >/dev/null || { apt-get update -qq && apt-get install -y -qq tmux; }
# Its output is kept for the summary at the end, which lists every goal of every benchmark.
MEETING_LOG=$(mktemp "${TMPDIR:-/tmp}/chiso-bench-meeting-XXXXXX.log")
trap 'rm -f "$MEETING_LOG"' EXIT
python3 Scripts/bench-meeting.py --bin .build/release/chiso $(case " $* " in *" --quick "*) echo --rounds 1;; esac) \
  | tee "$MEETING_LOG" || echo "bench-meeting.py failed (exit status above)" | tee -a "$MEETING_LOG"
python3 Scripts/bench_compare.py --venv "$VENV" --meeting-log "$MEETING_LOG" "$@"
