"""What the reviews of many letters need from the workspace, read once while nothing changes.

A review needs the letter's interview and its other letters, your profile, your settings, the
findings you ignored and the companies of all your applications. Read letter by letter, that
is every interview again for every letter: a board of 100 interviews read 300 x 100 records.
A :class:`Snapshot` reads the list of interviews (without building them), your profile, your
settings and the ignored findings in one read transaction; an interview and its letters are
read when first needed. It stays in use until the workspace's change stamp moves (a save here
or in another notebook); :func:`snapshot` hands out the current one.

Records a snapshot hands out are shared by its users: read them, and copy (``model_copy``)
before changing one.
"""

from __future__ import annotations

import json
import threading
import weakref
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from .model import InterviewStatus, Letter

if TYPE_CHECKING:
    from .model import Interview, Profile
    from .settings import Settings
    from .store import Workspace

__all__ = ["InterviewSummary", "Snapshot", "snapshot", "summaries"]

OPEN = frozenset({InterviewStatus.AWAITING_REPLY.value, InterviewStatus.CHECKED_IN.value})

# The fields a list of interviews shows, read by SQLite without building the records (as one
# JSON array per row); a row that is not a JSON object gets NULL here and a clear error once
# its record is built.
_SUMMARY = """SELECT id, CASE WHEN json_valid(data) AND json_type(data) = 'object' THEN
    json_extract(data, '$.company', '$.role', '$.when', '$.timezone', '$.status') END
    FROM interviews ORDER BY rowid"""


class InterviewSummary(NamedTuple):
    """One interview as a list shows it, without building (and validating) the record."""

    id: str
    company: str
    role: str
    when: datetime | None
    timezone: str
    status: str

    @property
    def label(self) -> str:
        """'Data Analyst at Northwind Traders'."""
        return f"{self.role} at {self.company}"

    @property
    def open(self) -> bool:
        """True while the application waits for an answer (no offer, rejection, withdrawal)."""
        return self.status in OPEN


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def summaries(workspace: Workspace) -> list[InterviewSummary]:
    """Every interview's id, company, role, time and status, in the order first saved."""
    found = []
    for interview_id, fields in workspace._rows(_SUMMARY):
        company, role, when, zone, status = json.loads(fields) if fields else [None] * 5
        found.append(
            InterviewSummary(
                str(interview_id),
                company if isinstance(company, str) else "",
                role if isinstance(role, str) else "",
                _when(when),
                zone if isinstance(zone, str) and zone else "UTC",
                status if isinstance(status, str) else InterviewStatus.AWAITING_REPLY.value,
            )
        )
    return found


class Snapshot:
    """The workspace as one read saw it; records are built (validated once) on first use."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        with workspace.transaction(write=False):
            self.stamp = workspace.change_stamp()
            self.summaries = summaries(workspace)
            self.profile: Profile | None = workspace.profile()
            self.settings: Settings = workspace.settings()
            self._ignored: dict[str, set[str]] = {}
            for letter_id, finding in workspace._rows("SELECT letter_id, finding FROM ignored"):
                self._ignored.setdefault(letter_id, set()).add(finding)
        self.companies = tuple(s.company for s in self.summaries if s.company.strip())
        from .rules import find_rule

        def known(name: str) -> bool:
            try:
                find_rule(name)
            except KeyError:
                return False
            return True

        # A stored name of a rule that no longer exists cannot switch anything off.
        self.disabled = tuple(name for name in self.settings.disabled_rules if known(name))
        self.words = tuple(self.settings.words)
        self._interviews: dict[str, Interview] = {}
        self._letters: dict[str, list[Letter]] = {}
        self._lock = threading.Lock()

    def current(self) -> bool:
        """True while nothing was saved since this snapshot was read."""
        return self.workspace.change_stamp() == self.stamp

    def interview(self, interview_id: str) -> Interview:
        """One interview (shared: copy before changing it); KeyError naming the id if absent.

        Read when first asked for: the board's first view builds only the interviews it shows.
        """
        with self._lock:
            found = self._interviews.get(interview_id)
            if found is None:
                found = self.workspace.interview(interview_id)
                self._interviews[interview_id] = found
            return found

    def letters(self, interview_id: str) -> list[Letter]:
        """The letters of one interview, in the order first saved (shared: copy to change)."""
        with self._lock:
            found = self._letters.get(interview_id)
            if found is None:
                found = self.workspace._load(
                    Letter,
                    self.workspace._rows(
                        "SELECT data, revision FROM letters WHERE interview_id = ? ORDER BY rowid",
                        interview_id,
                    ),
                )
                self._letters[interview_id] = found
            return found

    def ignored(self, letter_id: str) -> set[str]:
        """The findings ignored on one letter."""
        return set(self._ignored.get(letter_id, ()))

    def context(self, letter: Letter) -> dict[str, Any]:
        """Everything known about a letter, as keyword arguments of :func:`review`."""
        interview = self.interview(letter.interview_id)
        person = interview.interviewer(letter.interviewer_id)
        people = {p.id: p for p in interview.interviewers}
        others = [
            (people[o.interviewer_id].name, o.body)
            for o in self.letters(interview.id)
            if o.id != letter.id and o.kind == letter.kind and o.interviewer_id in people
        ]
        return {
            "to": person.name,
            "email": person.email,
            "company": interview.company,
            "role": interview.role,
            "notes": person.notes,
            "medium": str(letter.medium),
            "kind": str(letter.kind),
            "others": others,
            "profile": self.profile,
            "disabled": list(self.disabled),
            "ignored": self.ignored(letter.id),
            "words": list(self.words),
            "names": [p.name for p in interview.interviewers if p.id != person.id],
            # Every application, this one's company among them: the same tuple for every
            # letter, so the rules build their company patterns once (the review skips the
            # letter's own company).
            "other_companies": self.companies,
            "terms": [interview.place, interview.next_steps, person.title, interview.timezone],
            "concerns": [c.text for c in sorted(person.concerns, key=lambda c: not c.main)],
        }


_current: weakref.WeakKeyDictionary[Workspace, Snapshot] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def snapshot(workspace: Workspace) -> Snapshot:
    """The workspace's current snapshot: the last one while nothing changed, else a new one.

    One read inside a transaction that is still open is not kept: the change stamp would not
    move if that transaction were rolled back.
    """
    if workspace._depth:
        return Snapshot(workspace)
    with _lock:
        found = _current.get(workspace)
    if found is not None and found.current():
        return found
    made = Snapshot(workspace)
    with _lock:
        _current[workspace] = made
    return made
