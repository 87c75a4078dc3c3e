"""What the bounded worker costs: the user's own templates render in a separate process.

Prints, in one run and beside each other: the median time to draft one letter (body and
subject) from the default templates in-process (the reference), the same templates copied into
a user folder and rendered by the warm worker, the first draft of a session (which starts the
worker), and the draft right after a hostile template got the worker killed (a restart).
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 60
RESTARTS = 5


def _draft_ms(drafter, runs: int = RUNS) -> float:
    from followup_kit.demo import demo_interview, demo_profile
    from followup_kit.drafting import draft_letter

    interview, profile = demo_interview(), demo_profile()
    timings = []
    for n in range(runs):
        person = interview.interviewers[n % 2]  # the first two write email
        start = time.perf_counter()
        draft_letter(interview, person, profile, medium="email", drafter=drafter)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    from followup_kit.drafting import Drafter, DraftError
    from followup_kit.template_worker import shared_worker

    package = Path(sys.modules["followup_kit"].__file__ or "").with_name("templates")
    folder = Path(tempfile.mkdtemp(prefix="fk-templates-"))
    for template in package.glob("*.j2"):
        shutil.copy(template, folder / template.name)
    try:
        in_process = _draft_ms(Drafter())
        start = time.perf_counter()
        _draft_ms(Drafter(folder), runs=1)
        cold = (time.perf_counter() - start) * 1000
        warm = _draft_ms(Drafter(folder))
        hostile = folder / "hostile"
        hostile.mkdir()
        (hostile / "thank-you.email.j2").write_text("{% for a in name %}" * 9 + "{% endfor %}" * 9)
        restarts = []
        for _ in range(RESTARTS):
            with contextlib.suppress(DraftError):  # killed after 2 s, as it should be
                _draft_ms(Drafter(hostile), runs=1)
            start = time.perf_counter()
            _draft_ms(Drafter(folder), runs=1)
            restarts.append((time.perf_counter() - start) * 1000)
        print(
            f"draft one email (body + subject), default templates in-process: {in_process:.2f} ms"
        )
        print(f"  the same templates from a user folder, warm worker:            {warm:.2f} ms")
        print(f"  first user-template draft of a session (starts the worker):    {cold:.0f} ms")
        print(
            f"  first draft after a killed render (restart), median of {RESTARTS}:  "
            f"{statistics.median(restarts):.0f} ms"
        )
        worker = shared_worker()
        cap = f"{worker.memory_cap / 2**20:.0f} MB" if worker.memory_cap else "none (no RLIMIT_AS)"
        print(f"  worker processes started in this run: {worker.starts}; address-space cap: {cap}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
