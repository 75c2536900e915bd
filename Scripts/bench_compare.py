#!/usr/bin/env python3
"""chiso benchmarks, side by side (issue 5). Prints a table of every goal with ratios.

Called by Scripts/bench-compare.sh (which sets up the tools and builds chiso in release mode).
Every timing is a median of N runs; tools are run alternately (chiso, visidata, pandas,
sqlite3, chiso, …) so that a busy moment of the machine hits all of them alike. Peak memory is
the child's maximum resident set size as reported by wait4 (ru_maxrss).
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cache  # noqa: E402  (the store snapshot's goals, issue 13)
import bench_signals  # noqa: E402  (SIGINT/SIGTERM/SIGHUP: children, tmux servers and temporary folders cleaned up)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHISO = os.path.join(ROOT, ".build/release/chiso")
BENCH = os.path.join(ROOT, ".build/release/chiso-bench")


def run(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (seconds, peak RSS in KB, exit status, output)."""
    start = time.perf_counter()
    status, usage, out = bench_signals.run_child(cmd, stdout=subprocess.PIPE if stdout is None else stdout, env=env)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def median_runs(commands, runs):
    """commands: {name: argv}. Alternates them; returns {name: (median s, median KB, all s)}."""
    times = {k: [] for k in commands}
    mems = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            s, kb, code, _ = run(cmd)
            if code != 0:
                raise SystemExit(f"{name} failed ({code}): {' '.join(cmd)}")
            times[name].append(s)
            mems[name].append(kb)
    return {k: (statistics.median(times[k]), statistics.median(mems[k]), times[k]) for k in commands}


def generate(folder, units, months):
    if not os.path.exists(os.path.join(folder, "observations-communes.csv")):
        subprocess.run([CHISO, "demo-data", "--units", str(units), "--months", str(months), "--out", folder], check=True, stdout=subprocess.DEVNULL)
    path = os.path.join(folder, "observations-communes.csv")
    rows = sum(1 for _ in open(path, "rb")) - 1
    return path, rows, os.path.getsize(path)


