"""The invented demo interview: one company, three people, a stated decision date.

Everything here is made up (names, company, addresses on the reserved ``example`` domains), so it
is safe in a public notebook or on Binder.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .model import (
    Concern,
    Interview,
    Interviewer,
    InterviewFormat,
    InterviewStatus,
    Medium,
    Profile,
)
from .store import Workspace

__all__ = [
    "DEMO_COMPANY",
    "DEMO_TIMEZONE",
    "decide",
    "demo_day",
    "demo_interview",
    "demo_profile",
    "is_demo",
    "load_demo",
    "open_workspace",
]

DEMO_TIMEZONE = "Europe/Amsterdam"
DEMO_COMPANY = "Lumen Harbor Logistics"


def demo_profile() -> Profile:
    """Return the invented candidate who signs the demo letters."""
    return Profile(
        name="Jordan Avery",
        email="jordan.avery@example.com",
        phone="+31 20 555 0142",
        signature="Jordan Avery\n+31 20 555 0142",
        value_points=[
            "I automated a weekly stock report in Python, cutting it from four hours to twenty "
            "minutes",
            "I trained twelve warehouse supervisors to read and act on a KPI dashboard",
            "I speak Portuguese and Spanish, which helps with suppliers in Brazil and Spain",
        ],
    )


def demo_day(today: date) -> date:
    """The working day before ``today``: the demo's thank-yous are due this morning."""
    day = today - timedelta(days=1)
    while day.weekday() >= 5:  # no interview on a Saturday or Sunday
        day -= timedelta(days=1)
    return day


def demo_interview(today: date | None = None) -> Interview:
    """Return the invented interview, held on the working day before ``today`` (default: today)."""
    zone = ZoneInfo(DEMO_TIMEZONE)
    today = today or datetime.now(zone).date()
    held = datetime.combine(demo_day(today), time(14, 0), tzinfo=zone)
    return Interview(
        company=DEMO_COMPANY,
        role="Data Analyst",
        when=held,
        timezone=DEMO_TIMEZONE,
        format=InterviewFormat.IN_PERSON,
        place="Lumen Harbor office, Houthavens, Amsterdam",
        next_steps="A short case study by email, then a final talk with the director.",
        decision_date=held.date() + timedelta(days=10),
        follow_up_instructions="Send any questions to Mei Lin, the recruiter.",
        interviewers=[
            Interviewer(
                name="Priya Raman",
                title="Head of Analytics",
                email="priya.raman@lumenharbor.example",
                linkedin="https://www.linkedin.com/in/priya-raman-example",
                medium=Medium.EMAIL,
                remarks=["the move of weekly reporting from spreadsheets to a SQL warehouse"],
                concerns=[
                    Concern(
                        text="whether I have moved dashboards to a new data source before",
                        answer="I moved 40 dashboards from Oracle to Snowflake in 2024 and "
                        "checked every total against the old system before the switch",
                    )
                ],
                topics=["forecasting shipment volumes per depot"],
            ),
            Interviewer(
                name="Tomás Okafor",
                title="Operations Manager",
                email="tomas.okafor@lumenharbor.example",
                medium=Medium.CARD,
                remarks=[
                    "the handover between the night and the morning shift in the Rotterdam depot"
                ],
                concerns=[
                    Concern(
                        text="how I explain numbers to people who do not work with data",
                        answer="At my last job I walked each shift through one chart a week, "
                        "on the floor, just before their handover",
                    )
                ],
                topics=["late deliveries on the Antwerp route"],
            ),
            Interviewer(
                name="Mei Lin Chen",
                goes_by="Mei Lin",
                title="Talent Partner",
                email="meilin.chen@lumenharbor.example",
                phone="+31 20 555 0190",
                medium=Medium.EMAIL,
                remarks=["the mentoring programme that pairs new analysts with a senior colleague"],
                concerns=[
                    Concern(
                        text="whether I would need a visa to work in the Netherlands",
                        answer="I am an EU citizen, so I need no work permit",
                    ),
                    Concern(
                        text="my notice period and when I could start",
                        answer="My notice period is one month, and my manager has agreed "
                        "to let me leave two weeks early",
                        main=True,
                    ),
                ],
                topics=["the hybrid schedule of three office days a week"],
            ),
        ],
    )


def load_demo(workspace: Workspace, *, today: date | None = None) -> Interview:
    """Fill an empty workspace with the demo profile and interview; return the interview."""
    if not workspace.is_empty():
        raise ValueError(
            f"{workspace.folder} already holds data; the demo only goes into an empty workspace"
        )
    workspace.save_profile(demo_profile())
    return workspace.save_interview(demo_interview(today))


