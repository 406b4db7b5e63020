"""Command line: parse arguments, call the library, choose the exit code.

Exit codes: 0 nothing reached --fail-on, 1 findings did, 2 usage/config/input
error, 3 a fault of plancheck's own.  Each command lives in its own module and
imports what it uses inside, so `plancheck check one.md` starts fast.
"""

from __future__ import annotations

import os
import sys

import click

from plancheck import __version__
from plancheck.cli.check import check_cmd
from plancheck.cli.documents import derive_cmd, graph_cmd, parse_cmd
from plancheck.cli.group import PlancheckGroup, argv_lang
from plancheck.cli.options import LANGS
from plancheck.cli.rules import explain_cmd, rules_cmd, test_rules_cmd
from plancheck.cli.serve import serve_cmd


@click.group(cls=PlancheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plancheck")
@click.option("--lang", type=LANGS, default=None)
def main(lang: str | None) -> None:
    """plancheck: kiểm tra kế hoạch của cơ quan nhà nước theo văn bản cấp trên.

    Lints Vietnamese government plans against the directives they implement.
    (``--lang`` here only chooses the language of the help and of usage
    errors; each command takes its own, and :func:`_argv_lang` reads either.)
    """


for _command in (check_cmd, parse_cmd, rules_cmd, explain_cmd, test_rules_cmd, graph_cmd, derive_cmd, serve_cmd):
    main.add_command(_command)


def _option_named_like_a_file(argv: list[str]) -> str | None:
    """The first argument before ``--`` that reads as an option but names an
    existing file.  A pre-commit hook passes staged file names after its
    options: a file called ``--select=ZZ.txt`` would otherwise switch the
    checks off.  Such a name must come after ``--``, where it is a path."""
    for arg in argv:
        if arg == "--":
            return None
        if arg.startswith("-") and len(arg) > 1 and os.path.lexists(arg):
            return arg
    return None


def run() -> None:
    """The `plancheck` command: :func:`main`, then leave at once.

    By the time click exits, every report is written and flushed, the cache
    is committed and closed, and the worker pools are gone; what is left is
    freeing a batch's results object by object, which took about a second
    at 10,000 plans.  The operating system reclaims it all at once instead.
    """
    suspicious = _option_named_like_a_file(sys.argv[1:])
    if suspicious is not None:
        from plancheck.i18n import message

        print("plancheck: " + message("option_named_file", argv_lang(sys.argv[1:]), arg=suspicious), file=sys.stderr)
        sys.stderr.flush()
        os._exit(2)
    from plancheck.runner import profiling

    profiling.start()
    try:
        main()
        status = 0
    except SystemExit as exc:
        code = exc.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
        status = code if isinstance(code, int) else (0 if code is None else 1)
    except KeyboardInterrupt:
        status = 130
    except Exception as exc:  # a bug of plancheck's: one line, never a traceback, and not exit 1 ("the plan fails")
        from plancheck.i18n import message

        print(
            "plancheck: " + message("internal_error", argv_lang(sys.argv[1:]), detail=f"{type(exc).__name__}: {exc}"),
            file=sys.stderr,
        )
        if os.environ.get("PLANCHECK_DEBUG"):
            import traceback

            traceback.print_exc()
        status = 3
    profiling.save()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("plancheck check | head"): nothing more to say
            pass
    os._exit(status)
