#!/usr/bin/env python3
"""The store snapshot's goals (issue 13), measured on 1 million figures; used by bench_compare.py.

  later render:   `chiso render` with a warm snapshot cache, whole process (median)      ≤ 50 ms
  dashboards:     private memory (Private_Clean + Private_Dirty, /proc/PID/smaps_rollup) of
                  each of N dashboards running at once on the same data, supervising
                  parent included                                                          ≤ 15 MB
  cold load:      `chiso report --data DIR --province P --month 2024-01 --format csv` with an
                  empty cache, whole process, against polars `read_csv` of the same file timed
                  inside Python after its import (and duckdb's `read_csv`, and chiso reading
                  with one thread, for reference); alternated, best of two                                                   ≥ 1.5× faster,
                                                                                            ≤ 1/5 peak memory
Each function returns rows (goal, measured, target, met) for the goals table.
Run alone: python3 Scripts/bench_cache.py CHISO DATA_DIR [--venv DIR]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_signals  # noqa: E402

POLARS = """import sys, time, resource
import polars as pl
c = time.process_time(); t = time.perf_counter(); df = pl.read_csv(sys.argv[1]); s = time.perf_counter() - t; c = time.process_time() - c
assert df.height > 0
print(s, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, pl.__version__, c)
"""
DUCKDB = """import sys, time, resource
import duckdb
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
c = time.process_time(); t = time.perf_counter(); con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [sys.argv[1]]); s = time.perf_counter() - t; c = time.process_time() - c
assert con.execute("SELECT count(*) FROM t").fetchone()[0] > 0
print(s, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, duckdb.__version__, c)
"""


def timed(cmd, env):
    """Runs cmd as a whole process; returns (seconds, peak RSS KB, CPU seconds of all its threads)."""
    start = time.perf_counter()
    status, usage, err = bench_signals.run_child(cmd, stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode(errors='replace')[-500:]}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def in_python(py, script, path):
    """Runs a timing script; returns (seconds inside Python, peak RSS KB of the Python process, version, CPU seconds)."""
    out = subprocess.run([py, "-c", script, path], capture_output=True, text=True, check=True).stdout.splitlines()[-1].split()
    return float(out[0]), int(out[1]), out[2], float(out[3])


def cache_env(cache):
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = cache
    return env


def warm_render(chiso, data, cache, runs):
    env = cache_env(cache)
    cmd = [chiso, "render", "--data", data, "--width", "120", "--height", "40"]
    timed(cmd, env)  # writes the snapshot if missing
    runs_ = [timed(cmd, env) for _ in range(runs)]
    cold = timed(cmd + ["--no-cache"], env)[0]
    ms = statistics.median(r[0] for r in runs_) * 1000
    cpu = statistics.median(r[2] for r in runs_) * 1000
    rows = [("7. later render 1M (warm cache, whole process, median)", f"{ms:.0f} ms, CPU {cpu:.0f} ms (no cache: {cold*1000:.0f} ms)", "≤ 50 ms", ms <= 50)]
    count = render_instructions(chiso, cmd[1:], env)
    if count:
        rows.append(("7. later render 1M: instructions, both threads (callgrind)", f"{count/1e6:.0f} M", "report", True))
    return rows


def render_instructions(chiso, args, env):
    """Instructions of a warm `chiso render`, counted by callgrind (the same on a busy machine).
    Under valgrind /proc/self/exe is valgrind's, which is part of the snapshot's key: the first
    run writes a snapshot for that key, the second is counted."""
    if shutil.which("valgrind") is None:
        return None
    work = tempfile.mkdtemp(prefix="chiso-bench-callgrind-")
    try:
        # valgrind 3.19 cannot read the DWARF 5 of Swift 6; the symbol table is enough.
        bare = os.path.join(work, "chiso")
        subprocess.run(["objcopy", "--strip-debug", chiso, bare], check=True)
        out = os.path.join(work, "callgrind.out")
        count = None
        for _ in range(2):
            res = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", bare] + args,
                                 capture_output=True, text=True, env=env)
            for line in res.stderr.splitlines():
                if "Collected :" in line:
                    count = int(line.split(":")[-1].strip())
        return count
    finally:
        shutil.rmtree(work, ignore_errors=True)


def smaps_private_kb(pid):
    total = 0
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1])
    return total


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def dashboards(chiso, data, cache, count=4):
    """Starts `count` dashboards on the same data in tmux; returns the private memory of each."""
    env = cache_env(cache)
    timed([chiso, "validate", "--data", data], env)  # the snapshot exists before they start
    sock = f"chiso-bench-cache-{os.getpid()}"
    tmux = ["tmux", "-L", sock]
    try:
        for i in range(count):
            subprocess.run(tmux + ["new-session", "-d", "-s", f"d{i}", "-x", "120", "-y", "40", "-e", f"XDG_CACHE_HOME={cache}",
                                   f"exec {chiso} --data {data} --province nghe-an --month 2024-06"], check=True, env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            screens = [subprocess.run(tmux + ["capture-pane", "-p", "-t", f"d{i}"], capture_output=True, text=True).stdout for i in range(count)]
            if all("Nghệ An" in s for s in screens):
                break
            time.sleep(0.2)
        time.sleep(2)  # the background content check ends, pages settle
        out = subprocess.run(tmux + ["list-panes", "-a", "-F", "#{pane_pid}"], capture_output=True, text=True, check=True).stdout
        per = []
        for line in out.split():
            guard = int(line)
            procs = [guard] + children(guard)
            per.append(sum(smaps_private_kb(p) for p in procs))
        return per
    finally:
        subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)


def private_memory(chiso, data, cache, count=4):
    per = dashboards(chiso, data, cache, count)
    worst = max(per) / 1024
    text = ", ".join(f"{kb/1024:.1f}" for kb in per)
    return [(f"8. private memory per dashboard, {count} at once on 1M (parent + dashboard)", f"{text} MB; max {worst:.1f} MB", "≤ 15 MB", worst <= 15)]


def cold_load(chiso, data, path, cache, py, runs=2):
    env = cache_env(cache)
    cmd = [chiso, "report", "--data", data, "--province", "nghe-an", "--month", "2024-01", "--format", "csv"]
    chiso_runs, polars_runs, duck_runs, one_reader_runs = [], [], [], []
    versions = {}
    one_reader_env = dict(env)
    one_reader_env["CHISO_PARALLEL_PARSE"] = "0"
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        chiso_runs.append(timed(cmd, env))
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        one_reader_runs.append(timed(cmd, one_reader_env))
        s, kb, versions["polars"], cpu = in_python(py, POLARS, path)
        polars_runs.append((s, kb, cpu))
        s, kb, versions["duckdb"], cpu = in_python(py, DUCKDB, path)
        duck_runs.append((s, kb, cpu))
    c = min(chiso_runs)
    o = min(one_reader_runs)
    p = min(polars_runs)
    d = min(duck_runs)
    c_mem = min(r[1] for r in chiso_runs)
    p_mem = min(r[1] for r in polars_runs)
    speed = p[0] / c[0]
    mem = c_mem / p_mem
    return [
        (f"9. cold load 1M: polars {versions['polars']} read_csv / chiso report (empty cache)",
         f"{p[0]*1000:.0f} ms / {c[0]*1000:.0f} ms = {speed:.2f}× (CPU {p[2]*1000:.0f} / {c[2]*1000:.0f} ms)", "≥ 1.5×", speed >= 1.5),
        ("9. cold load 1M: peak memory chiso / polars", f"{c_mem/1024:.0f} MB / {p_mem/1024:.0f} MB = 1/{p_mem/c_mem:.1f}", "≤ 1/5", mem <= 0.2),
        ("9. cold load 1M: chiso one reader / two (CHISO_PARALLEL_PARSE=0)",
         f"{o[0]*1000:.0f} ms / {c[0]*1000:.0f} ms = {o[0]/c[0]:.2f}× (CPU {o[2]*1000:.0f} / {c[2]*1000:.0f} ms; peak {o[1]/1024:.0f} / {c[1]/1024:.0f} MB)", "report", True),
        (f"9. cold load 1M: duckdb {versions['duckdb']} read_csv (reference)", f"{d[0]*1000:.0f} ms (CPU {d[2]*1000:.0f}), {d[1]/1024:.0f} MB; duckdb / chiso {d[0]/c[0]:.2f}×", "report", True),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("chiso")
    ap.add_argument("data")
    ap.add_argument("--venv", default=".bench-venv")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = os.path.join(args.data, "observations-communes.csv")
    cache = tempfile.mkdtemp(prefix="chiso-bench-cache-")
    try:
        rows = warm_render(args.chiso, args.data, cache, args.runs)
        rows += private_memory(args.chiso, args.data, cache)
        rows += cold_load(args.chiso, args.data, path, cache, os.path.join(args.venv, "bin", "python"))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    for goal, measured, target, met in rows:
        print(f"  {goal:<{width}}  {measured:<58} {target:<8} {'MET' if met else 'MISSED'}")


if __name__ == "__main__":
    bench_signals.install()
    try:
        main()
    except bench_signals.Interrupted as stop:
        print(f"bench_cache.py: {stop}; cleaned up", file=sys.stderr)
        sys.exit(stop.status)
