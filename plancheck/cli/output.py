"""Where the command line writes: output paths refused before any work when
they cannot be written (exit 2, never a traceback), reports written a block
at a time, and the reviewed Word files of --format docx."""

from __future__ import annotations

import os
import sys

import click

_BLOCK = 1_000_000  # characters written (and cached) at a time


def writable(output: str | None, lang: str) -> None:
    """Refuse, before any work, an output path that cannot be written: exit 2
    with a message (not a traceback and exit 1, which says "the plan fails")."""
    if not output:
        return
    from plancheck.i18n import message

    folder = os.path.dirname(os.path.abspath(output))
    if os.path.isdir(output):
        problem = message("output_is_folder", lang)
    elif not os.path.isdir(folder):
        problem = message("output_no_folder", lang, folder=folder)
    elif not os.access(folder, os.W_OK) or (os.path.exists(output) and not os.access(output, os.W_OK)):
        problem = message("output_not_writable", lang)
    else:
        return
    click.echo(f"plancheck: {output}: {problem}", err=True)
    sys.exit(2)


def write(text, output: str | None) -> None:
    """Write a report (a string, or pieces of one as they are made) to ``output`` or stdout."""
    for _ in written(text, output):
        pass


def written(text, output: str | None):
    """Write a report a block at a time, yielding each block once written, so
    that the caller can store it too (the output cache) and no report is ever
    held whole in memory."""
    try:
        fh = open(output, "w", encoding="utf-8") if output else None
    except OSError as exc:
        click.echo(f"plancheck: {output}: {exc.strerror}", err=True)
        sys.exit(2)
    try:
        for block in _blocks([text] if isinstance(text, str) else text):
            if fh is not None:
                fh.write(block)
            else:
                click.echo(block, nl=False)
            yield block
    finally:
        if fh is not None:
            fh.close()


def _blocks(pieces):
    block: list[str] = []
    size = 0
    for piece in pieces:
        block.append(piece)
        size += len(piece)
        if size >= _BLOCK:
            yield "".join(block)
            block, size = [], 0
    if block:
        yield "".join(block)


def review_target(output: str | None, files: list[str], lang: str) -> None:
    """Where --format docx writes, checked before any work: a file for one
    document, a folder for several; never a document the user gave."""
    from plancheck.i18n import message

    if not output or (len(files) > 1 and not os.path.isdir(output)):
        click.echo("plancheck: " + message("review_needs_output", lang), err=True)
        sys.exit(2)
    if os.path.isdir(output):
        if not os.access(output, os.W_OK):
            click.echo(f"plancheck: {output}: " + message("output_not_writable", lang), err=True)
            sys.exit(2)
        return
    writable(output, lang)
    if os.path.exists(output) and os.path.realpath(output) == os.path.realpath(files[0]):
        click.echo("plancheck: " + message("review_would_overwrite", lang, path=output), err=True)
        sys.exit(2)


def write_reviews(results, output: str, lang: str, fail_on: str) -> None:
    """One reviewed .docx for each document (plancheck.report.check_docx)."""
    from plancheck.i18n import message
    from plancheck.report.check_docx import reviewed_name, write_reviewed

    if not os.path.isdir(output):
        write_reviewed(results[0], output, lang, fail_on)
        click.echo("plancheck: " + message("review_written", lang, n=1, where=output), err=True)
        return
    used: set[str] = set()
    inputs = {os.path.realpath(r.path) for r in results}
    for r in results:
        name, n = reviewed_name(r.path), 1
        while name in used or os.path.realpath(os.path.join(output, name)) in inputs:
            n += 1
            name = reviewed_name(r.path).replace(".review.docx", f".review-{n}.docx")
        used.add(name)
        write_reviewed(r, os.path.join(output, name), lang, fail_on)
    click.echo("plancheck: " + message("review_written", lang, n=len(results), where=output), err=True)