def open_workspace(
    folder: str | os.PathLike[str] | None = None, *, demo_if_empty: bool = True
) -> Workspace:
    """Open the workspace for a notebook; an empty one gets the demo interview (and says so)."""
    workspace = Workspace(folder)
    print(f"Your data is stored in {workspace.path}")
    if demo_if_empty and workspace.is_empty():
        interview = load_demo(workspace)
        print(
            f"It was empty, so the invented demo interview ({interview.role} at "
            f"{interview.company}) was loaded to show how everything works. Replace it with "
            "your own in notebook 01."
        )
    return workspace


def is_demo(interview: Interview) -> bool:
    """True for the invented demo interview with its invented people (notebook checks apply to
    it only: once you add or rename a person there, it is yours, and nothing asserts on it)."""
    return (
        interview.company == DEMO_COMPANY
        and interview.role == "Data Analyst"
        and sorted(p.name for p in interview.interviewers) == _DEMO_PEOPLE
    )


_DEMO_PEOPLE = sorted(p.name for p in demo_interview().interviewers)


def _working_days_after(day: date, count: int) -> date:
    for _ in range(count):
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return day


def _demo_outcome(interview: Interview, status: InterviewStatus, heard: date) -> dict[str, object]:
    """The invented details of each outcome: who told you, and what they said."""
    people = {p.name: p.id for p in interview.interviewers}
    if status is InterviewStatus.OFFER:
        start = heard + timedelta(days=21)  # a month's notice, two weeks of it waived
        start += timedelta(days=-start.weekday() % 7)  # on a Monday
        return {
            "told_by": people.get("Priya Raman", ""),
            "job_title": interview.role,
            "start_date": start,
            "pay": "€4,300 a month",
            "other_terms": "25 days of paid leave and three office days a week",
            "written_offer": False,
            "answer_by": _working_days_after(heard, 4),
        }
    if status is InterviewStatus.REJECTED:
        return {"told_by": people.get("Mei Lin Chen", ""), "ask_feedback": True}
    if status is InterviewStatus.WITHDRAWN:
        return {"reason": "I have accepted another offer, closer to my family"}
    return {}


def decide(
    workspace: Workspace,
    status: str,
    interview_id: str | None = None,
    *,
    today: date | None = None,
) -> Interview:
    """Move the invented demo interview to an outcome, with invented details, so that every
    reply can be seen without typing.

    ``status``: ``"offer"`` (Priya Raman offers the job, with its terms; nothing written
    yet), ``"rejected"`` (Mei Lin Chen writes that they chose someone else), ``"withdrawn"``
    (you withdraw, having accepted another offer), or ``"awaiting reply"`` to go back. You
    heard ``today`` (default: today in Amsterdam). The reply is drafted and saved (one drafted
    before and left untouched is drafted again). Only the demo moves: your own interviews are
    never touched (a ValueError says so).
    """
    from .drafting import draft_reply  # only decide() drafts: open_workspace() stays light
    from .outcomes import with_outcome

    interviews = workspace.interviews()
    if interview_id is not None:
        interview = workspace.interview(interview_id)
    else:
        demos = [i for i in interviews if is_demo(i)]
        if not demos:
            raise ValueError(
                f"{workspace.folder} holds no demo interview to move; record your own "
                "interview's outcome in the form instead"
            )
        interview = demos[-1]
    if not is_demo(interview):
        raise ValueError(
            f"decide() moves only the invented demo interview, not {interview.role} at "
            f"{interview.company}; record your own outcome in the form (OutcomeForm) instead"
        )
    chosen = InterviewStatus(status)
    heard = today or datetime.now(ZoneInfo(DEMO_TIMEZONE)).date()
    heard = max(heard, interview.local_when.date())
    details = _demo_outcome(interview, chosen, heard)
    fresh = interview.model_copy(update={"outcome": None})  # the demo's details, not the last
    moved = with_outcome(fresh, chosen, today=heard, heard_on=heard, **details)
    if not chosen.is_outcome:
        moved = moved.model_copy(update={"outcome": None})
    with workspace.transaction():  # widgets see the decision and its reply at once
        stored = workspace.save_interview(moved.based_on(interview))
        if chosen.is_outcome and workspace.profile() is not None:
            draft_reply(workspace, stored.id, previous=interview)
    return stored
