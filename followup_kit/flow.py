"""The whole flow, headless: what ``followup-kit demo`` runs from capture to schedule."""

from __future__ import annotations

from datetime import date

from .demo import load_demo
from .store import Workspace

__all__ = ["run_demo"]


def run_demo(workspace: Workspace, *, today: date | None = None) -> str:
    """Load the demo into an empty workspace and return a short summary for the terminal."""
    interview = load_demo(workspace, today=today)
    people = ", ".join(f"{p.name} ({p.title}, {p.medium})" for p in interview.interviewers)
    return "\n".join(
        [
            f"Demo interview: {interview.role} at {interview.company}, "
            f"{interview.local_when:%A %d %B %Y %H:%M} ({interview.timezone})",
            f"People met: {people}",
            f"Workspace: {workspace.path}",
        ]
    )
