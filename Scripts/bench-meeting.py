#!/usr/bin/env python3
"""Meeting benchmark (make bench): one presenter and N followers (default 30), each a real
dashboard in its own tmux pane (private tmux server, private temporary meeting folder, both
removed at the end), sizes 80x24 / 120x40 / 200x60 and both languages in turn.

Every dashboard logs its frames (CHISO_FRAME_LOG, see Sources/ChisoTerminal/FrameLog.swift) with
CLOCK_MONOTONIC times. The presenter is sent month keys (right, left, ...) GAP seconds apart.
  * lag: for each key and each follower, from the presenter taking the key to the follower's
    first frame that shows the key's month; p50 / p95 / max over all keys and followers.
  * presenter key-to-frame: from taking the key to its frame being out, with N followers and
    with none (rounds alternate); the ratio of the medians is the cost of the followers.
Goals (issue 13): p95 lag <= 200 ms; presenter key-to-frame with followers <= 1.1x without.

  Scripts/bench-meeting.py --bin .build/release/chiso [--followers 30] [--keys 40] [--gap 0.25] [--rounds 2] [--log FILE]

Interrupted (SIGINT, SIGTERM, SIGHUP: bench_signals.py), it kills its tmux server (and with it
every dashboard) and removes its temporary folder before it exits.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_signals  # noqa: E402

def tmux(sock, *args, check=True):
    return subprocess.run(["tmux", "-L", sock, *args], check=check, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout

def read_log(path):
    rows = []
    try:
        with open(path) as f:
            for line in f:
                p = line.split()
                if len(p) == 5:
                    rows.append((p[0], int(p[1]), int(p[2]), p[3], p[4]))
    except FileNotFoundError:
        pass
    return rows

def pct(values, q):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q / 100 * len(s) + 0.5)) - 1))]

def start(sock, name, cmd, w, h, log, env_extra=""):
    shell = f"exec env CHISO_NO_GUARD=1 CHISO_FRAME_LOG='{log}' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 {env_extra} {cmd} 2>/dev/null"
    tmux(sock, "new-session", "-d", "-s", name, "-x", str(w), "-y", str(h), "sh", "-c", shell)

def wait_for(pred, timeout, what):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return
        time.sleep(0.05)
    raise SystemExit(f"bench-meeting: timed out waiting for {what}")

def one_round(args, work, followers, round_no):
    sock = f"chiso-bench-meeting-{os.getpid()}-{round_no}"
    meet = os.path.join(work, f"meet{round_no}")
    os.mkdir(meet, 0o700)
    plog = os.path.join(work, f"p{round_no}.log")
    flogs = [os.path.join(work, f"f{round_no}-{i}.log") for i in range(followers)]
    sizes = [(80, 24), (120, 40), (200, 60)]
    try:
        start(sock, "p", f"'{args.bin}' --present bench --meeting-dir '{meet}' --province nghe-an --month 2025-05", 120, 40, plog)
        wait_for(lambda: os.path.exists(os.path.join(meet, "bench.sock")), 30, "the presenter's socket")
        time.sleep(0.5)
        for i in range(followers):
            w, h = sizes[i % 3]
            lang = "vi" if i % 2 == 0 else "en"
            start(sock, f"f{i}", f"'{args.bin}' follow bench --meeting-dir '{meet}' --lang {lang}", w, h, flogs[i])
        # Every follower shows the presenter's month before the keys start.
        wait_for(lambda: all(any(r[3] == "2025-05" and r[4] == "nghe-an" and r[0] == "meeting" for r in read_log(f)) for f in flogs), 120,
                 "every follower's first state")
        time.sleep(1.0)
        keys = []
        for k in range(args.keys):
            key = "Right" if k % 2 == 0 else "Left"
            keys.append(time.monotonic_ns())
            tmux(sock, "send-keys", "-t", "=p:", key)
            time.sleep(args.gap)
        time.sleep(1.0)
    finally:
        tmux(sock, "kill-server", check=False)
    # The presenter's frames for keys, in order; each key's month.
    pframes = [r for r in read_log(plog) if r[0] == "key"]
    key_to_frame = [(r[2] - r[1]) / 1e6 for r in pframes]
    lags, missing = [], 0
    frows = [[r for r in read_log(f) if r[0] == "meeting"] for f in flogs]
    for i, r in enumerate(pframes):
        t_key, month = r[1], r[3]
        t_next = pframes[i + 1][1] if i + 1 < len(pframes) else None
        for rows in frows:
            hit = next((x for x in rows if x[2] >= t_key and x[3] == month and (t_next is None or x[2] < t_next + int(2e9))), None)
            if hit is None:
                missing += 1
            else:
                lags.append((hit[2] - t_key) / 1e6)
    shutil.rmtree(meet, ignore_errors=True)
    return key_to_frame, lags, missing, len(pframes)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/chiso")
    ap.add_argument("--followers", type=int, default=30)
    ap.add_argument("--keys", type=int, default=40)
    ap.add_argument("--gap", type=float, default=0.25)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--log", help="also write the summary (the goals' lines) to this file")
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    if shutil.which("tmux") is None:
        print("bench-meeting: SKIPPED (tmux is not installed)")
        return
    work = tempfile.mkdtemp(prefix="chiso-bench-meeting-")
    try:
        alone, crowd, lags, missing, sent = [], [], [], 0, 0
        for r in range(args.rounds):
            k, _, _, _ = one_round(args, work, 0, 2 * r)
            alone += k
            k, l, m, n = one_round(args, work, args.followers, 2 * r + 1)
            crowd += k
            lags += l
            missing += m
            sent += n
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = [f"\n== meeting: 1 presenter, {args.followers} followers (80x24/120x40/200x60, vi/en), {args.rounds} rounds x {args.keys} keys, {args.gap*1000:.0f} ms apart",
               f"lag key -> follower frame: p50 {pct(lags, 50):.1f} ms  p95 {pct(lags, 95):.1f} ms  max {max(lags) if lags else float('nan'):.1f} ms"
               f"  ({len(lags)} frames, {missing} missed)"]
    p95 = pct(lags, 95)
    summary.append(f"  goal p95 <= 200 ms: {'MET' if p95 <= 200 and missing == 0 else 'MISSED'}")
    a50, c50 = statistics.median(alone), statistics.median(crowd)
    summary.append(f"presenter key -> frame: alone p50 {a50:.2f} ms p95 {pct(alone, 95):.2f} ms; with {args.followers} followers p50 {c50:.2f} ms p95 {pct(crowd, 95):.2f} ms")
    ratio = c50 / a50 if a50 > 0 else float("nan")
    summary.append(f"  ratio of medians {ratio:.2f}x; goal <= 1.1x: {'MET' if ratio <= 1.1 else 'MISSED'}")
    print("\n".join(summary))
    if args.log:
        with open(args.log, "a", encoding="utf-8") as f:
            f.write("\n".join(summary) + "\n")

if __name__ == "__main__":
    bench_signals.install()
    try:
        main()
    except bench_signals.Interrupted as stop:
        print(f"bench-meeting: {stop}; cleaned up", file=sys.stderr)
        sys.exit(stop.status)
