#!/usr/bin/env python3
"""Terminal bandwidth and idle-CPU benchmark for the chiso dashboard (issue 5, goals 5 and 6).

Runs the real dashboard in a pseudo-terminal and counts the bytes it writes there -- what an
SSH connection would carry -- and the CPU time it uses while nothing is typed.

  Scripts/bench-terminal.py [BINARY] [--size 120x40] [--steps 10] [--idle 10] [--data DIR] [--json]

1. Spawns BINARY (default .build/release/chiso) on a pty of --size (TIOCSWINSZ before exec),
   TERM=xterm-256color LANG=C.UTF-8, `--province nghe-an --month 2025-05`, and reads until the
   output has been quiet for --quiet ms: the bytes of the first frame.
2. Bandwidth: presses Right / Left alternately (--steps times, so the month stays within the
   data) and counts the bytes written after each key until quiet: median bytes per month step,
   compared with a full repaint of the same screen: the bytes of Ctrl-L (the redraw key:
   clear and send every cell, see Docs/keys.md) when it repaints, else the first frame.
3. Idle: with the frame drawn and nothing typed, utime+stime from /proc/PID/stat and the bytes
   written, over --idle seconds. Goal: 0 and 0.
4. Memory after the month steps: RSS, peak RSS, PSS and private kB of the supervising parent
   ("guard") and of the dashboard process (Docs/architecture.md, "The supervising parent").
5. Quits with `q`, waits for the exit and checks the status is 0.
Then repeats the bandwidth part at --record-size (default 200x60) for the record.

Output: a table (metric, value, goal, met) and one `metric=value` line per metric (for
`make bench`), or, with --json, one JSON object. Exit status 0 when every goal is met, 1 when
one is not, 2 when the dashboard could not be measured.

Python 3 standard library only.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

PROVINCE = "nghe-an"
MONTH = "2025-05"


class BenchError(Exception):
    pass


class Dashboard:
    """The dashboard process on the slave side of a pty; this object holds the master side."""

    def __init__(self, binary, cols, rows, extra_args=()):
        if not os.access(binary, os.X_OK):
            raise BenchError(f"{binary}: not an executable; build it with "
                             "`swift build -c release --product chiso`")
        master, slave = pty.openpty()
        # The window size is set on the pty before the child starts, so the first frame is
        # drawn at that size (no SIGWINCH, no second frame).
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "CHISO_"))}
        env.update(TERM="xterm-256color", LANG="C.UTF-8", COLUMNS=str(cols), LINES=str(rows))
        argv = [binary, "--province", PROVINCE, "--month", MONTH, *extra_args]
        pid = os.fork()
        if pid == 0:  # child: the pty becomes its controlling terminal and stdio
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(binary, argv, env)
            except BaseException as e:  # noqa: BLE001 - report anything, never return to the caller's code
                os.write(2, f"exec {binary}: {e}\n".encode())
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.status = None
        self.eof = False
        self.cols, self.rows = cols, rows
        self.transcript = bytearray()

    # -- output -----------------------------------------------------------------------------

    def read_until_quiet(self, quiet, first_timeout):
        """Bytes written until the output has been quiet for `quiet` seconds, waiting at most
        `first_timeout` seconds for the first byte (0 bytes if none comes)."""
        out = bytearray()
        deadline = time.monotonic() + first_timeout
        while not self.eof:
            wait = deadline - time.monotonic()
            if wait <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:  # EIO: the slave side is closed (the process has exited)
                chunk = b""
            if not chunk:
                self.eof = True
                break
            out += chunk
            deadline = time.monotonic() + quiet
        self.transcript += out
        return bytes(out)

    def drain_for(self, seconds):
        """Every byte written during `seconds` (the clock runs whether or not bytes come)."""
        out = bytearray()
        end = time.monotonic() + seconds
        while not self.eof:
            wait = end - time.monotonic()
            if wait <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                self.eof = True
                break
            out += chunk
        self.transcript += out
        return bytes(out)

    # -- input ------------------------------------------------------------------------------

    def send(self, data):
        os.write(self.fd, data)

    # -- process ----------------------------------------------------------------------------

    def pids(self):
        """The supervising parent (the process started) and its children: the dashboard runs
        as the parent's child (Docs/architecture.md, "The supervising parent")."""
        found = [self.pid]
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == self.pid:
                found.append(int(entry))
        return found

    def cpu_ticks(self):
        """utime + stime of the parent and the dashboard (all threads), in clock ticks."""
        total = 0
        for pid in self.pids():
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            fields = stat[stat.rindex(")") + 2:].split()  # fields from 3 (state) on
            total += int(fields[11]) + int(fields[12])    # fields 14 and 15
        return total

    def context_switches(self):
        """Voluntary + involuntary context switches of both: how often they woke up."""
        total = 0
        for pid in self.pids():
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        total += int(line.split()[1])
        return total

    def memory(self):
        """kB per process: resident (RSS), peak resident (VmHWM), proportional (PSS: shared
        pages divided among the processes that map them) and private; for the supervising
        parent ("guard") and the dashboard."""
        out = {}
        for pid in self.pids():
            name = "guard" if pid == self.pid else "dashboard"
            figures = {}
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        figures[line.split(":")[0]] = int(line.split()[1])
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    key = line.split(":")[0]
                    if key in ("Pss", "Private_Clean", "Private_Dirty"):
                        figures[key] = int(line.split()[1])
            out[name] = {"rss_kb": figures.get("VmRSS", 0), "peak_rss_kb": figures.get("VmHWM", 0),
                         "pss_kb": figures.get("Pss", 0),
                         "private_kb": figures.get("Private_Clean", 0) + figures.get("Private_Dirty", 0)}
        return out

    def alive(self):
        if self.status is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status = status
        return False

    def wait_exit(self, timeout):
        """Waits for the process to exit, reading its output meanwhile; the exit code
        (128 + signal when killed by one), or None on timeout."""
        end = time.monotonic() + timeout
        while self.alive() and time.monotonic() < end:
            if self.eof:
                time.sleep(0.01)
            else:
                self.drain_for(min(0.05, max(0.0, end - time.monotonic())))
        if self.status is None:
            return None
        if os.WIFSIGNALED(self.status):
            return 128 + os.WTERMSIG(self.status)
        return os.WEXITSTATUS(self.status)

    def kill(self):
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.status = -1

    def close(self):
        self.kill()
        try:
            os.close(self.fd)
        except OSError:
            pass


