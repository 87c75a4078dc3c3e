"""Render the user's own templates in a separate process, with hard limits.

A template from the user's folder is code the user (or whoever gave them the file) wrote, so it
renders in a worker process: the parent waits at most ``MAX_RENDER_SECONDS`` for the answer and
kills the worker when the time is up, and the worker's address space is capped
(``RLIMIT_AS``, where the system has it) at what it uses after start plus
``MAX_RENDER_MEMORY``. One worker serves the whole session and is started again after a kill,
so the start-up cost (about the time to import Jinja2) is paid once. The default templates
are ours and render in-process.

The parent and the worker speak JSON, one line per message, over the worker's stdin/stdout.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import subprocess
import sys
import threading
from typing import IO, Any

from jinja2 import ChoiceLoader, PackageLoader, TemplateError

from .templating import (
    ConfinedLoader,
    TemplateRefused,
    check_template,
    describe,
    make_environment,
    render_bounded,
)

__all__ = ["MAX_RENDER_MEMORY", "MAX_RENDER_SECONDS", "TemplateWorker", "shared_worker"]

MAX_RENDER_SECONDS = 2.0
MAX_RENDER_MEMORY = 256 * 2**20  # bytes of address space beyond the worker's own at start
STARTUP_SECONDS = 60.0  # a busy machine may take long to start Python; not part of the budget
CPU_BACKSTOP_SECONDS = 10  # the worker ends itself if a render runs on after the parent is gone


class TemplateWorker:
    """One worker process; ``request`` sends a render or check and waits, bounded."""

    def __init__(self, *, time_limit: float = MAX_RENDER_SECONDS) -> None:
        self.time_limit = time_limit
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.starts = 0  # how many worker processes were started (a kill costs a restart)
        self.memory_cap: int | None = None  # the worker's address-space cap in bytes, if any
        self._owner = os.getpid()

    def _start(self) -> None:
        path = os.pathsep.join(entry for entry in sys.path if entry)
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", "from followup_kit.template_worker import main; main()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": path},
                start_new_session=True,  # Ctrl-C in a terminal stops the parent, which ends it
            )
        except (OSError, ValueError) as exc:
            raise TemplateRefused(
                f"could not start the process that renders your templates ({exc})"
            ) from None
        self._owner = os.getpid()
        self.starts += 1
        self._answers = queue.Queue()
        threading.Thread(
            target=_read_answers, args=(self._process.stdout, self._answers), daemon=True
        ).start()
        ready = self._wait(STARTUP_SECONDS)
        if not ready or not ready.get("ready"):
            self.stop()
            raise TemplateRefused("could not start the process that renders your templates")
        self.memory_cap = ready.get("memory")

    def _wait(self, seconds: float) -> dict[str, Any] | None:
        try:
            return self._answers.get(timeout=seconds)
        except queue.Empty:
            return None

    def stop(self) -> None:
        """End the worker process (a new one starts on the next request)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
        if process is not None:
            process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()

    def request(self, **message: Any) -> str:
        """Send one request; return the rendered text or raise :class:`TemplateRefused`."""
        with self._lock:
            if self._owner != os.getpid():  # a forked copy of this process: start its own
                self._process, self._owner = None, os.getpid()
            if self._process is None or self._process.poll() is not None:
                self.stop()
                self._start()
            assert self._process is not None and self._process.stdin is not None
            try:
                self._process.stdin.write(json.dumps(message).encode("ascii") + b"\n")
                self._process.stdin.flush()
            except OSError:
                self.stop()
                raise TemplateRefused("the process that renders your templates stopped") from None
            answer = self._wait(self.time_limit)
            if answer is None:
                timed_out = self._process.poll() is None
                self.stop()
                if timed_out:
                    raise TemplateRefused(
                        f"the template took longer than {self.time_limit:g} s to render"
                    )
                raise TemplateRefused(
                    "the template used more memory or time than a letter needs, and its "
                    "rendering was stopped"
                )
            if answer.get("restart"):
                self.stop()  # after a MemoryError the worker is not trusted to go on
            if "error" in answer:
                raise TemplateRefused(str(answer["error"]))
            return str(answer.get("text", ""))


def _read_answers(stream: IO[bytes], answers: queue.Queue[dict[str, Any] | None]) -> None:
    for line in stream:
        try:
            answers.put(json.loads(line))
        except ValueError:
            continue  # not ours: ignore stray output
    answers.put(None)


_shared: TemplateWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> TemplateWorker:
    """The session's worker (started on its first request, stopped at exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TemplateWorker()
            atexit.register(_shared.stop)
        return _shared


# --- the worker process


def _cap_memory() -> int | None:
    """Cap the address space at what the worker uses now plus MAX_RENDER_MEMORY."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = used + MAX_RENDER_MEMORY
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        return cap
    except (ImportError, OSError, ValueError):
        return None  # no /proc or no RLIMIT_AS (macOS, Windows): the time limit still holds


def _cpu_backstop() -> None:
    try:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(usage.ru_utime + usage.ru_stime) + CPU_BACKSTOP_SECONDS
        if hard == resource.RLIM_INFINITY or soft <= hard:
            resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ImportError, OSError, ValueError):
        pass


def _serve(message: dict[str, Any], environments: dict[str, Any], checked: dict) -> str:
    folder = str(message["folder"])
    if folder not in environments:
        # The user's folder first; a name it does not hold is one of the default templates.
        loader = ChoiceLoader([ConfinedLoader(folder), PackageLoader("followup_kit", "templates")])
        environments[folder] = make_environment(loader, time_limit=MAX_RENDER_SECONDS)
    env = environments[folder]
    name = str(message["name"])
    check_template(env, name, message["allowed"], cache=checked)
    if message.get("op") == "check":
        return ""
    return render_bounded(env, name, dict(message["fields"]))


def main() -> None:
    """The worker: answer each request line on stdin with one line on stdout."""
    out = os.fdopen(os.dup(1), "wb")
    sys.stdout = sys.stderr  # nothing else may write to the answer channel
    environments: dict[str, Any] = {}
    checked: dict[tuple[str, str], tuple[str, ...]] = {}
    memory = _cap_memory()

    def answer(**fields: Any) -> None:
        out.write(json.dumps(fields).encode("ascii") + b"\n")
        out.flush()

    answer(ready=True, memory=memory)
    for line in sys.stdin.buffer:
        try:
            message = json.loads(line)
        except ValueError:
            answer(error="the worker received a message it could not read")
            continue
        _cpu_backstop()
        try:
            answer(text=_serve(message, environments, checked))
        except MemoryError:
            environments.clear()
            checked.clear()
            answer(
                error=f"the template needed more than {MAX_RENDER_MEMORY // 2**20} MB of memory",
                restart=True,
            )
        except (TemplateError, RecursionError, Exception) as exc:
            answer(error=describe(exc))
