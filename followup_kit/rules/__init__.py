"""The rule catalog: every rule, registered explicitly, family by family, in order."""

from __future__ import annotations

from . import content, etiquette, language, replies, timing, tone
from .base import Context, Finding, Rule, Severity, Text

__all__ = ["CATALOG", "TEXT_RULES", "Context", "Finding", "Rule", "Severity", "Text", "find_rule"]

# The rules for replies to an outcome close their families (content, tone).
CATALOG: tuple[Rule, ...] = (
    *content.RULES,
    *replies.CONTENT_RULES,
    *language.RULES,
    *tone.RULES,
    *replies.TONE_RULES,
    *etiquette.RULES,
    *timing.RULES,
)
TEXT_RULES: tuple[Rule, ...] = tuple(r for r in CATALOG if r.check is not None)
_BY_KEY = {key.lower(): r for r in CATALOG for key in (r.name, r.code)}


def find_rule(name_or_code: str) -> Rule:
    """Return the rule with this name or code, or raise KeyError listing the known names."""
    try:
        return _BY_KEY[name_or_code.strip().lower()]
    except KeyError:
        names = ", ".join(r.name for r in CATALOG)
        raise KeyError(f"no rule {name_or_code!r}; the rules are: {names}") from None
