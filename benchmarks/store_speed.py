"""Saving with revisions: what keeping history and merging costs, beside a plain write.

Prints, in one run, the median time of:
* a plain save: the interview serialised and upserted in one write transaction, as
  ``save_interview`` did in schema 1 (the reference);
* ``save_interview`` of a current copy (revision kept, no merge);
* ``save_interview`` of an older copy, merged field by field with a change stored since;
* a change check as the widgets poll it (``Workspace.change_stamp``).
Goal: a save stays well under the 100 ms a person notices; the poll costs microseconds.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import date

from followup_kit.demo import load_demo
from followup_kit.store import Workspace

RUNS = 200


def median_ms(timings: list[float]) -> float:
    return statistics.median(timings)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, Workspace(folder) as ws:
        interview = load_demo(ws, today=date(2026, 11, 27))
        plain, current, merged = [], [], []
        for n in range(RUNS):
            edited = interview.model_copy(update={"place": f"Room {n}"})

            def schema_1_save(record=edited) -> None:  # what save_interview did before
                with ws.transaction() as db:
                    db.execute(
                        "INSERT INTO interviews (id, data) VALUES (?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                        ("reference", json.dumps(record.to_data(), sort_keys=True)),
                    )

            plain.append(timed(schema_1_save))
            copy = ws.interview(interview.id).model_copy(update={"place": f"Hall {n}"})
            current.append(timed(lambda copy=copy: ws.save_interview(copy)))
            stale = ws.interview(interview.id).model_copy(update={"place": f"Room {n}"})
            fresh = ws.interview(interview.id)
            ws.save_interview(fresh.model_copy(update={"next_steps": f"Step {n}"}))
            merged.append(timed(lambda stale=stale: ws.save_interview(stale)))
        polls = [timed(ws.change_stamp) for _ in range(2000)]
    reference, saving, merging = median_ms(plain), median_ms(current), median_ms(merged)
    print(f"plain save as in schema 1 (reference): {reference:6.2f} ms")
    print(f"save_interview, current copy:          {saving:6.2f} ms ({saving / reference:.1f}x)")
    print(f"save_interview, older copy merged:     {merging:6.2f} ms ({merging / reference:.1f}x)")
    print(f"change check (the widgets' poll):      {median_ms(polls) * 1000:6.1f} µs")


if __name__ == "__main__":
    main()
