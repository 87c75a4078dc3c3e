"""The ``followup-kit`` command: demo, review, schedule, export and import.

Errors a user can cause print one line to stderr and exit with status 2; ``review`` exits with 1
when it finds an error-level problem.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .errors import InvalidRecord, UsageError, WorkspaceError
from .kinds import LETTER_KINDS

if TYPE_CHECKING:
    from .store import Workspace

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Report a usage error in one line on stderr and exit with status 2."""
        self.exit(
            EXIT_USAGE, f"{self.prog}: error: {_printable(message)} (see '{self.prog} --help')\n"
        )


def _workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="workspace folder (default: $FOLLOWUP_KIT_HOME or ~/followup-kit-data)",
    )


def _open(args: argparse.Namespace) -> Workspace:
    from .store import Workspace  # imported here: `review` never needs it, and starts faster

    return Workspace(args.workspace)


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the workspace with the invented demo interview and run the whole flow."""
    from .flow import run_demo

    with _open(args) as workspace:
        if not workspace.is_empty():
            if args.if_empty:
                print(f"{workspace.folder} already holds data; left as it is.")
                return EXIT_OK
            raise UsageError(
                f"{workspace.folder} already holds data; the demo only goes into an empty "
                "workspace (pass another --workspace, or --if-empty to skip quietly)"
            )
        try:
            print(run_demo(workspace))
        except (WorkspaceError, OSError) as exc:
            raise WorkspaceError(
                f"{exc} The demo stopped half way; as {workspace.folder} held nothing else, "
                "delete that folder and run the demo again."
            ) from None
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole workspace to a JSON file."""
    if Path(args.file).is_dir():
        raise UsageError(f"{args.file} is a folder; give the name of the JSON file to write")
    with _open(args) as workspace:
        target = workspace.export_json(args.file)
    print(f"exported {workspace.folder} to {target}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Load a JSON export into the workspace."""
    # exists(), not is_file(): a pipe such as <(gunzip -c backup.json.gz) is fine to read.
    if Path(args.file).is_dir():
        raise UsageError(f"{args.file} is a folder; give the path of a followup-kit export")
    if not Path(args.file).exists():
        raise UsageError(f"{args.file} does not exist; give the path of a followup-kit export")
    with _open(args) as workspace:
        backup = workspace.import_json(args.file, replace=args.replace)
    print(f"imported {args.file} into {workspace.folder}")
    if backup:
        print(f"what was there before is saved in {backup}")
    return EXIT_OK


MAX_LETTER_BYTES = 2_000_000  # a letter is a page or two; this is a small book


def _read_text(name: str, what: str) -> str:
    """Read a file ('-' for standard input) as UTF-8 text, whatever its bytes.

    Anything readable is read as it is: /dev/null is an empty letter and a pipe such as
    ``<(pbpaste)`` is read to its end. A byte sequence that is not UTF-8 becomes U+FFFD.
    """
    if name == "-":
        data = sys.stdin.buffer.read(MAX_LETTER_BYTES + 1)
    else:
        try:
            with open(name, "rb") as handle:
                data = handle.read(MAX_LETTER_BYTES + 1)
        except FileNotFoundError:
            raise UsageError(
                f"{name}: no such file; give the path of {what} saved as text"
            ) from None
        except IsADirectoryError:
            raise UsageError(f"{name} is a folder; give the path of {what} saved as text") from None
        except OSError as exc:
            raise UsageError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_LETTER_BYTES:
        raise UsageError(
            f"{name} is larger than {MAX_LETTER_BYTES // 1_000_000} MB; give {what}, not a book"
        )
    return data.decode("utf-8", errors="replace")


def _file_offsets(original: str) -> Callable[[int, bool], int]:
    """Map an offset in the reviewed text back to the file as read.

    The review sees the letter without its byte order mark and with each CRLF as one line
    break; a user's tool indexes the file itself, where both are characters.
    """
    removed = [0] if original.startswith("\ufeff") else []
    removed += [match.start() for match in re.finditer("\r\n", original)]  # each CR of a CRLF
    # Where each removed character would sit in the reviewed text.
    at = [position - count for count, position in enumerate(removed)]

    def to_file(offset: int, end: bool) -> int:
        # A span starts after a removed character at its place, and ends before it.
        return offset + (bisect_left(at, offset) if end else bisect_right(at, offset))

    return to_file


def _warm_up_grammar(argv: Sequence[str]) -> None:
    """Start building Harper (0.7 s) if this is a review with grammar, before anything else.

    Building Harper is the longest step of a cold ``review``; it runs on its own thread while
    this one parses the arguments, imports the rules, reads the files and runs the other
    rules. So it starts before the parser is even built, from a plain look at the arguments;
    a wrong guess (``review --help``) only costs a background thread.
    """
    if not argv or argv[0] != "review":
        return
    disabled = set()
    for n, arg in enumerate(argv):
        if arg == "--disable" and n + 1 < len(argv):
            disabled.add(argv[n + 1].strip().lower())
        elif arg.startswith("--disable="):
            disabled.add(arg.partition("=")[2].strip().lower())
    if not {"grammar", "fk207"} & disabled:
        from . import grammar

        grammar.warm_up()


def cmd_review(args: argparse.Namespace) -> int:
    """Review letters; several files are letters of one interview."""
    import json

    from .reviewing import review

    files = {name: _read_text(name, "a letter") for name in dict.fromkeys(args.files)}
    letters = {name: text.removeprefix("\ufeff") for name, text in files.items()}
    notes = _read_text(args.notes, "your notes").splitlines() if args.notes else None
    results = []
    for name, text in letters.items():
        others = [(other, body) for other, body in letters.items() if other != name]
        outcome = review(
            text,
            to=args.to,
            email=args.email,
            company=args.company,
            role=args.role,
            notes=notes,
            medium=args.medium,
            kind=args.kind,
            others=others,
            disabled=args.disable,
            concerns=args.concern,
        )
        results += [(name, finding) for finding in outcome.findings]
    if args.format == "json":
        rows = []
        for name, finding in results:
            to_file = _file_offsets(files[name])
            start = to_file(finding.start, False)
            end = max(start, to_file(finding.end, True))
            rows.append({"file": name, **finding.to_dict(), "start": start, "end": end})
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for name, f in results:
            hint = f" ({f.suggestion})" if f.suggestion else ""
            print(f"{name}:{f.line}:{f.column}: {f.severity} {f.rule}: {f.message}{hint}")
    has_errors = any(finding.severity == "error" for _, finding in results)
    return EXIT_FINDINGS if has_errors else EXIT_OK


def cmd_schedule(args: argparse.Namespace) -> int:
    """Print the follow-up plan of every interview; optionally write the calendar."""
    from .exports import write_ics
    from .schedule import plan, policy_for

    with _open(args) as workspace:
        policy = policy_for(workspace, country=args.country, send_hour=args.hour)
        interviews = workspace.interviews()
        if not interviews:
            raise UsageError(
                f"{workspace.folder} holds no interview yet; capture one in notebook 01, or "
                "run 'followup-kit demo' to try the invented one"
            )
        if args.ics and len(interviews) > 1 and not args.interview:
            raise UsageError("several interviews: choose one for the calendar with --interview ID")
        for interview in interviews:
            if args.interview and interview.id != args.interview:
                continue
            steps = plan(
                interview,
                letters=workspace.letters(interview.id),
                contacts=workspace.contacts(interview.id),
                policy=policy,
            )
            print(f"{interview.role} at {interview.company} [{interview.id}] ({interview.status})")
            for step in steps:
                who = f" {step.person}" if step.person else ""
                note = f" - {step.note}" if step.note else ""
                print(f"  {step.when:%a %d %b %H:%M %Z}  {step.state:<8} {step.action}{who}{note}")
                for finding in step.findings if step.state == "due" else ():
                    print(f"      {finding.severity} {finding.rule}: {finding.message}")
            if args.ics:
                print(f"  calendar: {write_ics(interview, steps, args.ics)}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``followup-kit`` command."""
    parser = _Parser(
        prog="followup-kit",
        description="Follow up after a job interview: one personal, reviewed letter per person "
        "met, sent at the right time.",
        epilog="Start with 'followup-kit demo --workspace /tmp/fk-demo' to see the whole flow.",
    )
    parser.add_argument("--version", action="version", version=f"followup-kit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser(
        "demo",
        help="fill a workspace with the invented demo interview and run the whole flow",
        description="Load the invented demo interview into an empty workspace, draft and review "
        "a letter to each person, and write the .eml files, the card sheet, the calendar and "
        "the timeline into the workspace folder.",
    )
    _workspace_arg(demo)
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing if the workspace already holds data"
    )
    demo.set_defaults(run=cmd_demo)

    check = commands.add_parser(
        "review",
        help="check letters for what costs candidates the job",
        description="Review letters as text files. Several files are letters of one interview "
        "(they are compared with each other). Exit status: 0 with no error, 1 with an error, "
        "2 on bad usage.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="letter as text ('-' for stdin)")
    check.add_argument("--to", metavar="NAME", help="the recipient's name")
    check.add_argument("--email", metavar="ADDR", help="the recipient's email address")
    check.add_argument("--company", metavar="NAME", help="the company you interviewed with")
    check.add_argument("--role", metavar="ROLE", help="the role you interviewed for")
    check.add_argument("--notes", metavar="FILE", help="your notes on this person, one per line")
    check.add_argument(
        "--concern",
        action="append",
        default=[],
        metavar="TEXT",
        help="a concern the reader raised, e.g. 'whether I have led a team' (repeatable; the "
        "first is the one the letter must answer)",
    )
    check.add_argument("--medium", choices=("email", "card", "linkedin"), default="email")
    check.add_argument("--kind", choices=LETTER_KINDS, default="thank-you")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--disable", action="append", default=[], metavar="RULE", help="skip a rule (name or code)"
    )
    check.set_defaults(run=cmd_review)

    timing = commands.add_parser(
        "schedule",
        help="print what to send when: thank-yous, one check-in, the decision date",
        description="Print the follow-up plan of each interview in the workspace.",
    )
    _workspace_arg(timing)
    timing.add_argument("--ics", metavar="FILE", help="also write the plan as a calendar file")
    timing.add_argument("--interview", metavar="ID", help="only this interview")
    timing.add_argument("--country", metavar="CC", help="skip this country's public holidays")
    timing.add_argument("--hour", type=int, default=9, help="hour of day to send (default 9)")
    timing.set_defaults(run=cmd_schedule)

    export = commands.add_parser("export", help="write the whole workspace to a JSON file")
    export.add_argument("file", help="the JSON file to write")
    _workspace_arg(export)
    export.set_defaults(run=cmd_export)

    load = commands.add_parser("import", help="load a JSON export into the workspace")
    load.add_argument("file", help="a JSON file written by 'followup-kit export'")
    load.add_argument(
        "--replace", action="store_true", help="replace what the workspace holds (export it first)"
    )
    _workspace_arg(load)
    load.set_defaults(run=cmd_import)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _warm_up_grammar(sys.argv[1:] if argv is None else list(argv))
    for stream in (sys.stdout, sys.stderr):
        # A file name with bytes that are not UTF-8 is printed escaped, never a crash.
        with suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except BrokenPipeError:
        # The reader went away (e.g. '| head'): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (UsageError, WorkspaceError, InvalidRecord, ValueError, KeyError, OSError) as exc:
        message = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        if isinstance(exc, OSError) and exc.strerror and exc.filename:
            message = f"{exc.filename}: {exc.strerror}"  # e.g. a full disk while exporting
        _say(message)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("FOLLOWUP_KIT_DEBUG"):
            raise
        _say(
            f"unexpected {type(exc).__name__}: {exc}. This is a bug in followup-kit; please "
            "report it (set FOLLOWUP_KIT_DEBUG=1 to see the details)"
        )
        return EXIT_USAGE


def _printable(text: str) -> str:
    """Control characters (an escape sequence typed as an argument) shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _say(message: str) -> None:
    """Print an error as one line on stderr, control characters shown escaped."""
    one_line = "; ".join(line.strip() for line in message.splitlines() if line.strip())
    print(f"followup-kit: error: {_printable(one_line)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