def arrow_keys(first_frame):
    """Right and Left as the terminal sends them: ncurses turns on application cursor keys
    (smkx = ESC[?1h ESC=) and then knows them as ESC O C / ESC O D (terminfo kcuf1/kcub1);
    in normal mode a terminal sends ESC [ C / ESC [ D."""
    if b"\x1b[?1h" in first_frame:
        return b"\x1bOC", b"\x1bOD"
    return b"\x1b[C", b"\x1b[D"


def parse_size(text):
    try:
        cols, rows = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be COLSxROWS, e.g. 120x40, not {text!r}")
    if cols < 10 or rows < 5:
        raise argparse.ArgumentTypeError("size too small")
    return cols, rows


def measure(binary, size, args, idle):
    """One dashboard run: first frame, Ctrl-L, month steps, (idle), quit. A dict of figures."""
    cols, rows = size
    quiet = args.quiet / 1000
    d = Dashboard(binary, cols, rows, extra_args=["--data", args.data] if args.data else [])
    r = {"cols": cols, "rows": rows}
    try:
        first = d.read_until_quiet(quiet, args.start_timeout)
        if not first:
            raise BenchError(f"no output within {args.start_timeout} s at {cols}x{rows}")
        if not d.alive():
            raise BenchError(f"the dashboard exited at start ({cols}x{rows}): "
                             + first[-400:].decode("utf-8", "replace"))
        r["first_frame_bytes"] = len(first)

        # Ctrl-L: the redraw key clears the terminal and sends every cell: a full repaint.
        d.send(b"\x0c")
        r["ctrl_l_bytes"] = len(d.read_until_quiet(quiet, max(quiet, 1.0)))
        r["full_repaint_bytes"] = r["ctrl_l_bytes"] if r["ctrl_l_bytes"] > r["first_frame_bytes"] // 2 \
            else r["first_frame_bytes"]
        r["full_repaint_source"] = "ctrl-l" if r["full_repaint_bytes"] == r["ctrl_l_bytes"] else "first frame"

        right, left = arrow_keys(first)
        r["right_key"] = right.decode().replace("\x1b", "ESC")
        steps = []
        for i in range(args.steps):
            d.send(right if i % 2 == 0 else left)
            steps.append(len(d.read_until_quiet(quiet, args.key_timeout)))
        r["step_bytes"] = steps
        r["step_bytes_median"] = statistics.median(steps) if steps else 0
        r["step_ratio"] = round(r["step_bytes_median"] / r["full_repaint_bytes"], 4)
        if steps and min(steps) == 0:
            r["warning"] = "a month step wrote nothing: was the key understood?"

        r["memory"] = d.memory()
        if idle:
            d.read_until_quiet(quiet, quiet)  # anything still pending from the last key
            t0, c0 = d.cpu_ticks(), d.context_switches()
            idle_out = d.drain_for(args.idle)
            t1, c1 = d.cpu_ticks(), d.context_switches()
            r["idle_seconds"] = args.idle
            r["idle_cpu_ticks"] = t1 - t0
            r["idle_wakeups"] = c1 - c0
            r["idle_bytes"] = len(idle_out)
            r["clock_ticks_per_second"] = os.sysconf("SC_CLK_TCK")

        d.send(b"q")
        code = d.wait_exit(args.exit_timeout)
        r["exit_status"] = code if code is not None else "timeout"
        if args.transcript:
            with open(f"{args.transcript}.{cols}x{rows}", "wb") as f:
                f.write(d.transcript)
    finally:
        d.close()
    return r


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("binary", nargs="?", default=".build/release/chiso",
                   help="the chiso binary (default .build/release/chiso)")
    p.add_argument("--size", type=parse_size, default=(120, 40), help="COLSxROWS (default 120x40)")
    p.add_argument("--record-size", type=parse_size, default=(200, 60),
                   help="second size measured for the record (default 200x60)")
    p.add_argument("--no-record-size", action="store_true", help="skip the second size")
    p.add_argument("--data", metavar="DIR", help="open the dashboard on DIR instead of the bundled data")
    p.add_argument("--steps", type=int, default=10, help="month steps (default 10)")
    p.add_argument("--idle", type=float, default=10.0, help="idle seconds (default 10)")
    p.add_argument("--quiet", type=int, default=300, help="quiet window in ms (default 300)")
    p.add_argument("--start-timeout", type=float, default=30.0, help="seconds to wait for the first frame")
    p.add_argument("--key-timeout", type=float, default=5.0, help="seconds to wait for a key's first byte")
    p.add_argument("--exit-timeout", type=float, default=10.0, help="seconds to wait for the exit after q")
    p.add_argument("--transcript", metavar="PREFIX", help="write the raw bytes to PREFIX.COLSxROWS")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = p.parse_args()

    try:
        main_run = measure(args.binary, args.size, args, idle=True)
        record = None if args.no_record_size else measure(args.binary, args.record_size, args, idle=False)
    except BenchError as e:
        print(f"bench-terminal: {e}", file=sys.stderr)
        return 2

    cols, rows = args.size
    tag = f"{cols}x{rows}"
    # (metric, value, goal text, met: True / False / None for no goal)
    rows_out = [
        (f"terminal_{tag}_first_frame_bytes", main_run["first_frame_bytes"], "", None),
        (f"terminal_{tag}_ctrl_l_bytes", main_run["ctrl_l_bytes"], "(redraw key)", None),
        (f"terminal_{tag}_full_repaint_bytes", main_run["full_repaint_bytes"],
         f"= {main_run['full_repaint_source']}", None),
        (f"terminal_{tag}_step_bytes_median", main_run["step_bytes_median"], "", None),
        (f"terminal_{tag}_step_ratio", main_run["step_ratio"], "< 0.2", main_run["step_ratio"] < 0.2),
        (f"terminal_idle_cpu_ticks_{args.idle:g}s", main_run["idle_cpu_ticks"], "0", main_run["idle_cpu_ticks"] == 0),
        (f"terminal_idle_bytes_{args.idle:g}s", main_run["idle_bytes"], "0", main_run["idle_bytes"] == 0),
        (f"terminal_idle_wakeups_{args.idle:g}s", main_run["idle_wakeups"], "", None),
    ]
    for who in ("guard", "dashboard"):
        m = main_run["memory"].get(who)
        if m:
            rows_out += [(f"terminal_{who}_{k}", v, "", None) for k, v in m.items()]
    rows_out += [
        ("terminal_exit_status", main_run["exit_status"], "0", main_run["exit_status"] == 0),
    ]
    if record:
        rtag = f"{record['cols']}x{record['rows']}"
        rows_out += [
            (f"terminal_{rtag}_first_frame_bytes", record["first_frame_bytes"], "", None),
            (f"terminal_{rtag}_step_bytes_median", record["step_bytes_median"], "", None),
            (f"terminal_{rtag}_step_ratio", record["step_ratio"], "(record)", None),
            (f"terminal_{rtag}_exit_status", record["exit_status"], "0", record["exit_status"] == 0),
        ]
    all_met = all(met is not False for _, _, _, met in rows_out)

    if args.json:
        print(json.dumps({"binary": args.binary, "province": PROVINCE, "month": MONTH,
                          "quiet_ms": args.quiet, "runs": [main_run] + ([record] if record else []),
                          "metrics": {m: v for m, v, _, _ in rows_out},
                          "goals_met": all_met}, indent=2))
    else:
        print(f"chiso terminal benchmark: {args.binary}, --province {PROVINCE} --month {MONTH}, "
              f"TERM=xterm-256color, quiet window {args.quiet} ms, {args.steps} steps (Right/Left)")
        for run in [main_run] + ([record] if record else []):
            print(f"  {run['cols']}x{run['rows']}: step bytes {run['step_bytes']}"
                  + (f"  WARNING: {run['warning']}" if "warning" in run else ""))
        w = max(len(m) for m, _, _, _ in rows_out)
        print(f"{'metric':<{w}}  {'value':>10}  {'goal':<16}  met")
        for m, v, goal, met in rows_out:
            print(f"{m:<{w}}  {str(v):>10}  {goal:<16}  {'' if met is None else ('yes' if met else 'NO')}")
        for m, v, _, _ in rows_out:
            print(f"{m}={v}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import bench_signals  # SIGINT/SIGTERM/SIGHUP: the dashboard (its own session) is killed by `finally`
    bench_signals.install()
    try:
        sys.exit(main())
    except bench_signals.Interrupted as stop:
        print(f"bench-terminal: {stop}; cleaned up", file=sys.stderr)
        sys.exit(stop.status)
