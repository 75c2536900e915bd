#!/usr/bin/env python3
"""Idle CPU of the dashboard in watch mode (issue 12): CPU ticks and wake-ups over --idle seconds
without keys, with `--watch` on the bundled data and on a folder of --files observation files.

  Scripts/bench-idle-watch.py [BINARY ...] [--idle 10] [--files 10000] [--json]

Each BINARY (default .build/debug/chiso) runs in a pty at 120x40 (the dashboard and its
supervising parent, as Scripts/bench-terminal.py runs it); after the first frame the script reads
utime+stime (/proc/PID/stat) and the context switches of both processes once the frame is
drawn (after the load), waits --idle seconds
without sending anything, and reads them again. Give two binaries (the polling watcher of
before and the inotify one) to see them side by side. The folder of files is made in a private
temporary folder and removed afterwards.
"""

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bench_terminal", os.path.join(HERE, "bench-terminal.py"))
bench_terminal = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_terminal)


def make_folder(root, count):
    """`count` observation files of one row each, every row a different figure (unit, month)."""
    folder = os.path.join(root, "files")
    os.mkdir(folder)
    with open(os.path.join(HERE, "..", "Data", "provinces.csv"), encoding="utf-8") as f:
        units = [line.split(",")[0] for line in f.read().splitlines()[1:] if ",province," in line]
    months = [f"{y}-{m:02d}" for y in range(2000, 2026) for m in range(1, 13)]
    for i in range(count):
        unit, month = units[i % len(units)], months[i // len(units) % len(months)]
        with open(os.path.join(folder, f"obs-{i:05d}.csv"), "w", encoding="utf-8") as f:
            f.write("province,period,basis,indicator,value,unit,source\n")
            f.write(f"{unit},{month},ytd,budget_revenue,{1000 + i},VND bn,https://example.org/{i}\n")
    return folder


def idle(binary, data, seconds, start_timeout):
    args = ["--watch", "--province", "nghe-an", "--month", "2025-05"] + (["--data", data] if data else [])
    d = bench_terminal.Dashboard(binary, 120, 40, extra_args=args)
    try:
        # The load's progress line comes first; idle starts once the frame (its header's figure
        # count, "số liệu") is drawn and the output has been quiet for a second.
        seen, deadline = b"", time.monotonic() + start_timeout
        while "số liệu".encode() not in seen:
            if time.monotonic() > deadline or not d.alive():
                raise bench_terminal.BenchError(f"{binary}: no dashboard within {start_timeout} s")
            seen += d.read_until_quiet(0.2, 1.0)
        d.read_until_quiet(1.0, 5.0)
        t0, c0 = d.cpu_ticks(), d.context_switches()
        out = d.drain_for(seconds)
        t1, c1 = d.cpu_ticks(), d.context_switches()
        return {"ticks": t1 - t0, "wakeups": c1 - c0, "bytes": len(out)}
    finally:
        d.send(b"q")
        d.wait_exit(10)
        d.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("binaries", nargs="*", default=[".build/debug/chiso"])
    p.add_argument("--idle", type=float, default=10.0, help="idle seconds (default 10)")
    p.add_argument("--files", type=int, default=10000, help="files in the big folder (default 10000)")
    p.add_argument("--start-timeout", type=float, default=300.0, help="seconds to wait for the first frame")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    root = tempfile.mkdtemp(prefix="chiso-idle-watch-")
    try:
        folder = make_folder(root, args.files)
        results = []
        for binary in args.binaries:
            for name, data in (("bundled", None), (f"{args.files}_files", folder)):
                r = idle(binary, data, args.idle, args.start_timeout)
                r.update(binary=binary, data=name, seconds=args.idle)
                results.append(r)
        if args.json:
            print(json.dumps(results, indent=1))
        else:
            for r in results:
                print(f"watch_idle_{r['data']}_{r['seconds']:g}s binary={r['binary']} "
                      f"cpu_ticks={r['ticks']} wakeups={r['wakeups']} bytes={r['bytes']}")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    try:
        main()
    except bench_terminal.BenchError as e:
        print(f"bench-idle-watch: {e}", file=sys.stderr)
        sys.exit(1)
