"""The restricted Jinja2 environment letters are rendered in, and the checks a template passes
before it renders.

A template may read the fields it is given, and use the filters in :data:`FILTERS` and the
tests in :data:`TESTS`; nothing else. Jinja2's globals (``range``, ``lipsum``, ``dict``, ...)
are removed, attributes of the fields cannot be read, and the operators that could build huge
values (``*``, ``**``, ``+`` and ``%``) are checked before they run, which also stops Jinja2
from folding them at compile time. A template folder is confined: no ``..``, no link out of
it, only UTF-8 text files of a sensible size. This module imports only Jinja2, so the
template worker (:mod:`followup_kit.template_worker`) starts quickly.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    meta,
    nodes,
)
from jinja2.environment import TemplateModule
from jinja2.loaders import split_template_path
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment, SecurityError

__all__ = [
    "FILTERS",
    "MAX_OUTPUT_CHARS",
    "MAX_TEMPLATE_CHARS",
    "TESTS",
    "ConfinedLoader",
    "TemplateRefused",
    "check_template",
    "describe",
    "make_environment",
    "render_bounded",
]

MAX_OUTPUT_CHARS = 20_000
MAX_TEMPLATE_CHARS = 50_000
MAX_NUMBER_BITS = 1_024  # a letter needs no number with more than about 300 digits

# The filters a letter template may use; each keeps its output about the size of its input.
FILTERS = {
    "capitalize": "first letter upper case, the rest lower case",
    "lower": "all lower case",
    "upper": "all upper case",
    "title": "Each Word Capitalised",
    "trim": "without spaces at either end",
    "default": "a fallback for an optional field: {{ title|default('your team') }}",
    "d": "short for default",
    "length": "how many characters",
    "first": "the first character",
    "last": "the last character",
    "truncate": "cut to a length, ending in '...'",
    "wordcount": "how many words",
}
# The tests a template may use in {% if x is ... %}.
TESTS = (
    "defined",
    "undefined",
    "none",
    "true",
    "false",
    "number",
    "string",
    "even",
    "odd",
    "divisibleby",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "in",
    "lower",
    "upper",
)
_SEQUENCES = (str, list, tuple)


class TemplateRefused(TemplateError):
    """A template breaks one of the rules above; the message says which and what to do."""


class ConfinedLoader(BaseLoader):
    """Load templates from one folder only: no '..', no link leading out, UTF-8 files only."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = os.path.realpath(folder)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """Read one template file after checking where it really is."""
        pieces = split_template_path(template)  # refuses '..' with TemplateNotFound
        path = os.path.join(self.folder, *pieces)
        if not os.path.lexists(path):
            raise TemplateNotFound(template)
        real = os.path.realpath(path)
        if os.path.commonpath([real, self.folder]) != self.folder:
            raise TemplateRefused(
                f"template {template!r} is a link to {real}, outside the template folder "
                f"{self.folder}; copy the file into the folder instead"
            )
        if not os.path.isfile(real):
            raise TemplateRefused(f"template {template!r} is not a file; it must be a text file")
        with open(real, "rb") as handle:
            data = handle.read(MAX_TEMPLATE_CHARS * 4 + 1)
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TemplateRefused(
                f"template {template!r} is not UTF-8 text (byte {exc.start}); "
                "save it as UTF-8 in your editor"
            ) from None
        if len(source) > MAX_TEMPLATE_CHARS:
            raise TemplateRefused(
                f"template {template!r} is longer than {MAX_TEMPLATE_CHARS} characters; "
                "a letter template is a page at most"
            )
        mtime = os.path.getmtime(real)
        return source, real, lambda: os.path.exists(real) and os.path.getmtime(real) == mtime


def _bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def _size(value: Any) -> int:
    return len(value) if isinstance(value, _SEQUENCES) else 0


class LetterSandbox(SandboxedEnvironment):
    """Jinja2's sandbox, narrowed to what a letter needs and bounded in time and size."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    deadline = float("inf")
    time_limit = 2.0

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateRefused(f"the template took longer than {self.time_limit:g} s to render")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Run ``*``, ``**``, ``+`` or ``%`` only when its result stays small."""
        self._check_time()
        if operator == "%" and isinstance(left, str):
            raise TemplateRefused("'%' formatting is not available; join text with '~'")
        if operator == "**" and isinstance(left, int | float) and isinstance(right, int | float):
            size = abs(left)
            if right > 0 and size > 1 and right * math.log2(size) > MAX_NUMBER_BITS:
                raise TemplateRefused(f"{left!r} ** {right!r} is too large a number")
        if operator == "*":
            text, count = (left, right) if isinstance(left, _SEQUENCES) else (right, left)
            if isinstance(text, _SEQUENCES) and isinstance(count, int):
                if len(text) * count > MAX_OUTPUT_CHARS:
                    raise TemplateRefused(
                        f"repeating text {count} times would write more than "
                        f"{MAX_OUTPUT_CHARS} characters"
                    )
            elif _bits(left) + _bits(right) > MAX_NUMBER_BITS:
                raise TemplateRefused("that multiplication gives too large a number")
        if operator == "+" and _size(left) + _size(right) > MAX_OUTPUT_CHARS:
            raise TemplateRefused(f"that text would be longer than {MAX_OUTPUT_CHARS} characters")
        return super().call_binop(context, operator, left, right)

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call inside the sandbox, after checking the deadline."""
        self._check_time()
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Only ``loop`` and imported templates have attributes to read; fields have none."""
        self._check_time()
        if isinstance(obj, LoopContext | TemplateModule) and not attribute.startswith("_"):
            return super().getattr(obj, attribute)
        return self._refused(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """Index or slice text (``first_name[0]``); nothing else."""
        self._check_time()
        if isinstance(obj, _SEQUENCES) and isinstance(argument, int | slice):
            try:
                return obj[argument]
            except (IndexError, TypeError, ValueError):
                return self.undefined(obj=obj, name=str(argument))
        if isinstance(obj, LoopContext) and isinstance(argument, str):
            return self.getattr(obj, argument)
        return self._refused(obj, str(argument))

    def _refused(self, obj: Any, attribute: str) -> Any:
        return self.undefined(
            f"templates read fields and use filters; {attribute!r} of a "
            f"{type(obj).__name__} is not available",
            obj=obj,
            name=attribute,
            exc=SecurityError,
        )


def make_environment(loader: BaseLoader, *, time_limit: float = 2.0) -> LetterSandbox:
    """A letter sandbox over ``loader``: no globals, only :data:`FILTERS` and :data:`TESTS`."""
    env = LetterSandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,  # plain-text letters; HTML exports escape on their own
        keep_trailing_newline=False,
    )
    env.time_limit = time_limit
    env.globals.clear()
    env.filters = {name: env.filters[name] for name in FILTERS}
    env.tests = {name: env.tests[name] for name in TESTS}
    return env


def _problems(name: str, tree: nodes.Template, fields: tuple[str, ...]) -> list[str]:
    """What is wrong with one parsed template, one sentence each."""
    problems = []
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        allowed = FILTERS if isinstance(node, nodes.Filter) else TESTS
        if node.name not in allowed:
            kind = "filter" if isinstance(node, nodes.Filter) else "test"
            problems.append(
                f"template {name!r} uses the {kind} {node.name!r}, which letters do not offer; "
                f"the {kind}s are: {', '.join(allowed)}"
            )
    if problems:  # the field check below compiles the template, which needs known filters
        return list(dict.fromkeys(problems))
    unknown = sorted(meta.find_undeclared_variables(tree) - set(fields))
    if unknown:
        problems.append(
            f"template {name!r} uses unknown field(s) {', '.join(unknown)}; "
            f"the fields are: {', '.join(fields)}"
        )
    readable = {"loop"} | {node.target for node in tree.find_all(nodes.Import)}
    for node in tree.find_all(nodes.Getattr):
        if not (isinstance(node.node, nodes.Name) and node.node.name in readable):
            problems.append(
                f"template {name!r} reads '.{node.attr}' on line {node.lineno}; fields have no "
                "attributes: use a filter, e.g. {{ first_name|upper }}"
            )
    return list(dict.fromkeys(problems))


def check_template(
    env: Environment,
    name: str,
    fields: Iterable[str],
    *,
    seen: set[str] | None = None,
    cache: dict[tuple[str, str], tuple[str, ...]] | None = None,
) -> None:
    """Raise :class:`TemplateRefused` unless ``name`` and every template it includes, extends
    or imports use only ``fields``, the allowed filters and tests, and exist."""
    fields = tuple(fields)
    seen = set() if seen is None else seen
    if name in seen:
        return
    seen.add(name)
    source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    key = (name, source)
    if cache is not None and key in cache:
        referenced: Iterable[str | None] = cache[key]
    else:
        try:
            tree = env.parse(source, name)
            problems = _problems(name, tree, fields)
            referenced = list(meta.find_referenced_templates(tree))
        except TemplateSyntaxError as exc:
            raise TemplateRefused(
                f"template {name!r} has a syntax error on line {exc.lineno}: {exc.message}"
            ) from None
        except RecursionError:
            raise TemplateRefused(f"template {name!r} is nested too deeply") from None
        except Exception as exc:  # e.g. a 5000-digit number: Python refuses to read it
            raise TemplateRefused(f"template {name!r} cannot be read: {exc}") from None
        if problems:
            raise TemplateRefused("; ".join(problems))
        if None in referenced:
            raise TemplateRefused(
                f"template {name!r} includes a template whose name is computed; "
                "name it in quotes, e.g. {% include 'signature.j2' %}"
            )
        if cache is not None:
            cache[key] = tuple(str(r) for r in referenced)
    for other in referenced:
        try:
            check_template(env, str(other), fields, seen=seen, cache=cache)
        except TemplateNotFound:
            raise TemplateRefused(
                f"template {name!r} includes {other!r}, which is not in the template folder"
            ) from None


def render_bounded(env: LetterSandbox, name: str, fields: dict[str, Any]) -> str:
    """Render with a deadline and an output limit; errors are :class:`TemplateError`."""
    template = env.get_template(name)
    env.deadline = time.monotonic() + env.time_limit
    chunks: list[str] = []
    size = 0
    try:
        for chunk in template.generate(**fields):
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateRefused(f"the template wrote more than {MAX_OUTPUT_CHARS} characters")
            chunks.append(chunk)
    finally:
        env.deadline = float("inf")
    return "".join(chunks)


def describe(exc: BaseException) -> str:
    """One plain sentence for what went wrong while checking or rendering a template."""
    if isinstance(exc, TemplateNotFound):
        return f"there is no template {exc.name!r}"
    if isinstance(exc, UndefinedError):
        field = re.search(r"'(\w+)' is undefined", str(exc))
        return f"the field {field.group(1)!r} is missing" if field else str(exc)
    if isinstance(exc, TemplateSyntaxError):
        return f"template {exc.name!r} has a syntax error on line {exc.lineno}: {exc.message}"
    if isinstance(exc, TemplateError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the template recurses forever"
    if isinstance(exc, MemoryError):
        return "the template needed more memory than a letter can"
    return f"the template failed ({type(exc).__name__}: {exc})"
