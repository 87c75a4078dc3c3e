"""The whole flow, headless: what ``followup-kit demo`` runs from capture to schedule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .demo import load_demo
from .drafting import draft_interview, draft_letter, reply_contact
from .exports import export_interview, write_ics
from .model import LetterStatus
from .outcomes import reply_kinds
from .reviewing import Review, letter_context, review, review_letter
from .schedule import plan, policy_for
from .store import Workspace
from .timeline import write_timeline
from .wording import counted

__all__ = ["EXPORT_FOLDER", "draft_reviews", "reply_reviews", "run_demo"]

EXPORT_FOLDER = "exports"


def run_demo(workspace: Workspace, *, today: date | None = None) -> str:
    """Load the demo into an empty workspace, run every step, and return a summary."""
    interview = load_demo(workspace, today=today)
    lines = [
        f"Demo interview: {interview.role} at {interview.company}, "
        f"{interview.local_when:%A %d %B %Y %H:%M} ({interview.timezone})",
    ]
    folder = workspace.folder / EXPORT_FOLDER
    for letter in draft_interview(workspace, interview.id):
        person = interview.interviewer(letter.interviewer_id)
        outcome = review_letter(workspace, letter)
        if outcome.ok:
            workspace.save_letter(letter.model_copy(update={"status": LetterStatus.REVIEWED}))
        words = counted(len(letter.body.split()), "word")
        lines.append(
            f"  {letter.kind} {letter.medium} to {person.name}: {words}, "
            f"review: {outcome.summary()}"
        )
    written = export_interview(workspace, interview.id, folder)
    steps = plan(
        interview,
        letters=workspace.letters(interview.id),
        contacts=workspace.contacts(interview.id),
        policy=policy_for(workspace),
    )
    written.append(write_ics(interview, steps, folder / "follow-up.ics"))
    written.append(write_timeline(interview, steps, folder / "timeline.png"))
    lines.append("Plan:")
    lines += [
        f"  {s.when:%a %d %b %H:%M} {s.action} {s.person}".rstrip() + f" ({s.state})" for s in steps
    ]
    lines.append(f"Wrote {counted(len(written), 'file')} to {folder}:")
    lines += [f"  {Path(path).name}" for path in written]
    lines.append(f"Workspace: {workspace.path}")
    return "\n".join(lines)


def draft_reviews(workspace: Workspace, interview_id: str) -> dict[str, Review]:
    """Each person's thank-you as the templates draft it, without saving, reviewed: the
    product's own drafts, whatever the user has since typed into the stored letters."""
    interview = workspace.interview(interview_id)
    profile = workspace.profile()
    if profile is None:
        return {}
    drafts = {p.id: draft_letter(interview, p, profile) for p in interview.interviewers}
    reviews = {}
    for person in interview.interviewers:
        draft = drafts[person.id]
        context = letter_context(workspace, draft)
        # Compared with the other drafts, not with what the user made of the stored letters.
        context["others"] = [
            (p.name, drafts[p.id].body) for p in interview.interviewers if p.id != person.id
        ]
        reviews[person.name] = review(draft.body, **context)
    return reviews


def reply_reviews(workspace: Workspace, interview_id: str) -> dict[str, Review]:
    """Each reply the interview's outcome allows (an offer: accept, ask for time, decline),
    drafted to its recipient without saving, and reviewed; empty while there is no outcome."""
    interview = workspace.interview(interview_id)
    profile = workspace.profile()
    if profile is None or not interview.interviewers:
        return {}
    person = reply_contact(interview)
    return {
        kind: review_letter(workspace, draft_letter(interview, person, profile, kind=kind))
        for kind in reply_kinds(interview.status)
    }
