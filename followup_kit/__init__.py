"""followup-kit: follow up after a job interview, one personal letter per person met.

Capture notes, draft a letter to each interviewer, review it for what costs candidates the job,
and schedule a polite send and a single check-in. ``import followup_kit`` stays light: the parts
load when first used, and the widgets (``followup_kit.widgets``) only when asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> module that defines it. Loaded on first use so that the CLI starts fast.
_EXPORTS = {
    "Concern": "model",
    "Contact": "model",
    "Finding": "rules.base",
    "Interview": "model",
    "InvalidRecord": "errors",
    "Interviewer": "model",
    "Letter": "model",
    "Outcome": "model",
    "Profile": "model",
    "RecordConflict": "errors",
    "Review": "reviewing",
    "Severity": "rules.base",
    "Workspace": "store",
    "WorkspaceError": "errors",
    "load_demo": "demo",
    "open_workspace": "demo",
    "review": "reviewing",
    "review_letter": "reviewing",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:
    from .demo import load_demo, open_workspace
    from .errors import InvalidRecord, RecordConflict, WorkspaceError
    from .model import Concern, Contact, Interview, Interviewer, Letter, Outcome, Profile
    from .reviewing import Review, review, review_letter
    from .rules.base import Finding, Severity
    from .store import Workspace


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'followup_kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
