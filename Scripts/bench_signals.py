"""Interruption of the benchmark scripts (make bench): SIGINT, SIGTERM and SIGHUP raise
`Interrupted` in the main thread, so every `finally` of the scripts runs (tmux servers killed,
temporary folders removed) and `run_child` kills the child it was waiting for. While that
clean-up runs, further signals are ignored; the script then exits with 128 + the signal.

  import bench_signals
  bench_signals.install()
  try: main()
  except bench_signals.Interrupted as stop: sys.exit(stop.status)
"""
import os
import signal
import subprocess


class Interrupted(BaseException):
    """A signal asked the benchmark to stop (not an Exception: `except Exception` lets it through)."""

    def __init__(self, signum):
        super().__init__(f"interrupted by signal {signum}")
        self.status = 128 + signum


SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _stop(signum, _frame):
    for s in SIGNALS:
        signal.signal(s, signal.SIG_IGN)
    raise Interrupted(signum)


def install():
    for s in SIGNALS:
        signal.signal(s, _stop)


def run_child(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=None):
    """Runs cmd as a whole process and waits for it with wait4; returns (status, rusage, output)
    where output is the bytes of the one stream given as subprocess.PIPE (b"" for none). The
    child is killed (and reaped) when the wait is interrupted, so no benchmark process outlives
    the script."""
    assert not (stdout is subprocess.PIPE and stderr is subprocess.PIPE), "one pipe at most (read before wait4)"
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, env=env)
    try:
        pipe = proc.stdout if stdout is subprocess.PIPE else proc.stderr if stderr is subprocess.PIPE else None
        output = pipe.read() if pipe else b""
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        return status, usage, output
    except BaseException:
        if proc.returncode is None:
            proc.kill()
            proc.wait()
        raise
    finally:
        for pipe in (proc.stdout, proc.stderr):
            if pipe:
                pipe.close()


def run_script(cmd, grace=10):
    """Runs a benchmark script that cleans up after itself (bench-terminal.py, bench-meeting.py);
    returns (exit status, stdout text, stderr text). When the wait is interrupted the script gets
    SIGTERM and `grace` seconds to kill its own children before it is killed."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate()
        return proc.returncode, out, err
    except BaseException:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        raise