def callgrind_step(data_args, work, steps=10):
    """Instructions for `steps` month steps (reduce + render) at 200×60, counted by callgrind
    (its files in `work`, this run's private folder)."""
    nodebug = os.path.join(work, "chiso-bench-nodebug")
    # valgrind 3.19 cannot read the DWARF 5 of Swift 6; the symbol table is enough to toggle.
    subprocess.run(["objcopy", "--strip-debug", BENCH, nodebug], check=True)
    nm = subprocess.run(["nm", nodebug], capture_output=True, text=True, check=True).stdout
    symbol = next(l.split()[2] for l in nm.splitlines() if "FrameBench" in l and " T " in l)
    out = os.path.join(work, "callgrind.out")
    res = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", f"--toggle-collect={symbol}",
                          nodebug, "frame", "--width", "200", "--height", "60", "--steps", str(steps)] + data_args,
                         capture_output=True, text=True)
    for line in res.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip()) / steps
    raise SystemExit("callgrind gave no count:\n" + res.stderr[-2000:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--venv", default=os.path.join(ROOT, ".bench-venv"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data-dir", help="where the generated data goes and is kept for the next run (e.g. ~/.cache/chiso-bench-data); "
                    "default: a private temporary folder removed at the end")
    ap.add_argument("--no-4m", action="store_true", help="skip the 4-million-figure data (frame goal, growth table)")
    ap.add_argument("--quick", action="store_true", help="3 runs, no growth table")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--meeting-log", help="output of Scripts/bench-meeting.py, whose goals join the summary")
    args = ap.parse_args()
    runs = 3 if args.quick else args.runs
    py = os.path.join(args.venv, "bin", "python")
    vd = os.path.join(args.venv, "bin", "vd")
    results = []  # (goal, measured, target text, met)
    # chiso's store snapshots go to a folder of this run's own, and every other file the run
    # writes (callgrind's output, a binary without debug information, visidata's script and
    # output) to another; both are removed at the end, also when a benchmark fails or the run is
    # interrupted (SIGINT, SIGTERM, SIGHUP: bench_signals), and so is the generated data unless
    # --data-dir names a folder to keep it in. The issue-5 anchors (load, start) pass --no-cache
    # so they keep measuring a full load.
    made = []
    try:
        if args.data_dir:
            os.makedirs(args.data_dir, exist_ok=True)
        else:
            args.data_dir = tempfile.mkdtemp(prefix="chiso-bench-data-")
            made.append(args.data_dir)
        cache = tempfile.mkdtemp(prefix="chiso-bench-cache-")
        made.append(cache)
        work = tempfile.mkdtemp(prefix="chiso-bench-work-")
        made.append(work)
        os.environ["XDG_CACHE_HOME"] = cache
        run_all(args, runs, py, vd, results, cache, work)
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def meeting_goals(path):
    """The goals bench-meeting.py printed: each `goal … MET|MISSED` line with the measurement above it."""
    rows = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as error:
        return [("10. meeting", f"no output: {error}", "", False)]
    for i, line in enumerate(lines):
        text = line.strip()
        if "goal" in text and (text.endswith("MET") or text.endswith("MISSED")):
            measured = lines[i - 1].strip() if i > 0 else ""
            target = text.split("goal", 1)[1].rsplit(":", 1)[0].strip()
            if text.startswith("ratio"):
                name, value = "presenter key -> frame, with followers / alone", text.split(";")[0]
            else:
                name, value = measured.split(":", 1)[0], measured.split(":", 1)[-1].strip()
            rows.append((f"10. meeting: {name}", value, target, text.endswith("MET")))
    if not rows:
        rows.append(("10. meeting", "bench-meeting.py printed no goal (failed or skipped; see above)", "", False))
    return rows


def run_all(args, runs, py, vd, results, cache, work):
    print(f"load average at start: {load_average()}", file=sys.stderr)
    print(f"machine: {os.cpu_count()} cores; {open('/proc/cpuinfo').read().split('model name')[1].split(':')[1].splitlines()[0].strip()}", file=sys.stderr)
    d1m = os.path.join(args.data_dir, "1m")
    f1m, rows1m, size1m = generate(d1m, 3321, 30)
    print(f"1M file: {rows1m} rows, {size1m/1e6:.1f} MB ({f1m})", file=sys.stderr)
    vdload = os.path.join(work, "chiso_vd_load.py")
    with open(vdload, "w") as fh:
        fh.write("import sys\nfrom visidata import vd\nvs = vd.openSource(sys.argv[1])\nvs.reload()\nvd.sync()\nassert vs.nRows > 0\n")
    load = median_runs({
        "chiso": [CHISO, "validate", "--no-cache", "--data", d1m],
        "visidata": [py, vdload, f1m],
        "pandas": [py, "-c", f"import pandas as pd; df = pd.read_csv({f1m!r}); assert len(df) > 0"],
        "sqlite3": ["sqlite3", ":memory:", f".import --csv {f1m} t", "select count(*) from t"],
    }, runs)
    c_s, c_kb = load["chiso"][0], load["chiso"][1]
    table = [("tool", "load s (median)", "peak RSS MB")]
    for k in ["chiso", "visidata", "pandas", "sqlite3"]:
        table.append((k, f"{load[k][0]:.3f}", f"{load[k][1]/1024:.0f}"))
    for name, goal in [("visidata", 25), ("pandas", 3), ("sqlite3", 5)]:
        ratio = load[name][0] / c_s
        results.append((f"1. load 1M: {name} / chiso", f"{ratio:.1f}×", f"≥ {goal}×", ratio >= goal))
    bench = run([BENCH, "load", d1m], stdout=None)[3]
    per_figure = float(bench.split("store_bytes_per_figure=")[1].split()[0])
    mem_vd = load["visidata"][1] / c_kb
    results.append(("2. memory 1M: visidata / chiso", f"{mem_vd:.1f}× ({c_kb/1024:.0f} MB vs {load['visidata'][1]/1024:.0f} MB)", "≥ 5×", mem_vd >= 5))
    results.append(("2. memory 1M: chiso < pandas", f"{c_kb/1024:.0f} MB vs {load['pandas'][1]/1024:.0f} MB", "below", c_kb < load["pandas"][1]))
    results.append(("2. bytes per figure (peak RSS / figures; store columns + index)", f"{c_kb*1024/rows1m:.0f} B; {per_figure:.1f} B", "report", True))

    # 2. The dashboard on the same 1M figures: the supervising parent's memory counts too.
    term = os.path.join(ROOT, "Scripts", "bench-terminal.py")
    _, res_out, res_err = bench_signals.run_script([sys.executable, term, CHISO, "--json", "--data", d1m, "--no-record-size", "--idle", "0", "--steps", "2"])
    try:
        mem = json.loads(res_out)["runs"][0]["memory"]
        g, d = mem["guard"], mem["dashboard"]
        results.append(("2. memory 1M, dashboard: parent + dashboard (RSS; PSS)",
                        f"{g['rss_kb']/1024:.1f} + {d['rss_kb']/1024:.0f} MB; {(g['pss_kb'] + d['pss_kb'])/1024:.0f} MB", "report", True))
    except Exception as error:  # noqa: BLE001
        results.append(("2. memory 1M, dashboard", f"failed: {error}; {res_err[-300:]}", "", False))

    # 4. Start: render of the bundled data vs visidata loading the same observation file in batch mode.
    obs = os.path.join(ROOT, "Data", "observations.csv")
    out_tsv = os.path.join(work, "chiso-vd-out.tsv")
    start = median_runs({
        "chiso render": [CHISO, "render", "--no-cache", "--width", "120", "--height", "40"],
        "visidata -b": [vd, "-b", obs, "-o", out_tsv],
    }, runs)
    ratio = start["visidata -b"][0] / start["chiso render"][0]
    results.append(("4. start: chiso render 120×40 vs vd -b (bundled)", f"{start['chiso render'][0]*1000:.0f} ms vs {start['visidata -b'][0]*1000:.0f} ms = {ratio:.1f}×", "≥ 10×", ratio >= 10))

    # 3. Frame cost: instructions per month step at 200×60, bundled vs 4M figures.
    if not args.no_4m:
        d4m = os.path.join(args.data_dir, "4m")
        f4m, rows4m, size4m = generate(d4m, 3321, 120)
        base = callgrind_step([], work)
        big = callgrind_step(["--data", d4m], work)
        ratio = big / base
        results.append((f"3. frame: instructions per month step, {rows4m/1e6:.1f}M vs bundled", f"{big/1e6:.2f}M vs {base/1e6:.2f}M = {ratio:.2f}×", "≤ 1.2×", ratio <= 1.2))

    # 5, 6. Bandwidth and idle, through a real pty.
    term = os.path.join(ROOT, "Scripts", "bench-terminal.py")
    if os.path.exists(term):
        _, res_out, res_err = bench_signals.run_script([sys.executable, term, CHISO, "--json"])
        try:
            m = json.loads(res_out)["metrics"]
            full = m["terminal_120x40_full_repaint_bytes"]
            step = m["terminal_120x40_step_bytes_median"]
            results.append(("5. bandwidth: month step / full repaint at 120×40", f"{step:.0f} / {full} B = {step / full:.3f}", "< 0.2", step < 0.2 * full))
            ticks = next(v for k, v in m.items() if k.startswith("terminal_idle_cpu_ticks"))
            idle_bytes = next(v for k, v in m.items() if k.startswith("terminal_idle_bytes"))
            results.append(("6. idle: CPU ticks over 10 s without keys", f"{ticks} ticks, {idle_bytes} B written", "0", ticks == 0))
        except Exception as error:  # noqa: BLE001
            results.append(("5/6. terminal benchmarks", f"failed: {error}; {res_err[-300:]}", "", False))

    # 7, 8, 9. The store snapshot (issue 13): later render, private memory per dashboard, cold load.
    for measure in (lambda: bench_cache.warm_render(CHISO, d1m, cache, runs),
                    lambda: bench_cache.private_memory(CHISO, d1m, cache),
                    lambda: bench_cache.cold_load(CHISO, d1m, f1m, cache, py)):
        try:
            results.extend(measure())
        except (Exception, SystemExit) as error:  # noqa: BLE001 (an interruption is neither: it goes on up)
            results.append(("7–9. store snapshot", f"failed: {error}", "", False))

    # Growth: load time and memory from 10 thousand to 4 million figures.
    growth = []
    if not args.quick:
        sizes = [("10k", 334, 3), ("100k", 3321, 3), ("1M", 3321, 30)] + ([] if args.no_4m else [("4M", 3321, 120)])
        for label, units, months in sizes:
            folder = os.path.join(args.data_dir, f"g{label}")
            path, rows, size = generate(folder, units, months)
            out = run([BENCH, "load", folder], stdout=None)[3]
            fields = dict(kv.split("=") for kv in out.split())
            frame = run([BENCH, "frame", "--data", folder, "--steps", "20"], stdout=None)[3]
            ffields = dict(kv.split("=") for kv in frame.split())
            growth.append((label, rows, f"{size/1e6:.0f}", fields["load_seconds"], f"{int(fields['peak_rss_kb'])/1024:.0f}",
                           f"{float(ffields['seconds_per_step'])*1000:.2f}"))

    if args.meeting_log:
        results.extend(meeting_goals(args.meeting_log))

    width = max(len(r[0]) for r in results)
    print("\nLoad, 1 million figures (median of %d, alternating):" % runs)
    for row in table:
        print(f"  {row[0]:<10} {row[1]:>16} {row[2]:>12}")
    if growth:
        print("\nGrowth (chiso-bench, one run each):")
        print("  figures    rows       MB   load s   peak RSS MB   ms per month step (200×60)")
        for g in growth:
            print(f"  {g[0]:<8} {g[1]:>8} {g[2]:>6} {g[3]:>8} {g[4]:>12} {g[5]:>12}")
    missed = [r for r in results if not r[3]]
    print(f"\nSummary: every goal ({len(results) - len(missed)} MET, {len(missed)} MISSED; load average at the end {load_average()}):")
    for goal, measured, target, met in results:
        print(f"  {goal:<{width}}  {measured:<58} {target:<8} {'MET' if met else 'MISSED'}")
    if args.json:
        print(json.dumps({"goals": results, "load": {k: v[:2] for k, v in load.items()}, "growth": growth}))
    sys.exit(0 if all(r[3] for r in results) else 1)


if __name__ == "__main__":
    bench_signals.install()
    try:
        main()
    except bench_signals.Interrupted as stop:
        print(f"bench_compare.py: {stop}; cleaned up", file=sys.stderr)
        sys.exit(stop.status)
