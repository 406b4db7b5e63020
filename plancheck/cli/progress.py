"""The progress bar of a long run on a terminal."""

from __future__ import annotations

import sys

import click

PROGRESS_MIN_FILES = 20  # below this a run is quick: no bar


class Progress:
    """A progress bar on stderr for long runs on a terminal; silent otherwise."""

    def __init__(self, total: int, lang: str):
        self.bar = None
        if total >= PROGRESS_MIN_FILES and sys.stderr.isatty():
            from plancheck.i18n import message

            label = message("progress", lang)
            self.bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)

    def __enter__(self):
        if self.bar is None:
            return lambda n: None
        self.bar.__enter__()
        return self.bar.update

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False
